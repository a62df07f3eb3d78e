/**
 * The personal-data guard: the record is about organisations, never patients, so a text that
 * holds a NIR, an e-mail address, a phone number, an IBAN or a card number is refused. Pure: the
 * Worker and the report form run this same module.
 */

import { containsCard } from "./card";
import { containsEmail, withoutEmails } from "./email";
import { containsIban } from "./iban";
import { containsNir } from "./nir";
import { containsPhone } from "./phone";

export type PersonalDataKind = "nir" | "email" | "phone" | "iban" | "card";
/** `pointer` is an RFC 6901 JSON pointer to the string; the value itself is never repeated. */
export type PersonalDataFinding = { pointer: string; kind: PersonalDataKind };

type Detector = { kind: PersonalDataKind; contains: (text: string) => boolean; skipsUrls: boolean };

/**
 * Cards and phones have weak checks (Luhn catches 1 in 10 random numbers, phones none), and the
 * article ids of source URLs are long digit runs: those two detectors do not look inside URLs.
 */
const detectors: readonly Detector[] = [
  { kind: "nir", contains: containsNir, skipsUrls: false },
  { kind: "iban", contains: containsIban, skipsUrls: false },
  { kind: "card", contains: containsCard, skipsUrls: true },
  { kind: "phone", contains: containsPhone, skipsUrls: true },
  { kind: "email", contains: containsEmail, skipsUrls: false },
];

const urlPattern = /\bhttps?:\/\/[^\s<>"]+/giu;

function kindsIn(text: string, allowEmail: boolean): PersonalDataKind[] {
  const checked = allowEmail ? withoutEmails(text) : text;
  const outsideUrls = checked.replace(urlPattern, " ");
  return detectors
    .filter((detector) => detector.contains(detector.skipsUrls ? outsideUrls : checked))
    .map((detector) => detector.kind);
}

/**
 * @returns the first kind of personal data found in the text, or null.
 * @example findPersonalData("NIR 2 55 08 14 168 025 38") // "nir"
 */
export function findPersonalData(text: string): PersonalDataKind | null {
  return kindsIn(text, false)[0] ?? null;
}

function escapePointerToken(token: string): string {
  return token.replaceAll("~", "~0").replaceAll("/", "~1");
}

/**
 * Walks any JSON value; every string (and every number, a NIR can be typed as one) is checked;
 * an e-mail address is allowed only at the listed pointers, where the other kinds still count.
 * Object keys are not checked: a finding's pointer would repeat them.
 * @example scanForPersonalData({ contactEmail: "a@b.fr", summary: "tel 0612345678" },
 *   { allowEmailAt: ["/contactEmail"] }) // [{ pointer: "/summary", kind: "phone" }]
 */
export function scanForPersonalData(
  value: unknown,
  options: { allowEmailAt?: readonly string[] } = {},
): PersonalDataFinding[] {
  const allowEmailAt = new Set(options.allowEmailAt ?? []);
  const findings: PersonalDataFinding[] = [];
  const visit = (node: unknown, pointer: string): void => {
    if (typeof node === "string" || typeof node === "number") {
      for (const kind of kindsIn(String(node), allowEmailAt.has(pointer))) findings.push({ pointer, kind });
    } else if (node !== null && typeof node === "object") {
      // Arrays too: their entries are keyed "0", "1"…, their pointer tokens.
      for (const [key, item] of Object.entries(node)) visit(item, `${pointer}/${escapePointerToken(key)}`);
    }
  };
  visit(value, "");
  return findings;
}
