/**
 * `npm run admin:create -- --email you@example.org [--remote | --persist-to DIR]`
 *
 * Creates the first admin (or, for an existing address, makes it an enabled admin with a new
 * password and ends its sessions: the way back in for a locked-out operator). The password comes
 * from ADMIN_PASSWORD or is prompted for, never from the command line, where it would stay in the
 * shell history. Writes to the local D1 by default (migrating it first), to production with
 * --remote. The change and its audit row are one SQL file, which D1 runs atomically.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emailAddress, newPassword } from "../worker/domain/accounts/account-input";
import { hashPassword } from "../worker/lib/auth/password";
import { newId } from "../worker/lib/auth/tokens";
import { migrateLocal, readTarget, sqlText, targetFlags, wrangler } from "./lib/d1-target";
import { readHiddenLine } from "./lib/hidden-prompt";

const argv = process.argv.slice(2);
const emailAt = argv.indexOf("--email");
const email = emailAddress.safeParse(emailAt >= 0 ? argv[emailAt + 1] : undefined);
if (!email.success) {
  console.error("Usage: npm run admin:create -- --email you@example.org [--remote]");
  process.exit(2);
}
const target = readTarget(argv);
const password = newPassword.safeParse(process.env.ADMIN_PASSWORD ?? (await readHiddenLine("Password: ")));
if (!password.success) {
  console.error(`The password is not usable: ${password.error.issues.map((i) => i.message).join(" ")}`);
  process.exit(2);
}

migrateLocal(target);
const address = sqlText(email.data);
const snapshot = (row: string) =>
  `json_object('id', ${row}.id, 'email', ${row}.email, 'role', ${row}.role, 'disabled', json(CASE ${row}.disabled WHEN 1 THEN 'true' ELSE 'false' END), 'status', CASE WHEN ${row}.password_hash IS NULL THEN 'invited' ELSE 'active' END)`;
const sql = `
INSERT INTO audit_log (actor_id, action, target_type, target_id, before, after)
  SELECT NULL, 'user.admin_create', 'user', coalesce(u.id, ${sqlText(newId("usr"))}),
    CASE WHEN u.id IS NULL THEN NULL ELSE ${snapshot("u")} END, NULL
  FROM (SELECT 1) LEFT JOIN users u ON u.email = ${address};
INSERT INTO users (id, email, role, password_hash, disabled)
  SELECT target_id, ${address}, 'admin', ${sqlText(await hashPassword(password.data))}, 0
  FROM audit_log WHERE id = (SELECT max(id) FROM audit_log WHERE action = 'user.admin_create')
  ON CONFLICT (email) DO UPDATE SET role = 'admin', password_hash = excluded.password_hash, disabled = 0,
    updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE email = ${address});
UPDATE audit_log SET after = (SELECT ${snapshot("u")} FROM users u WHERE u.email = ${address})
  WHERE id = (SELECT max(id) FROM audit_log WHERE action = 'user.admin_create');
`;
const dir = mkdtempSync(join(tmpdir(), "healthbreach-admin-"));
try {
  writeFileSync(join(dir, "admin.sql"), sql);
  wrangler(["d1", "execute", "DB", ...targetFlags(target), "--yes", "--file", join(dir, "admin.sql")], {
    quiet: true,
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`${email.data} is an admin of the ${target.remote ? "production" : "local"} database.`);
