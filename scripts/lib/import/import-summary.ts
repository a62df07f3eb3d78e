/** What an import did, record by record, for the report printed at the end. */
export type ImportOutcome =
  | { kind: "created"; id: string }
  | { kind: "linked"; id: string; reason: string }
  | { kind: "updated"; id: string; reason: string }
  | { kind: "unchanged"; id: string }
  | { kind: "skipped"; reason: string };

export type ImportSummary = {
  created: number;
  linked: number;
  updated: number;
  unchanged: number;
  skipped: { what: string; reason: string }[];
};

export function emptySummary(): ImportSummary {
  return { created: 0, linked: 0, updated: 0, unchanged: 0, skipped: [] };
}

export function record(summary: ImportSummary, what: string, outcome: ImportOutcome): void {
  if (outcome.kind === "skipped") summary.skipped.push({ what, reason: outcome.reason });
  else summary[outcome.kind] += 1;
}

export function formatSummary(summary: ImportSummary): string {
  const lines = [
    `created ${summary.created}, linked to an existing incident ${summary.linked}, updated ${summary.updated}, unchanged ${summary.unchanged}, skipped ${summary.skipped.length}`,
  ];
  const reasons = new Map<string, string[]>();
  for (const { what, reason } of summary.skipped) reasons.set(reason, [...(reasons.get(reason) ?? []), what]);
  for (const [reason, whats] of reasons) {
    lines.push(
      `  skipped ${whats.length}: ${reason} (${whats.slice(0, 5).join(", ")}${whats.length > 5 ? ", …" : ""})`,
    );
  }
  return lines.join("\n");
}
