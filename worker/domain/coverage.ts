import type { Label } from "./enums";

/**
 * What the dataset can and cannot show, stated wherever the data is offered (Data Package,
 * data page), because a map of reported incidents is easily read as a map of risk.
 */
export const coverageStatement: Label = {
  en:
    "HealthBreach Map lists incidents that were made public: by the organisation hit, by a regulator, " +
    "by the press, by researchers, or claimed by an attacker. It cannot show what was never reported. " +
    "Official lists differ by country: the US HHS OCR portal only holds breaches of health information " +
    "affecting 500 people or more, and most countries publish no list at all. Incidents imported from " +
    "such a list are placed at the centre of the region it gives (precision 'subdivision'), not at the " +
    "organisation. Counts therefore reflect reporting as much as attacks: an empty region is not a safe region.",
  fr:
    "HealthBreach Map recense les incidents rendus publics : par l'organisation touchée, par une autorité, " +
    "par la presse, par des chercheurs, ou revendiqués par un attaquant. Il ne peut montrer ce qui n'a jamais " +
    "été signalé. Les listes officielles diffèrent selon les pays : le portail américain HHS OCR ne recense que " +
    "les violations de données de santé touchant 500 personnes ou plus, et la plupart des pays ne publient " +
    "aucune liste. Les incidents importés d'une telle liste sont placés au centre de la région qu'elle donne " +
    "(précision « subdivision »), non à l'adresse de l'organisation. Les comptes reflètent donc autant les " +
    "signalements que les attaques : une région vide n'est pas une région sûre.",
};

/** The sources the dataset draws on, for the Data Package's `sources`. */
export const datasetSources = [
  {
    title:
      "Public sources cited per incident (press, victims' statements, regulators, researchers), listed in export.sources.csv",
  },
  {
    title: "U.S. HHS Office for Civil Rights breach portal",
    path: "https://ocrportal.hhs.gov/ocr/breach/breach_report.jsf",
  },
] as const;
