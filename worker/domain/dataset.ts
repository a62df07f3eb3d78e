/** How the dataset is offered: its licence and how to cite it. */
export const datasetLicence = {
  id: "CC-BY-4.0",
  name: "Creative Commons Attribution 4.0 International",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

export function citationFor(version: number, updatedAt: string): string {
  return `HealthBreach Map contributors, HealthBreach Map dataset, version ${version} (${updatedAt.slice(0, 10)}), licensed under CC BY 4.0.`;
}
