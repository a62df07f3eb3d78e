/** Public incident ids: stable, readable slugs such as `fr-2021-ch-dax`. */
export const incidentIdPattern = /^(?=.{1,64}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const incidentIdRule = "Expected lowercase letters, digits and dashes, at most 64 characters.";

export function isIncidentId(value: string): boolean {
  return incidentIdPattern.test(value);
}
