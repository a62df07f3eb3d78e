/**
 * A new incident's public id, readable like the sample data's (`fr-2021-ch-dax`): country,
 * year and organisation, then a random suffix so that two incidents of one organisation in one
 * year never collide.
 */
export function makeIncidentId(
  parts: { country: string | null; date: string; organisationName: string },
  random: () => number = Math.random,
): string {
  const organisation = parts.organisationName
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    // One dash at each end at most: every run of other characters is now a single dash.
    .replace(/^-|-$/g, "")
    .slice(0, 40)
    .replace(/-$/, "");
  const suffix = Array.from(
    { length: 6 },
    () => "abcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(random() * 36)],
  ).join("");
  return [
    (parts.country ?? "xx").toLowerCase(),
    parts.date.slice(0, 4),
    organisation || "incident",
    suffix,
  ].join("-");
}
