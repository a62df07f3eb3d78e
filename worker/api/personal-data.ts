import { type PersonalDataKind, scanForPersonalData } from "../domain/pii";
import { ApiError } from "../lib/problem";

const kindNames: Record<PersonalDataKind, string> = {
  nir: "a French social security number (NIR)",
  email: "an e-mail address",
  phone: "a phone number",
  iban: "a bank account number (IBAN)",
  card: "a payment card number",
};

/**
 * Refuses a value holding personal data with a 422 that names each field and the kind of data
 * found there, never the data itself.
 */
// Stryker disable next-line ArrayDeclaration: equivalent, see stryker-equivalent.md
export function refusePersonalData(value: unknown, allowEmailAt: readonly string[] = []): void {
  const findings = scanForPersonalData(value, { allowEmailAt });
  if (findings.length === 0) return;
  const errors = findings.map(({ pointer, kind }) => ({
    pointer,
    detail: `This looks like ${kindNames[kind]}. Personal data is never accepted: remove it.`,
  }));
  const fields = [...new Set(findings.map((finding) => finding.pointer))].join(", ");
  throw new ApiError(
    "unprocessable_content",
    `Personal data is not accepted. Check these fields: ${fields}.`,
    errors,
  );
}
