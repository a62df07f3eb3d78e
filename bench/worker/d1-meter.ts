/**
 * What the D1 binding was asked during one request, as production pays it: round trips (a
 * statement run or a batch is one), `meta.rows_read` as D1 bills it, and D1's own SQL time
 * (`meta.duration`). A statement read with `raw()` or `first()` returns no `meta`: it is counted
 * as `unmetered`, so that a rows_read of 0 never hides an unread figure.
 */
export type D1Usage = { trips: number; rowsRead: number; sqlMs: number; unmetered: number };

export function meterD1(db: D1Database): { db: D1Database; usage: D1Usage } {
  const usage: D1Usage = { trips: 0, rowsRead: 0, sqlMs: 0, unmetered: 0 };
  const record = (result: unknown) => {
    const meta = (result as { meta?: D1Meta } | null)?.meta;
    if (!meta) {
      usage.unmetered += 1;
      return;
    }
    usage.rowsRead += meta.rows_read;
    usage.sqlMs += meta.duration;
  };
  const meterRuns = (target: D1Database | D1DatabaseSession) => ({
    prepare: (query: string) => meterStatement(target.prepare(query), usage, record),
    batch: async <T>(statements: D1PreparedStatement[]) => {
      usage.trips += 1;
      const results = await target.batch<T>(statements.map(unwrap));
      for (const result of results) record(result);
      return results;
    },
  });
  const metered = {
    ...meterRuns(db),
    exec: (query: string) => {
      usage.trips += 1;
      usage.unmetered += 1;
      return db.exec(query);
    },
    // Public reads run in a session (worker/db/public-read-session.ts): metered the same way.
    withSession: (constraint?: string) => {
      const session = db.withSession(constraint);
      return { ...meterRuns(session), getBookmark: () => session.getBookmark() };
    },
    dump: () => db.dump(),
  };
  return { db: metered as unknown as D1Database, usage };
}

const inner = Symbol("inner statement");

function unwrap(statement: D1PreparedStatement): D1PreparedStatement {
  return (statement as D1PreparedStatement & { [inner]?: D1PreparedStatement })[inner] ?? statement;
}

function meterStatement(
  statement: D1PreparedStatement,
  usage: D1Usage,
  record: (result: unknown) => void,
): D1PreparedStatement {
  const run = <R>(work: () => Promise<R>, metered: boolean) => {
    usage.trips += 1;
    return work().then((result) => {
      if (metered) record(result);
      else usage.unmetered += 1;
      return result;
    });
  };
  const wrapped = {
    [inner]: statement,
    bind: (...values: unknown[]) => meterStatement(statement.bind(...values), usage, record),
    all: () => run(() => statement.all(), true),
    run: () => run(() => statement.run(), true),
    first: (column?: string) => run(() => (column ? statement.first(column) : statement.first()), false),
    raw: (options?: { columnNames?: boolean }) =>
      run(() => statement.raw(options as { columnNames: true }), false),
  };
  return wrapped as unknown as D1PreparedStatement;
}
