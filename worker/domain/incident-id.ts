/** Public incident ids: stable, readable slugs such as `fr-2021-ch-dax`. */
export const incidentIdPattern = /^(?=.{1,64}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;
