/** The names of an incident's fields, as moderators read them in the diff and the editor. */
import { language } from "./i18n";

const labels: Record<string, { en: string; fr: string }> = {
  title: { en: "Title (English)", fr: "Titre (anglais)" },
  summary: { en: "Summary (English)", fr: "Résumé (anglais)" },
  titleFr: { en: "Title (French)", fr: "Titre (français)" },
  summaryFr: { en: "Summary (French)", fr: "Résumé (français)" },
  originalLanguage: { en: "Original language", fr: "Langue d'origine" },
  inseeCode: { en: "Commune (INSEE code)", fr: "Commune (code INSEE)" },
  verification: { en: "Verification", fr: "Vérification" },
  organisationName: { en: "Organisation", fr: "Organisation" },
  organisationType: { en: "Type of organisation", fr: "Type d'organisation" },
  thirdPartyName: { en: "Third party", fr: "Tiers impliqué" },
  city: { en: "City", fr: "Ville" },
  latitude: { en: "Latitude", fr: "Latitude" },
  longitude: { en: "Longitude", fr: "Longitude" },
  locationPrecision: { en: "Place precision", fr: "Précision du lieu" },
  occurredOn: { en: "Occurred", fr: "Survenu le" },
  occurredPrecision: { en: "Occurred: precision", fr: "Survenu : précision" },
  discoveredOn: { en: "Discovered", fr: "Découvert le" },
  discoveredPrecision: { en: "Discovered: precision", fr: "Découvert : précision" },
  disclosedOn: { en: "Made public", fr: "Rendu public le" },
  disclosedPrecision: { en: "Made public: precision", fr: "Rendu public : précision" },
  attackTypes: { en: "Kinds of attack", fr: "Types d'attaque" },
  threatActor: { en: "Attacker", fr: "Attaquant" },
  assetsHit: { en: "What was hit", fr: "Ce qui a été touché" },
  individualsAffected: { en: "People affected", fr: "Personnes concernées" },
  affectedIsEstimate: { en: "Count is an estimate", fr: "Nombre estimé" },
  dataCategories: { en: "Data concerned", fr: "Données concernées" },
  dataPublishedOnline: { en: "Data published online", fr: "Données publiées en ligne" },
  dataPublishedOn: { en: "Published online on", fr: "Publiées en ligne le" },
  careDisruption: { en: "Disruption of care", fr: "Perturbation des soins" },
  disruptionDays: { en: "Days of disruption", fr: "Jours de perturbation" },
  ransomDemanded: { en: "Ransom demanded", fr: "Rançon demandée" },
  ransomPaid: { en: "Ransom paid", fr: "Rançon payée" },
  regulatorActions: { en: "Regulators' actions", fr: "Actions des autorités" },
  sources: { en: "Sources", fr: "Sources" },
  status: { en: "Status", fr: "Statut" },
  retractionReason: { en: "Retraction reason", fr: "Motif du retrait" },
};

/** A field's name in the current language; an unknown field keeps its own name. */
export function fieldLabel(field: string): string {
  return labels[field]?.[language()] ?? field;
}
