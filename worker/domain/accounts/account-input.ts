/** The shapes of what people type to sign in, accept an invitation or invite a colleague. */
import { z } from "zod";
import { userRoles } from "./roles";

/** Lowercased, so that one person has one account whatever the case they type. */
export const emailAddress = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ error: "Expected an e-mail address." }))
  .transform((value) => value.toLowerCase());

// ASVS 2.1.1 and 2.1.2: at least 12 characters, and long passphrases allowed. The upper bound keeps
// a login from costing more than one PBKDF2 block of work per attempt.
export const newPassword = z
  .string()
  .min(12, "Use at least 12 characters.")
  .max(256, "Use at most 256 characters.");

export const loginInput = z.strictObject({
  email: z.string().max(254),
  password: z.string().max(256),
});

export const acceptInviteInput = z.strictObject({
  token: z.string().min(1).max(128),
  password: newPassword,
});

export const inviteInput = z.strictObject({
  email: emailAddress,
  role: z.enum(userRoles),
});
