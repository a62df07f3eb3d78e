/**
 * What a client reads when a filter is refused: the parameter named by its pointer and the
 * rule it broke, in words, for each rule of the shared filters, `as_of` and the CSV options.
 * And the value on each limit, which is accepted.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { list, single } from "../../../worker/api/query-params";
import { attackTypes } from "../../../worker/domain/enums";
import { request } from "../request";

async function refusal(query: string): Promise<{ status: number; errors: unknown[] }> {
  const response = await request(`/api/incidents?${query}`);
  const body = (await response.json()) as { errors?: unknown[] };
  return { status: response.status, errors: body.errors ?? [] };
}

describe("a refused filter", () => {
  it.each([
    ["country=FRA", "/country", "Expected an ISO 3166-1 alpha-2 country code, e.g. FR."],
    ["subdivision=FRANCE", "/subdivision", "Expected an ISO 3166-2 code, e.g. FR-ARA or FR-69."],
    ["minAffected=-1", "/minAffected", "Expected a whole number of people, 0 or more."],
    ["q=%20%20", "/q", "Type at least one character."],
    [`q=${"a".repeat(201)}`, "/q", "At most 200 characters."],
    ["from=2022&to=2021-12", "/to", "`to` is before `from`."],
    ["from=2021-13", "/from", "Expected a date as YYYY, YYYY-MM or YYYY-MM-DD."],
    ["to=2021-02-29", "/to", "This day does not exist."],
    [
      "bbox=1,2,3",
      "/bbox",
      "Expected west,south,east,north in degrees, with -180 ≤ longitude ≤ 180 and south ≤ north ≤ 90.",
    ],
    ["type=cyberwar", "/type/0", `Expected one of: ${attackTypes.keys.join(", ")}.`],
    ["country=FR&country=DE", "/country", "Give this parameter once."],
    [attackTypes.keys.map((k) => `type=${k}`).join("&") + "&type=other", "/type", "Too many values."],
    ["as_of=yesterday", "/as_of", "Expected an ISO 8601 timestamp such as 2025-01-31T00:00:00Z."],
    ["as_of=2025-01-31T00:00:00Z&q=lockbit", "/q", "`q` cannot be combined with `as_of`."],
  ])("%s answers 400 at %s: %s", async (query, pointer, detail) => {
    expect(await refusal(query)).toEqual({ status: 400, errors: [{ pointer, detail }] });
  });

  it.each([
    ["q", `q=${"a".repeat(200)}`],
    ["a range of one day", "from=2021-06-01&to=2021-06-01"],
    ["a range of one year", "from=2021&to=2021"],
    ["a leap year's February 29", "to=2024-02-29"],
    ["0 people", "minAffected=0"],
  ])("accepts %s on its limit", async (_, query) => {
    expect((await refusal(query)).status).toBe(200);
  });
});

describe("the query parameter helpers", () => {
  it("say what a value that is neither text nor a list would be", () => {
    expect(
      single(z.string())
        .safeParse(5)
        .error?.issues.map((i) => i.message),
    ).toEqual(["Expected text."]);
    expect(
      single(z.string())
        .safeParse(undefined)
        .error?.issues.map((i) => i.message),
    ).toEqual(["This parameter is required."]);
  });

  it("refuse a list over its limit, by default with a plain message", () => {
    expect(list(z.string(), 2).safeParse(["a", "b"]).success).toBe(true);
    expect(
      list(z.string(), 2)
        .safeParse(["a", "b", "c"])
        .error?.issues.map((i) => i.message),
    ).toEqual(["Too many values."]);
    expect(list(z.string(), 2).safeParse("a").data).toEqual(["a"]);
  });
});
