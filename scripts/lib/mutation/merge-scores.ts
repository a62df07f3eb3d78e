/**
 * One score per mutated file from many Stryker runs. Runs are narrowed (some lines, some tests),
 * so no single report holds a file's whole result: each run's mutants overlay the earlier ones,
 * matched by their line's text (not its number, which a new comment shifts), column text,
 * mutator and replacement. A mutant whose line no longer exists in the current source, or now
 * sits under a `// Stryker disable next-line` naming its mutator, is dropped.
 */

/** The part of Stryker's mutation-testing-report-schema (JSON reporter) read here. */
export type StrykerReport = {
  files: Record<
    string,
    {
      source: string;
      mutants: {
        mutatorName: string;
        replacement?: string;
        status: string;
        location: { start: { line: number; column: number } };
      }[];
    }
  >;
};

export type Counts = { killed: number; survived: number; timeout: number; noCoverage: number };
export type FileScore = { file: string; counts: Counts; score: number };

const counted: Record<string, keyof Counts> = {
  Killed: "killed",
  Survived: "survived",
  Timeout: "timeout",
  NoCoverage: "noCoverage",
};

type Result = { line: string; mutator: string; status: keyof Counts };

/**
 * @param reports oldest first
 * @param currentSource the file's text today, or null when it is gone
 */
export function mergeScores(
  reports: readonly StrykerReport[],
  currentSource: (file: string) => string | null,
): FileScore[] {
  const byFile = new Map<string, Map<string, Result>>();
  for (const report of reports) {
    for (const [file, { source, mutants }] of Object.entries(report.files)) {
      const lines = source.split("\n");
      const results = byFile.get(file) ?? new Map<string, Result>();
      byFile.set(file, results);
      for (const mutant of mutants) {
        const status = counted[mutant.status];
        if (!status) continue;
        const { line: number, column } = mutant.location.start;
        const line = lines[number - 1] ?? "";
        const key = [
          line.trim(),
          line.slice(column - 1, column + 29),
          mutant.mutatorName,
          mutant.replacement,
        ];
        results.set(JSON.stringify(key), { line: line.trim(), mutator: mutant.mutatorName, status });
      }
    }
  }
  const scores: FileScore[] = [];
  for (const [file, results] of byFile) {
    const source = currentSource(file);
    if (source === null) continue;
    const lines = source.split("\n");
    const counts: Counts = { killed: 0, survived: 0, timeout: 0, noCoverage: 0 };
    for (const result of results.values()) {
      const at = lines.flatMap((line, i) => (line.trim() === result.line ? [i] : []));
      if (at.length === 0 || at.every((i) => disables(lines[i - 1], result.mutator))) continue;
      counts[result.status] += 1;
    }
    if (counts.killed + counts.survived + counts.timeout + counts.noCoverage > 0)
      scores.push({ file, counts, score: scoreOf(counts) });
  }
  return scores.sort((a, b) => a.file.localeCompare(b.file));
}

/** Stryker's mutation score: detected (killed or timed out) among the mutants that ran or had no test. */
export function scoreOf({ killed, survived, timeout, noCoverage }: Counts): number {
  return (100 * (killed + timeout)) / (killed + survived + timeout + noCoverage);
}

function disables(previous: string | undefined, mutator: string): boolean {
  const names = /Stryker disable next-line ([\w,]+)/.exec(previous ?? "")?.[1]?.split(",") ?? [];
  return names.includes("all") || names.includes(mutator);
}
