import type { DatePrecision } from "./enums";
import type { IncidentInput } from "./incident-input";

type Dated = Pick<
  IncidentInput,
  | "occurredOn"
  | "occurredPrecision"
  | "discoveredOn"
  | "discoveredPrecision"
  | "disclosedOn"
  | "disclosedPrecision"
>;

/** The reference date of an incident: the first of occurred, discovered, disclosed that is known. */
export function referenceDate(input: Dated): { date: string; precision: DatePrecision } {
  for (const name of ["occurred", "discovered", "disclosed"] as const) {
    const date = input[`${name}On`];
    const precision = input[`${name}Precision`];
    if (date && precision) return { date, precision };
  }
  throw new Error("An incident without a date reached referenceDate; incidentInput should have refused it.");
}
