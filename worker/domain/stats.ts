/** The dimensions `GET /api/stats?by=` counts incidents by. */
export const statsDimensions = [
  "country",
  "subdivision",
  "department",
  "type",
  "orgType",
  "verification",
  "month",
  "year",
] as const;
export type StatsDimension = (typeof statsDimensions)[number];

export type StatsGroup = { key: string; count: number };
