/**
 * The proportions of the synthetic record: relative weights, loosely after the HHS breach portal
 * and the French ANS observatory (ransomware, hospitals and phishing dominate).
 */
import type { AttackType, OrganisationType } from "../../worker/domain/enums";

export const primaryTypes: Record<AttackType, number> = {
  ransomware: 30,
  data_theft: 14,
  data_exposure: 12,
  phishing: 15,
  ddos: 5,
  misconfiguration: 7,
  insider_misuse: 4,
  lost_or_stolen: 7,
  other: 3,
  unknown: 3,
};
export const organisations: Record<OrganisationType, number> = {
  public_hospital: 30,
  private_clinic: 14,
  medical_practice: 12,
  medical_laboratory: 8,
  care_home: 8,
  pharmacy: 5,
  imaging_center: 4,
  health_insurer: 6,
  vendor: 6,
  public_health_agency: 3,
  research: 2,
  other: 2,
  // Only official lists say "provider" without the kind; the synthetic mix keeps its kinds.
  healthcare_provider: 0,
};
export const actors = [
  "LockBit",
  "Conti",
  "Hive",
  "BlackCat",
  "Clop",
  "Vice Society",
  "Rhysida",
  "Black Basta",
  "Medusa",
  "Qilin",
];
