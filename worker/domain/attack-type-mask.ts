/**
 * An incident's attack types as the bits of one integer (`incidents.attack_type_mask`), so that
 * the map's covering index answers a type filter by itself: `mask & wanted != 0` on the index
 * entry, where a lookup in incident_attack_types per row cost D1's SQLite a correlated subquery
 * per entry (see `worker/db/incident-where.ts`).
 *
 * The bits are stored: a type keeps its bit forever, and a new type takes a new one (the
 * Record type makes forgetting it a compile error).
 */
import type { AttackType } from "./enums";

export const attackTypeBits: Readonly<Record<AttackType, number>> = {
  ransomware: 0,
  data_theft: 1,
  data_exposure: 2,
  ddos: 3,
  phishing: 4,
  insider_misuse: 5,
  misconfiguration: 6,
  lost_or_stolen: 7,
  other: 8,
  unknown: 9,
};

/** @example attackTypeMask(["ransomware", "ddos"]) // 0b1001 = 9 */
export function attackTypeMask(types: readonly AttackType[]): number {
  return types.reduce((mask, type) => mask | (1 << attackTypeBits[type]), 0);
}
