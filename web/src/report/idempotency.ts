/**
 * One `Idempotency-Key` per report, kept in sessionStorage: a retry after a network error, or
 * after a reload of the tab, sends the same key, so the server stores the report once. A new
 * key is made only once the server has accepted the report.
 */
const STORAGE_KEY = "healthbreach.report.idempotencyKey";

type KeyStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export function idempotencyKey(store: KeyStore, make: () => string = () => crypto.randomUUID()): string {
  const kept = store.getItem(STORAGE_KEY);
  if (kept) return kept;
  const key = make();
  store.setItem(STORAGE_KEY, key);
  return key;
}

/** After the server's 202: the next report is another report. */
export function forgetIdempotencyKey(store: KeyStore): void {
  store.removeItem(STORAGE_KEY);
}
