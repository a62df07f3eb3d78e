/**
 * The server-rendered pages send no script and take their one stylesheet from this origin: their
 * CSP says so, in place of the API's `default-src 'none'`.
 */
export const PAGE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
