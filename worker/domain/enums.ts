/**
 * The closed vocabularies of the incident record, defined once with their French and English
 * labels. The schema, the validators and the front end (through `GET /api/meta`) all read them
 * from here. Keys are stable API values: add new ones, never rename or remove one.
 */

export type Label = { readonly fr: string; readonly en: string };

/** Builds an enumeration whose keys keep their literal types for zod and drizzle. */
function enumeration<const K extends string>(labels: Record<K, Label>) {
  const keys = Object.keys(labels) as [K, ...K[]];
  return { keys, labels } as const;
}

export const verificationStatuses = enumeration({
  confirmed: { fr: "Confirmé", en: "Confirmed" },
  claimed_by_actor: { fr: "Revendiqué par l'attaquant", en: "Claimed by the attacker" },
  reported: { fr: "Rapporté", en: "Reported" },
  suspected: { fr: "Suspecté", en: "Suspected" },
});

export const organisationTypes = enumeration({
  public_hospital: { fr: "Hôpital public", en: "Public hospital" },
  private_clinic: { fr: "Clinique privée", en: "Private clinic" },
  medical_laboratory: { fr: "Laboratoire de biologie médicale", en: "Medical laboratory" },
  pharmacy: { fr: "Pharmacie", en: "Pharmacy" },
  care_home: { fr: "Établissement d'hébergement (EHPAD)", en: "Care home" },
  imaging_center: { fr: "Centre de radiologie / imagerie", en: "Radiology / imaging centre" },
  medical_practice: { fr: "Cabinet médical", en: "GP or specialist practice" },
  health_insurer: { fr: "Assureur santé / mutuelle", en: "Health insurer" },
  public_health_agency: { fr: "Agence de santé publique", en: "Public health agency" },
  vendor: { fr: "Éditeur ou prestataire", en: "Software or service vendor" },
  research: { fr: "Recherche", en: "Research" },
  other: { fr: "Autre", en: "Other" },
});

export const attackTypes = enumeration({
  ransomware: { fr: "Rançongiciel", en: "Ransomware" },
  data_theft: { fr: "Vol de données", en: "Data theft" },
  data_exposure: { fr: "Fuite / exposition de données", en: "Data leak or exposure" },
  ddos: { fr: "Déni de service (DDoS)", en: "DDoS" },
  phishing: { fr: "Hameçonnage / compte compromis", en: "Phishing or account compromise" },
  insider_misuse: { fr: "Malveillance interne", en: "Insider misuse" },
  misconfiguration: { fr: "Erreur / mauvaise configuration", en: "Error or misconfiguration" },
  lost_or_stolen: { fr: "Appareil ou papier perdu ou volé", en: "Lost or stolen device or paper" },
  other: { fr: "Autre", en: "Other" },
  unknown: { fr: "Inconnu", en: "Unknown" },
});

export const assetKinds = enumeration({
  ehr: { fr: "Dossier patient informatisé", en: "Electronic health records" },
  email: { fr: "Messagerie", en: "E-mail" },
  network_server: { fr: "Serveur réseau", en: "Network server" },
  lab_system: { fr: "Système de laboratoire", en: "Laboratory system" },
  imaging: { fr: "Imagerie", en: "Imaging" },
  cloud_service: { fr: "Service cloud", en: "Cloud service" },
  medical_device: { fr: "Dispositif médical", en: "Medical device" },
  paper: { fr: "Papier", en: "Paper" },
  other: { fr: "Autre", en: "Other" },
});

export const dataCategories = enumeration({
  identity: { fr: "Identité", en: "Identity" },
  national_id: { fr: "NIR / numéro de sécurité sociale", en: "National health or social security id" },
  contact: { fr: "Coordonnées", en: "Contact details" },
  clinical: { fr: "Données cliniques", en: "Clinical data" },
  lab_results: { fr: "Résultats d'analyses", en: "Lab results" },
  genetic: { fr: "Données génétiques", en: "Genetic data" },
  sexual_health: { fr: "Santé sexuelle", en: "Sexual health" },
  mental_health: { fr: "Santé mentale", en: "Mental health" },
  financial: { fr: "Données financières", en: "Financial data" },
  credentials: { fr: "Identifiants de connexion", en: "Credentials" },
});

