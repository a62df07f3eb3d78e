/** Place codes as the API's filters and paths take them, either case (normalised to upper case). */

/** ISO 3166-1 alpha-2, e.g. `FR`. */
export const countryCodePattern = /^[A-Za-z]{2}$/;

/** ISO 3166-2, e.g. `FR-ARA`, or a French département as `FR-69`. */
export const subdivisionCodePattern = /^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/;

/** A whole number of people, as `minAffected` takes it. */
export const peopleCountPattern = /^\d{1,12}$/;
