import { env } from "cloudflare:workers";

/**
 * Counts D1 round trips made through the `DB` binding: each statement run (all, first, run, raw)
 * and each batch is one trip, on the binding or on a session it opened (`withSession`), whose
 * constraints it records, as it records the parameters each statement is bound to. It wraps the
 * binding object the Worker receives, so a request through the fetch handler is counted as
 * production would pay it.
 */
export function countD1RoundTrips(): {
  readonly count: number;
  readonly sessions: readonly string[];
  readonly bound: readonly (readonly unknown[])[];
  stop(): void;
} {
  const db = env.DB as D1Database & Record<string, unknown>;
  const original = { prepare: db.prepare, batch: db.batch, withSession: db.withSession };
  let count = 0;
  const sessions: string[] = [];
  const bound: unknown[][] = [];
  const onRun = () => (count += 1);
  const onBind = (params: unknown[]) => void bound.push(params);
  db.prepare = (query: string) => countStatement(original.prepare.call(env.DB, query), onRun, onBind);
  db.batch = <T>(statements: D1PreparedStatement[]) => {
    count += 1;
    return original.batch.call(env.DB, statements) as Promise<D1Result<T>[]>;
  };
  db.withSession = (constraint?: string) => {
    sessions.push(constraint ?? "first-unconstrained");
    const session = original.withSession.call(env.DB, constraint);
    return {
      prepare: (query: string) => countStatement(session.prepare(query), onRun, onBind),
      batch: <T>(statements: D1PreparedStatement[]) => {
        count += 1;
        return session.batch<T>(statements);
      },
      getBookmark: () => session.getBookmark(),
    } as D1DatabaseSession;
  };
  return {
    get count() {
      return count;
    },
    sessions,
    bound,
    stop() {
      db.prepare = original.prepare;
      db.batch = original.batch;
      db.withSession = original.withSession;
    },
  };
}

function countStatement(
  statement: D1PreparedStatement,
  onRun: () => void,
  onBind: (params: unknown[]) => void,
): D1PreparedStatement {
  return new Proxy(statement, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== "function") return value;
      if (["all", "first", "run", "raw"].includes(String(property))) {
        return (...args: unknown[]) => {
          onRun();
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      if (property === "bind") {
        return (...args: unknown[]) => {
          onBind(args);
          return countStatement(
            (value as (...a: unknown[]) => D1PreparedStatement).apply(target, args),
            onRun,
            onBind,
          );
        };
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
}
