import { describe, expect, it } from "vitest";
import { decide } from "../../../worker/domain/reports/report-decisions";
import { WriteError } from "../../../worker/domain/write-errors";

const pendingNew = { id: "rep_1", kind: "new", status: "pending" } as const;
const pendingCorrection = { id: "rep_2", kind: "correction", status: "pending" } as const;

/** The error a refused decision throws. */
function refusal(decision: () => unknown): WriteError {
  try {
    decision();
  } catch (error) {
    expect(error).toBeInstanceOf(WriteError);
    return error as WriteError;
  }
  throw new Error("expected the decision to be refused");
}

describe("a pending report's decision", () => {
  it("publishes a new incident, merges, rejects or marks it as spam", () => {
    expect(decide(pendingNew, "publish")).toBe("published");
    expect(decide(pendingNew, "merge")).toBe("merged");
    expect(decide(pendingNew, "reject")).toBe("rejected");
    expect(decide(pendingNew, "spam")).toBe("spam");
  });

  it("applies a correction, merges, rejects or marks it as spam", () => {
    expect(decide(pendingCorrection, "apply")).toBe("applied");
    expect(decide(pendingCorrection, "merge")).toBe("merged");
    expect(decide(pendingCorrection, "reject")).toBe("rejected");
    expect(decide(pendingCorrection, "spam")).toBe("spam");
  });

  it("refuses to apply a new incident, or to publish a correction, saying why", () => {
    const applied = refusal(() => decide(pendingNew, "apply"));
    expect(applied.code).toBe("invalid_transition");
    expect(applied.message).toBe("Report rep_1 proposes a new incident; it cannot be applied.");
    const published = refusal(() => decide(pendingCorrection, "publish"));
    expect(published.code).toBe("invalid_transition");
    expect(published.message).toBe("Report rep_2 proposes a correction; it cannot be published.");
  });
});

describe("a decided report", () => {
  it.each(["published", "applied", "merged", "rejected", "spam"] as const)(
    "cannot be decided again once %s",
    (status) => {
      const error = refusal(() => decide({ ...pendingCorrection, status }, "reject"));
      expect(error.code).toBe("invalid_transition");
      expect(error.message).toBe(`Report rep_2 was already decided: it is ${status}.`);
    },
  );
});
