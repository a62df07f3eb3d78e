/**
 * Runs tasks a few at a time. Each record is its own atomic batch and records do not depend on
 * one another, so several batches in flight hide the round trip to D1 (the importer was bound
 * by it at about 9 records a second, one at a time, on the shared machine).
 */
export const IMPORT_CONCURRENCY = 8;

export async function runPool<T>(
  items: readonly T[],
  size: number,
  run: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await run(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}
