/**
 * Where the console is, kept in the URL's fragment so that Back works and a link to one report
 * can be shared between moderators; the fragment never reaches a server log. An invitation
 * link carries its one-time token the same way (`#/invite/<token>`, as `POST /api/admin/users`
 * makes it; `#invite=<token>` is read too).
 */
import { type ReportStatus, reportStatuses } from "../api/types";

export type Route =
  | { name: "queue"; status: ReportStatus }
  | { name: "report"; id: string }
  | { name: "incident"; id: string }
  | { name: "audit" }
  | { name: "users" }
  | { name: "invite"; token: string };

const idPattern = /^[A-Za-z0-9_-]{1,80}$/;

export function parseRoute(hash: string): Route {
  const invite = /^#invite=(.+)$/.exec(hash);
  if (invite?.[1]) return { name: "invite", token: safeDecode(invite[1]) };
  const [path = "", query = ""] = hash.replace(/^#/, "").split("?");
  const parts = path.split("/").filter(Boolean).map(safeDecode);
  const [head, id] = parts;
  if (head === "reports" && id && idPattern.test(id)) return { name: "report", id };
  if (head === "incidents" && id && idPattern.test(id)) return { name: "incident", id };
  if (head === "audit" && parts.length === 1) return { name: "audit" };
  if (head === "users" && parts.length === 1) return { name: "users" };
  if (head === "invite" && id) return { name: "invite", token: id };
  const status = new URLSearchParams(query).get("status");
  return {
    name: "queue",
    status: reportStatuses.includes(status as ReportStatus) ? (status as ReportStatus) : "pending",
  };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case "queue":
      return `#/reports?status=${route.status}`;
    case "report":
      return `#/reports/${encodeURIComponent(route.id)}`;
    case "incident":
      return `#/incidents/${encodeURIComponent(route.id)}`;
    case "invite":
      return `#/invite/${encodeURIComponent(route.token)}`;
    default:
      return `#/${route.name}`;
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return "";
  }
}
