/**
 * The private part of a status link, `#<id>.<token>`: in the fragment, so that it never reaches
 * a server log or a Referer header.
 * @example parseStatusFragment("#rpt_abc.s3cr3t") // { id: "rpt_abc", token: "s3cr3t" }
 */
export function parseStatusFragment(hash: string): { id: string; token: string } | null {
  const match = /^#?([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{16,200})$/.exec(hash.trim());
  return match?.[1] && match[2] ? { id: match[1], token: match[2] } : null;
}
