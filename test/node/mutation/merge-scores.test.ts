import { describe, expect, it } from "vitest";
import { mergeScores, type StrykerReport } from "../../../scripts/lib/mutation/merge-scores";

type Mutant = StrykerReport["files"][string]["mutants"][number];

const mutant = (
  line: number,
  status: string,
  mutatorName = "EqualityOperator",
  replacement = "a <= b",
): Mutant => ({
  mutatorName,
  replacement,
  status,
  location: { start: { line, column: 3 } },
});

const run = (source: string, mutants: Mutant[]): StrykerReport => ({
  files: { "m.ts": { source, mutants } },
});

const source = "x;\n  a < b;\n  c();\n";

describe("a file's score over many mutation runs", () => {
  it("lets a later run's result replace an earlier one's, counting each mutant once", () => {
    const first = run(source, [mutant(2, "Survived"), mutant(3, "Killed", "BlockStatement", "{}")]);
    const second = run(source, [mutant(2, "Killed")]);
    expect(mergeScores([first, second], () => source)).toEqual([
      { file: "m.ts", counts: { killed: 2, survived: 0, timeout: 0, noCoverage: 0 }, score: 100 },
    ]);
    expect(mergeScores([second, first], () => source)[0]?.counts).toEqual({
      killed: 1,
      survived: 1,
      timeout: 0,
      noCoverage: 0,
    });
  });

  it("counts a timeout as detected and a mutant no test reached as not", () => {
    const [score] = mergeScores(
      [run(source, [mutant(2, "Timeout"), mutant(3, "NoCoverage", "BlockStatement")])],
      () => source,
    );
    expect(score?.score).toBe(50);
  });

  it("finds a mutant's line by its text when a comment has shifted it, and leaves out mutants that were not run", () => {
    const shifted = "x;\n// a comment\n  a < b;\n  c();\n";
    const scores = mergeScores(
      [run(source, [mutant(2, "Survived"), mutant(3, "CompileError"), mutant(3, "Ignored")])],
      () => shifted,
    );
    expect(scores[0]?.counts.survived).toBe(1);
    expect(scores[0]?.score).toBe(0);
  });

  it("drops a mutant whose line is gone or now marked equivalent for its mutator, and a file that is gone", () => {
    const marked = "x;\n  // Stryker disable next-line EqualityOperator: equivalent\n  a < b;\n  c();\n";
    const other = "x;\n  // Stryker disable next-line StringLiteral: equivalent\n  a < b;\n  c();\n";
    const rewritten = "x;\n  a <= b;\n  c();\n";
    const report = run(source, [mutant(2, "Survived"), mutant(3, "Killed", "BlockStatement")]);
    expect(mergeScores([report], () => marked)[0]?.score).toBe(100);
    expect(mergeScores([report], () => other)[0]?.score).toBe(50);
    expect(mergeScores([report], () => rewritten)[0]?.score).toBe(100);
    expect(mergeScores([report], () => null)).toEqual([]);
  });
});
