import { asc, eq } from "drizzle-orm";
import type { AccountUser } from "../../domain/accounts/roles";
import type { Db } from "../client";
import { type UserRow, users } from "../schema";

/** What an admin sees of an account, and what the audit log records of it: never the hash. */
export type UserRecord = AccountUser & {
  disabled: boolean;
  status: "active" | "invited";
  createdAt: string;
  lastLoginAt: string | null;
};

export function toUserRecord(row: UserRow): UserRecord {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    disabled: row.disabled,
    status: row.passwordHash ? "active" : "invited",
    createdAt: row.createdAt,
    lastLoginAt: row.lastLoginAt,
  };
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return row;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

/** Every account, oldest first: a team of moderators is small enough for one page. */
export async function listUsers(db: Db): Promise<UserRecord[]> {
  const rows = await db.select().from(users).orderBy(asc(users.createdAt), asc(users.id));
  return rows.map(toUserRecord);
}
