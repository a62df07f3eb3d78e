/**
 * Every problem, the form's own or the server's, carries a JSON pointer into the report body
 * (`/incident/title`, `/incident/sources/0/url`, `/contactEmail`). A form field answers for one
 * or more pointers: the date text for a date and its precision, the place for the point and its
 * precision. Its key is the pointer it answers for, and its element id derives from it.
 */

const aliases: [RegExp, string][] = [
  // One title and one summary field, in the language the contributor writes in.
  [/^\/incident\/(title|summary)Fr$/, "/incident/$1"],
  [/^\/incident\/originalLanguage$/, "/incident/textLanguage"],
  [/^\/incident\/inseeCode$/, "/incident/place"],
  [/^\/incident\/(occurred|discovered|disclosed)(On|Precision)$/, "/incident/$1"],
  [/^\/incident\/(latitude|longitude|locationPrecision)$/, "/incident/place"],
  [/^\/incident\/ransomDemanded(\/.*)?$/, "/incident/ransomDemanded"],
  [/^\/incident\/regulatorActions(\/.*)?$/, "/incident/regulatorActions"],
];

/** The field that answers for a pointer. */
export function fieldKeyOf(pointer: string): string {
  for (const [pattern, key] of aliases) if (pattern.test(pointer)) return pointer.replace(pattern, key);
  return pointer;
}

/** The id of the element that holds a field: `/incident/sources/0/url` → `f-incident-sources-0-url`. */
export function fieldId(key: string): string {
  return `f${key.replace(/[^A-Za-z0-9]+/g, "-")}`;
}
