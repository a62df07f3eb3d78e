/**
 * One colour per attack type (Tableau 10, a palette made to stay distinct for most readers),
 * typed against the worker's vocabulary so that a new attack type cannot ship without a colour.
 */
import type { AttackType, Label } from "../../../worker/domain/enums";
import type { Language } from "../state/app-state";

export const attackTypeColours: Record<AttackType, string> = {
  ransomware: "#d62728",
  data_theft: "#9467bd",
  data_exposure: "#ff7f0e",
  ddos: "#1f77b4",
  phishing: "#17becf",
  insider_misuse: "#e377c2",
  misconfiguration: "#bcbd22",
  lost_or_stolen: "#2ca02c",
  other: "#8c564b",
  unknown: "#7f7f7f",
};

export function colourOf(type: string): string {
  return attackTypeColours[type as AttackType] ?? attackTypeColours.unknown;
}

export type LegendEntry = { key: string; label: string; colour: string };

/** The legend's entries: one per attack type the API knows, in its order and language. */
export function legendEntries(attackTypes: { key: string; label: Label }[], lang: Language): LegendEntry[] {
  return attackTypes.map(({ key, label }) => ({ key, label: label[lang], colour: colourOf(key) }));
}
