/**
 * Who the contributor is, in the words of the report intake (`POST /api/reports`,
 * `contributorRole`). Labels live in the form's dictionaries.
 */
export const contributorRoles = ["victim_staff", "patient", "journalist", "researcher", "other"] as const;

export type ContributorRole = (typeof contributorRoles)[number];

/** The longest public name a contributor may ask to be credited with. */
export const CREDIT_NAME_MAX = 120;
