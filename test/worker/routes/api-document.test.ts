import { describe, expect, it } from "vitest";
import { publicEndpoints } from "../authorisation/routes";
import { request } from "../request";

type Operation = {
  parameters?: { name: string; in: string; required?: boolean; schema?: { enum?: string[] } }[];
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> };
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
};
type Document = { openapi: string; paths: Record<string, Record<string, Operation>> };

async function apiDocument(): Promise<Document> {
  const response = await request("/api/openapi.json");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("application/json");
  return (await response.json()) as Document;
}

/** Hono's `/api/regions/:country` as OpenAPI writes it: `/api/regions/{country}`. */
function openApiPath(path: string) {
  return path.replaceAll(/:(\w+)/g, "{$1}");
}

describe("GET /api/openapi.json", () => {
  it("describes every public endpoint, and none of the signed-in console's", async () => {
    const document = await apiDocument();
    const described = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const expected = [...publicEndpoints]
      .filter((endpoint) => !endpoint.includes(" /api/auth/"))
      .map((endpoint) => {
        const [method, path] = endpoint.split(" ") as [string, string];
        return `${method} ${openApiPath(path)}`;
      });
    expect(described.sort()).toEqual(expected.sort());
    expect(described.some((e) => /\/api\/(auth|moderation|admin)/.test(e))).toBe(false);
  });

  it("takes the parameters from the routes' own schemas", async () => {
    const { paths } = await apiDocument();
    const list = paths["/api/incidents"]?.get;
    const names = list?.parameters?.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(["bbox", "country", "type", "from", "to", "limit", "as_of"]),
    );
    const type = list?.parameters?.find((p) => p.name === "type");
    expect(type?.schema).toMatchObject({
      type: "array",
      items: { enum: expect.arrayContaining(["ransomware"]) },
    });
    const country = paths["/api/regions/{country}"]?.get?.parameters?.[0];
    expect(country).toMatchObject({ name: "country", in: "path", required: true });
    const report = paths["/api/reports"]?.post?.requestBody?.content["application/json"]?.schema;
    expect(Object.keys(report?.properties ?? {})).toEqual(
      expect.arrayContaining(["incident", "contributorRole", "turnstileToken"]),
    );
  });

  it("gives every failure the problem schema", async () => {
    const { paths } = await apiDocument();
    const problem =
      paths["/api/regions/{country}"]?.get?.responses["400"]?.content?.["application/problem+json"];
    expect(problem?.schema?.$ref).toBe("#/components/schemas/Problem");
  });
});

describe("GET /api/reference", () => {
  it("renders the document as a page with no script, under a CSP that allows only its stylesheet", async () => {
    const response = await request("/api/reference");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain("script-src");
    const page = await response.text();
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('<link rel="stylesheet" href="/api-reference.css">');
    expect(page).toContain('id="get-api-regions-country"');
    expect(page).toContain("<code>/api/export.csv</code>");
  });

  it("keeps the API's own CSP on JSON answers", async () => {
    const response = await request("/api/meta");
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });
});
