/** Who may do what: a moderator works the queue; an admin also manages accounts. */
export const userRoles = ["moderator", "admin"] as const;

export type UserRole = (typeof userRoles)[number];

/** The signed-in person as the API sees them: never the password hash, never a session token. */
export type AccountUser = { id: string; email: string; role: UserRole };

const rank: Record<UserRole, number> = { moderator: 1, admin: 2 };

/** An admin may do everything a moderator may. */
export function roleSatisfies(role: UserRole, required: UserRole): boolean {
  return rank[role] >= rank[required];
}
