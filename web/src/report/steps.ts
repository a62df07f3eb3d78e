/**
 * The form's steps, the fields each one asks for, and the checks that keep a contributor from
 * going on with a step the server would refuse. The checks are the server's own incident schema
 * (`worker/domain/incident-input.ts`), run on the draft.
 */
import { z } from "zod";
import { incidentInput } from "../../../worker/domain/incident-input";
import { CREDIT_NAME_MAX, contributorRoles } from "./contributor";
import { type Incident, type ReportDraft, toIncident } from "./draft";
import { fieldKeyOf } from "./field-keys";

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

const contributorSchema = z.object({
  contributorRole: z.enum(contributorRoles),
  creditName: z.string().trim().max(CREDIT_NAME_MAX),
  contactEmail: z.union([z.literal(""), z.email()]),
});

/** Every problem of the draft, one per field, in the order of the steps. */
export function validateDraft(draft: ReportDraft): FieldProblem[] {
  const found = new Map<string, FieldProblem>();
  const add = (path: readonly PropertyKey[], issue: z.core.$ZodIssue) => {
    const key = fieldKeyOf(pointerOf(path));
    if (key === "/incident/id" || found.has(key)) return;
    const code = problemOf(issue);
    found.set(
      key,
      code === "tooLong" && "maximum" in issue ? { key, code, max: Number(issue.maximum) } : { key, code },
    );
  };
  const incident = toIncident(draft);
  const first = incidentInput.safeParse({ id: "draft", ...incident });
  if (!first.success) {
    for (const issue of first.error.issues) add(["incident", ...issue.path], issue);
    // zod runs the rules across fields (at least one date…) only on fields valid on their own:
    // check again with placeholders in the fields already found wrong, so that a step learns
    // of its cross-field problem without waiting for the later steps' fields.
    const patched: Record<string, unknown> = { id: "draft", ...incident };
    for (const issue of first.error.issues) {
      const top = String(issue.path[0] ?? "");
      if (top in placeholder) patched[top] = placeholder[top as keyof Incident];
    }
    const second = incidentInput.safeParse(patched);
    if (!second.success)
      for (const issue of second.error.issues)
        if (issue.code === "custom") add(["incident", ...issue.path], issue);
  }
  const contributor = contributorSchema.safeParse(draft);
  if (!contributor.success) for (const issue of contributor.error.issues) add(issue.path, issue);
  return [...found.values()].sort((a, b) => stepIds.indexOf(stepOf(a.key)) - stepIds.indexOf(stepOf(b.key)));
}

/** The problems a contributor must mend before leaving a step. */
export function validateStep(step: StepId, draft: ReportDraft): FieldProblem[] {
  return validateDraft(draft).filter((problem) => stepOf(problem.key) === step);
}
