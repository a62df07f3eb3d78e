/**
 * The form's steps, the fields each one asks for, and the checks that keep a contributor from
 * going on with a step the server would refuse. The checks are the server's own report schema
 * (`worker/domain/report-input.ts`), run on the body the draft would send.
 */
import type { z } from "zod";
import { reportIncident, reportInput } from "../../../worker/domain/report-input";
import type { Incident, ReportDraft } from "./draft";
import { fieldKeyOf } from "./field-keys";
import { toReportBody } from "./report-body";

export const stepIds = [
  "organisation",
  "place",
  "event",
  "impact",
  "sources",
  "contributor",
  "review",
] as const;
export type StepId = (typeof stepIds)[number];

/** Field keys (or key prefixes, for lists) asked for at each step. */
export const stepFields: Record<StepId, readonly string[]> = {
  organisation: ["/incident/organisationName", "/incident/organisationType", "/incident/thirdPartyName"],
  place: ["/incident/place", "/incident/city"],
  event: [
    "/incident/textLanguage",
    "/incident/title",
    "/incident/summary",
    "/incident/attackTypes",
    "/incident/verification",
    "/incident/occurred",
    "/incident/discovered",
    "/incident/disclosed",
    "/incident/threatActor",
    "/incident/assetsHit",
  ],
  impact: [
    "/incident/individualsAffected",
    "/incident/affectedIsEstimate",
    "/incident/dataCategories",
    "/incident/dataPublishedOnline",
    "/incident/dataPublishedOn",
    "/incident/careDisruption",
    "/incident/disruptionDays",
    "/incident/ransomPaid",
  ],
  sources: ["/incident/sources"],
  contributor: ["/contributorRole", "/creditName", "/contactEmail"],
  review: [],
};

export type ProblemCode =
  | "required"
  | "tooLong"
  | "invalid"
  | "invalidUrl"
  | "invalidDate"
  | "atLeastOne"
  | "oneDate"
  | "future"
  | "server";

/** One problem with one field; `detail` is the server's own words, when it sent them. */
export type FieldProblem = { key: string; code: ProblemCode; max?: number; detail?: string };

/** Where a field comes in the form: its step, then its place in the step. */
function order(key: string): number {
  const step = stepOf(key);
  const index = stepFields[step].findIndex((field) => key === field || key.startsWith(`${field}/`));
  return stepIds.indexOf(step) * 100 + Math.max(index, 0);
}

/** The step that asks for a field; anything no step asks for is shown on the last one. */
export function stepOf(key: string): StepId {
  const step = stepIds.find((id) =>
    stepFields[id].some((field) => key === field || key.startsWith(`${field}/`)),
  );
  return step ?? "review";
}

function problemOf(issue: z.core.$ZodIssue): FieldProblem["code"] {
  switch (issue.code) {
    case "too_small":
      return issue.origin === "array" ? "atLeastOne" : "required";
    case "too_big":
      return issue.origin === "string" ? "tooLong" : "invalid";
    case "invalid_value":
      return "required";
    case "invalid_type":
      // No place chosen yet: the point is NaN.
      return issue.path.some((p) => p === "latitude" || p === "longitude") ? "required" : "invalid";
    case "invalid_format":
      return issue.format === "url" ? "invalidUrl" : issue.format === "date" ? "invalidDate" : "invalid";
    case "custom":
      if (issue.message.includes("at least one date")) return "oneDate";
      if (issue.message.includes("future")) return "future";
      return issue.path.some((p) => String(p).endsWith("Precision")) ? "invalidDate" : "invalid";
    default:
      return "invalid";
  }
}

const pointerOf = (path: readonly PropertyKey[]) =>
  `/${path.map((part) => String(part).replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`;

/** Values the incident schema accepts, to stand in for fields already reported wrong. */
const placeholder: Partial<Incident> = {
  title: "x",
  summary: "x",
  titleFr: "x",
  summaryFr: "x",
  verification: "reported",
  organisationName: "x",
  organisationType: "other",
  thirdPartyName: null,
  city: null,
  latitude: 0,
  longitude: 0,
  locationPrecision: "country",
  attackTypes: ["unknown"],
  threatActor: null,
  assetsHit: [],
  individualsAffected: null,
  dataCategories: [],
  dataPublishedOn: null,
  careDisruption: null,
  disruptionDays: null,
  ransomDemanded: null,
  regulatorActions: [],
  sources: [{ url: "https://example.org/", title: "x", publisher: null, publishedOn: null, kind: "press" }],
};

/** Every problem of the draft, one per field, in the order of the steps. */
export function validateDraft(draft: ReportDraft): FieldProblem[] {
  const found = new Map<string, FieldProblem>();
  const add = (path: readonly PropertyKey[], issue: z.core.$ZodIssue) => {
    const key = fieldKeyOf(pointerOf(path));
    if (found.has(key)) return;
    const code = problemOf(issue);
    found.set(
      key,
      code === "tooLong" && "maximum" in issue ? { key, code, max: Number(issue.maximum) } : { key, code },
    );
  };
  const body = toReportBody(draft, null);
  const first = reportInput.safeParse(body);
  if (!first.success) {
    for (const issue of first.error.issues) add(issue.path, issue);
    // zod runs the rules across fields (at least one date…) only on fields valid on their own:
    // check again with placeholders in the fields already found wrong, so that a step learns
    // of its cross-field problem without waiting for the later steps' fields.
    const patched: Record<string, unknown> = { ...body.incident };
    for (const issue of first.error.issues) {
      const top = issue.path[0] === "incident" ? String(issue.path[1] ?? "") : "";
      if (top in placeholder) patched[top] = placeholder[top as keyof Incident];
    }
    const second = reportIncident.safeParse(patched);
    if (!second.success)
      for (const issue of second.error.issues)
        if (issue.code === "custom") add(["incident", ...issue.path], issue);
  }
  return [...found.values()].sort((a, b) => order(a.key) - order(b.key));
}

/** The problems a contributor must mend before leaving a step. */
export function validateStep(step: StepId, draft: ReportDraft): FieldProblem[] {
  return validateDraft(draft).filter((problem) => stepOf(problem.key) === step);
}
