import { describe, expect, it } from "vitest";
import { parseRoute, routeHash } from "../../../web/src/moderation/model/route";

describe("the console's address", () => {
  it.each([
    ["", { name: "queue", status: "pending" }],
    ["#/reports?status=spam", { name: "queue", status: "spam" }],
    ["#/reports?status=nonsense", { name: "queue", status: "pending" }],
    ["#/reports/rpt_abc-1", { name: "report", id: "rpt_abc-1" }],
    ["#/incidents/fr-2021-ch-dax", { name: "incident", id: "fr-2021-ch-dax" }],
    ["#/audit", { name: "audit" }],
    ["#/users", { name: "users" }],
    ["#/invite/tok.en-_1", { name: "invite", token: "tok.en-_1" }],
    ["#invite=tok.en-_1", { name: "invite", token: "tok.en-_1" }],
    ["#/reports/<script>", { name: "queue", status: "pending" }],
    ["#/reports/%E0%A4%A", { name: "queue", status: "pending" }],
  ])("%s is %j", (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it("round-trips every route through its fragment", () => {
    for (const route of [
      { name: "queue", status: "rejected" },
      { name: "report", id: "rpt_1" },
      { name: "incident", id: "us-2024-change" },
      { name: "audit" },
      { name: "users" },
      { name: "invite", token: "a1b2-c3" },
    ] as const) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
  });
});
