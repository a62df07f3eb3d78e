import type { IncidentInput } from "../../worker/domain/incident-input";

type PlainFacts = Pick<
  IncidentInput,
  | "discoveredOn"
  | "discoveredPrecision"
  | "disclosedOn"
  | "disclosedPrecision"
  | "attackTypes"
  | "threatActor"
  | "assetsHit"
  | "individualsAffected"
  | "affectedIsEstimate"
  | "dataCategories"
  | "dataPublishedOnline"
  | "dataPublishedOn"
  | "careDisruption"
  | "disruptionDays"
  | "ransomDemanded"
  | "ransomPaid"
  | "regulatorActions"
>;

/**
 * A ransomware attack with nothing else known: no discovery or disclosure date, no actor, no
 * figures, no data, no disruption, no ransom, no regulator. What the test builders of an
 * incident input (worker factories, node tests) and of an export record share; fresh arrays
 * each call, so a test that changes one changes no other.
 */
export function plainIncidentFacts(): PlainFacts {
  return {
    discoveredOn: null,
    discoveredPrecision: null,
    disclosedOn: null,
    disclosedPrecision: null,
    attackTypes: ["ransomware"],
    threatActor: null,
    assetsHit: [],
    individualsAffected: null,
    affectedIsEstimate: false,
    dataCategories: [],
    dataPublishedOnline: null,
    dataPublishedOn: null,
    careDisruption: null,
    disruptionDays: null,
    ransomDemanded: null,
    ransomPaid: null,
    regulatorActions: [],
  };
}
