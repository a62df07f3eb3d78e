/**
 * A view whose measurement fails (mostly a first draw that never came) is tried once more, then
 * recorded as a FAIL, and the bench goes on: one stuck view must not lose every other figure.
 */

export type ViewFailure = { view: string; attempts: number; error: string };

export const ATTEMPTS_PER_VIEW = 2;

/** `run` once, once more on failure; `undefined` and a recorded failure when both fail. */
export async function retryOnce<T>(
  view: string,
  failures: ViewFailure[],
  run: () => Promise<T>,
): Promise<T | undefined> {
  let error = "";
  for (let attempt = 1; attempt <= ATTEMPTS_PER_VIEW; attempt++) {
    try {
      return await run();
    } catch (caught) {
      error = firstLine(caught);
      const next = attempt < ATTEMPTS_PER_VIEW ? "retrying once" : "reported as FAIL, going on";
      console.log(`  ${view}: attempt ${attempt} failed (${error}); ${next}`);
    }
  }
  failures.push({ view, attempts: ATTEMPTS_PER_VIEW, error });
  return undefined;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? message;
}
