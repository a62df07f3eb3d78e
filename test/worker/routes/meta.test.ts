import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { attackTypes, organisationTypes } from "../../../worker/domain/enums";
import { getJson } from "../request";

describe("GET /api/meta", () => {
  it("serves every enumeration with French and English labels", async () => {
    const meta = await getJson<{
      enumerations: Record<string, { key: string; label: { fr: string; en: string } }[]>;
    }>("/api/meta");
    expect(meta.enumerations.attackType?.map((e) => e.key)).toEqual(attackTypes.keys);
    expect(meta.enumerations.organisationType?.map((e) => e.key)).toEqual(organisationTypes.keys);
    expect(meta.enumerations.attackType?.find((e) => e.key === "ransomware")?.label).toEqual({
      fr: "Rançongiciel",
      en: "Ransomware",
    });
  });

  it("states the licence, a citation and the current dataset version", async () => {
    const row = await env.DB.prepare("select version from dataset_state").first<{ version: number }>();
    const meta = await getJson<{ version: number; licence: { id: string }; citation: string }>("/api/meta");
    expect(meta.version).toBe(row?.version);
    expect(meta.licence.id).toBe("CC-BY-4.0");
    expect(meta.citation).toContain(`version ${row?.version}`);
  });

  it("can read the bundled boundaries through the assets binding", async () => {
    const response = await env.ASSETS.fetch("https://assets.local/index.html");
    expect(response.status).toBe(200);
  });
});
