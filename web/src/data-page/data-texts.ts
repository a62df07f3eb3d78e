/** The data page's own words; the fields, enumerations and coverage come from the worker's domain. */
export const dataTexts = {
  en: {
    title: "HealthBreach Map: open data",
    otherLanguage: "Français",
    backToMap: "Back to the map",
    howToCite: "How to cite",
    citeIntro: "Cite the dataset version you used:",
    version: "Dataset version {version}, {date}.",
    coverage: "What the data can and cannot show",
    downloads: "Download",
    downloadsIntro:
      "The whole dataset, or any view of the map with its filters. Every file carries the dataset version, the export time, the licence and the citation.",
    schema: "Data Package (Frictionless) describing the CSV files",
    apiReference: "API reference: every endpoint, its parameters and answers",
    incidentsFields: "Incidents (export.csv): one row per incident",
    sourcesFields: "Sources (export.sources.csv): one row per source",
    field: "Field",
    type: "Type",
    description: "Description",
    values: "Allowed values",
    required: "required",
    list: "several, separated by ;",
  },
  fr: {
    title: "HealthBreach Map : données ouvertes",
    otherLanguage: "English",
    backToMap: "Retour à la carte",
    howToCite: "Comment citer",
    citeIntro: "Citez la version du jeu de données utilisée :",
    version: "Version {version} du jeu de données, {date}.",
    coverage: "Ce que les données peuvent et ne peuvent pas montrer",
    downloads: "Télécharger",
    downloadsIntro:
      "Le jeu de données complet, ou toute vue de la carte avec ses filtres. Chaque fichier indique la version, la date d'export, la licence et la citation.",
    schema: "Data Package (Frictionless) décrivant les fichiers CSV",
    apiReference: "Référence de l'API : chaque adresse, ses paramètres et ses réponses",
    incidentsFields: "Incidents (export.csv) : une ligne par incident",
    sourcesFields: "Sources (export.sources.csv) : une ligne par source",
    field: "Champ",
    type: "Type",
    description: "Description",
    values: "Valeurs possibles",
    required: "obligatoire",
    list: "plusieurs, séparées par ;",
  },
} as const;

export type DataLanguage = keyof typeof dataTexts;
export type DataText = keyof (typeof dataTexts)["en"];