export const careDisruptions = enumeration({
  none: { fr: "Aucune", en: "None" },
  degraded_mode: { fr: "Fonctionnement en mode dégradé", en: "Degraded mode" },
  services_suspended: { fr: "Services suspendus", en: "Services suspended" },
  patients_diverted: { fr: "Patients transférés", en: "Patients diverted" },
});

export const sourceKinds = enumeration({
  regulator: { fr: "Autorité / régulateur", en: "Regulator" },
  victim_statement: { fr: "Communiqué de la victime", en: "Victim statement" },
  press: { fr: "Presse", en: "Press" },
  actor_claim: { fr: "Revendication de l'attaquant", en: "Actor claim" },
  researcher: { fr: "Chercheur", en: "Researcher" },
});

export const locationPrecisions = enumeration({
  exact: { fr: "Adresse exacte", en: "Exact" },
  city: { fr: "Ville", en: "City" },
  subdivision: { fr: "Région", en: "Region" },
  country: { fr: "Pays", en: "Country" },
});

export const datePrecisions = enumeration({
  day: { fr: "Jour", en: "Day" },
  month: { fr: "Mois", en: "Month" },
  year: { fr: "Année", en: "Year" },
});

export const incidentStatuses = enumeration({
  published: { fr: "Publié", en: "Published" },
  retracted: { fr: "Retiré", en: "Retracted" },
  merged: { fr: "Fusionné avec un doublon", en: "Merged into a duplicate" },
});

/** Who is reporting, as the contributor says; helps moderators weigh a report. */
export const contributorRoles = enumeration({
  victim_staff: { fr: "Personnel de l'organisation touchée", en: "Staff of the affected organisation" },
  patient: { fr: "Patient", en: "Patient" },
  journalist: { fr: "Journaliste", en: "Journalist" },
  researcher: { fr: "Chercheur", en: "Researcher" },
  other: { fr: "Autre", en: "Other" },
});

export const reportKinds = enumeration({
  new: { fr: "Nouvel incident", en: "New incident" },
  correction: { fr: "Correction", en: "Correction" },
});

/** A report's life: pending until a moderator publishes, applies, merges, rejects or marks it spam. */
export const reportStatuses = enumeration({
  pending: { fr: "En attente de modération", en: "Awaiting moderation" },
  published: { fr: "Publié", en: "Published" },
  applied: { fr: "Correction appliquée", en: "Correction applied" },
  merged: { fr: "Fusionné avec un incident existant", en: "Merged into an existing incident" },
  rejected: { fr: "Refusé", en: "Rejected" },
  spam: { fr: "Indésirable", en: "Spam" },
});

/** Every enumeration by the name the API uses for it (`GET /api/meta`). */
export const enumerations = {
  verification: verificationStatuses,
  organisationType: organisationTypes,
  attackType: attackTypes,
  assetKind: assetKinds,
  dataCategory: dataCategories,
  careDisruption: careDisruptions,
  sourceKind: sourceKinds,
  locationPrecision: locationPrecisions,
  datePrecision: datePrecisions,
  status: incidentStatuses,
  contributorRole: contributorRoles,
  reportStatus: reportStatuses,
} as const;

export type Verification = (typeof verificationStatuses.keys)[number];
export type OrganisationType = (typeof organisationTypes.keys)[number];
export type AttackType = (typeof attackTypes.keys)[number];
export type AssetKind = (typeof assetKinds.keys)[number];
export type DataCategory = (typeof dataCategories.keys)[number];
export type CareDisruption = (typeof careDisruptions.keys)[number];
export type SourceKind = (typeof sourceKinds.keys)[number];
export type LocationPrecision = (typeof locationPrecisions.keys)[number];
export type DatePrecision = (typeof datePrecisions.keys)[number];
export type IncidentStatus = (typeof incidentStatuses.keys)[number];
export type ContributorRole = (typeof contributorRoles.keys)[number];
export type ReportKind = (typeof reportKinds.keys)[number];
export type ReportStatus = (typeof reportStatuses.keys)[number];
