/**
 * A read as data: the statements it needs and how their rows become its answer. Public reads
 * are plans rather than functions that await, so that the dataset version and every statement a
 * response needs go to D1 together in one `batch`: one round trip, which in production may be a
 * trip to another continent.
 */
import type { BatchItem, BatchResponse } from "drizzle-orm/batch";
import type { Db } from "./client";

export type ReadPlan<T> = {
  readonly statements: readonly BatchItem<"sqlite">[];
  finish(results: readonly unknown[]): T;
};

/**
 * @example
 * planRead([db.select().from(incidents).limit(1)] as const, ([rows]) => rows[0] ?? null)
 */
export function planRead<const Q extends readonly BatchItem<"sqlite">[], T>(
  statements: Q,
  finish: (results: BatchResponse<Q>) => T,
): ReadPlan<T> {
  return { statements, finish: (results) => finish(results as BatchResponse<Q>) };
}

/** A plan with nothing to ask D1: what a read answered from the version alone uses. */
export const noStatements: ReadPlan<null> = { statements: [], finish: () => null };

/** The same statements, their answer turned into another. */
export function mapPlan<T, U>(plan: ReadPlan<T>, transform: (data: T) => U): ReadPlan<U> {
  return { statements: plan.statements, finish: (results) => transform(plan.finish(results)) };
}

/** Several plans as one: their statements in order, each finishing on its own results. */
export function combinePlans<const P extends readonly ReadPlan<unknown>[]>(
  plans: P,
): ReadPlan<{ [K in keyof P]: P[K] extends ReadPlan<infer T> ? T : never }> {
  return {
    statements: plans.flatMap((plan) => plan.statements),
    finish(results) {
      let offset = 0;
      return plans.map((plan) => {
        const own = results.slice(offset, offset + plan.statements.length);
        offset += plan.statements.length;
        return plan.finish(own);
      }) as { [K in keyof P]: P[K] extends ReadPlan<infer T> ? T : never };
    },
  };
}

/** Runs a plan in at most one round trip (none if it has no statements). */
export async function runPlan<T>(db: Db, plan: ReadPlan<T>): Promise<T> {
  return plan.finish(await runStatements(db, plan.statements));
}

/**
 * The statements in one `batch`: one round trip, one transaction, so one snapshot. A lone
 * statement goes as a batch too, because a batch's results carry D1's `meta` (`rows_read`),
 * which drizzle's single-statement `raw()` drops, and the bench reads it (bench/worker/).
 */
export async function runStatements(db: Db, statements: readonly BatchItem<"sqlite">[]): Promise<unknown[]> {
  const [first, ...rest] = statements;
  if (!first) return [];
  return db.batch([first, ...rest]);
}
