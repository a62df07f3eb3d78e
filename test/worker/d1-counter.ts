import { env } from "cloudflare:workers";

/**
 * Counts D1 round trips made through the `DB` binding: each statement run (all, first, run, raw)
 * and each batch is one trip. It wraps the binding object the Worker receives, so a request
 * through the fetch handler is counted as production would pay it.
 */
export function countD1RoundTrips(): { readonly count: number; stop(): void } {
  const db = env.DB as D1Database & Record<string, unknown>;
  const original = { prepare: db.prepare, batch: db.batch };
  let count = 0;
  db.prepare = (query: string) => countStatement(original.prepare.call(env.DB, query), () => (count += 1));
  db.batch = <T>(statements: D1PreparedStatement[]) => {
    count += 1;
    return original.batch.call(env.DB, statements) as Promise<D1Result<T>[]>;
  };
  return {
    get count() {
      return count;
    },
    stop() {
      db.prepare = original.prepare;
      db.batch = original.batch;
    },
  };
}

function countStatement(statement: D1PreparedStatement, onRun: () => void): D1PreparedStatement {
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
        return (...args: unknown[]) =>
          countStatement((value as (...a: unknown[]) => D1PreparedStatement).apply(target, args), onRun);
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
}
