import { drizzle } from "drizzle-orm/d1";

/** The drizzle handle over the D1 binding; cheap to make per request. */
export function getDb(env: { DB: D1Database }) {
  return drizzle(env.DB);
}

export type Db = ReturnType<typeof getDb>;
