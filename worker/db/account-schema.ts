/**
 * Moderators' accounts: users, their invitations, their sessions and the failed sign-ins that
 * throttle guessing. Secrets (session and invitation tokens) are stored only as SHA-256 hashes,
 * passwords only as PBKDF2 hashes. Part of the one schema (re-exported by schema.ts).
 */
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { userRoles } from "../domain/accounts/roles";

const timestamp = (name: string) =>
  text(name).notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

export const users = sqliteTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  role: text("role", { enum: userRoles }).notNull(),
  /** `pbkdf2-sha256$<iterations>$<salt>$<hash>`; null until the invitation is accepted. */
  passwordHash: text("password_hash"),
  disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
  createdAt: timestamp("created_at"),
  updatedAt: timestamp("updated_at"),
  lastLoginAt: text("last_login_at"),
});

export const invites = sqliteTable(
  "invites",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdBy: text("created_by"),
    createdAt: timestamp("created_at"),
    expiresAt: text("expires_at").notNull(),
  },
  (t) => [index("invites_user").on(t.userId)],
);

export const sessions = sqliteTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at"),
    expiresAt: text("expires_at").notNull(),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

/** One row per failed sign-in, keyed by a hash of the account or of the network address. */
export const loginFailures = sqliteTable(
  "login_failures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").notNull(),
    failedAt: text("failed_at").notNull(),
  },
  (t) => [index("login_failures_key_time").on(t.key, t.failedAt)],
);

export type UserRow = typeof users.$inferSelect;
