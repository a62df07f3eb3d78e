/** Pending reports stored as intake stores them, for the moderation tests. */
import { env } from "cloudflare:workers";
import { getDb } from "../../../worker/db/client";
import { reports } from "../../../worker/db/schema";
import type { ReportPayload } from "../../../worker/domain/report-input";
import { newReportId, sha256Hex } from "../../../worker/lib/secrets";
import { freshTag, incidentInput } from "../factories";

export type ReportOptions = {
  tag?: string;
  incidentId?: string;
  payload?: Partial<ReportPayload>;
  creditName?: string | null;
  contactEmail?: string | null;
};

export async function createReport(options: ReportOptions = {}) {
  const { id: _id, ...incident } = incidentInput(options.tag ?? freshTag());
  const id = newReportId();
  const payload = { ...incident, ...options.payload } as ReportPayload;
  await getDb(env)
    .insert(reports)
    .values({
      id,
      kind: options.incidentId ? "correction" : "new",
      incidentId: options.incidentId ?? null,
      payload,
      creditName: options.creditName ?? null,
      contactEmail: options.contactEmail ?? null,
      contributorRole: "journalist",
      ipHash: await sha256Hex(`salt:${id}`),
      statusTokenHash: await sha256Hex(`token:${id}`),
    });
  return { id, payload };
}
