import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "../../../worker/db/client";
import { findByRegistryRefs, linkRegistryRefs } from "../../../worker/db/registry-refs";
import { createIncident } from "../../../worker/db/writes";
import type { RegistryRef } from "../../../worker/domain/registry-ref";
import { createAssetBoundarySource } from "../../../worker/geo/asset-boundary-source";
import { countD1RoundTrips } from "../d1-counter";
import { freshTag, incidentInput } from "../factories";

let counter: ReturnType<typeof countD1RoundTrips> | undefined;
afterEach(() => counter?.stop());

const db = () => getDb(env);

function hhsRefs(tag: string, from: number, to: number): RegistryRef[] {
  return Array.from({ length: to - from + 1 }, (_, i) => ({ registry: "hhs", ref: `${tag}-${from + i}` }));
}

async function createWithRefs(refs: RegistryRef[]) {
  return createIncident(db(), createAssetBoundarySource(env.ASSETS), incidentInput(freshTag()), {
    reason: "Test data",
    extra: linkRegistryRefs(db(), refs),
  });
}

/** How many (registry, ref) pairs each lookup statement was sent, in order. */
function pairsPerStatement(bound: readonly (readonly unknown[])[]): number[] {
  return bound.flatMap((params) =>
    params
      .filter((param) => typeof param === "string" && param.startsWith("[["))
      .map((json) => JSON.parse(json as string).length),
  );
}

describe("findByRegistryRefs", () => {
  it("finds all of 501 refs, the 501st included, in two statements of 500 and 1", async () => {
    const tag = freshTag();
    const first = await createWithRefs(hhsRefs(tag, 1, 500));
    const last = await createWithRefs(hhsRefs(tag, 501, 501));
    counter = countD1RoundTrips();
    const found = await findByRegistryRefs(db(), hhsRefs(tag, 1, 501));
    expect(counter.count).toBe(2);
    expect(pairsPerStatement(counter.bound)).toEqual([500, 1]);
    expect(found.size).toBe(501);
    expect([found.get(`hhs:${tag}-1`), found.get(`hhs:${tag}-500`), found.get(`hhs:${tag}-501`)]).toEqual([
      first.id,
      first.id,
      last.id,
    ]);
  });

  it("asks D1 once for exactly 500 refs, and not at all for none", async () => {
    const tag = freshTag();
    const incident = await createWithRefs(hhsRefs(tag, 1, 2));
    counter = countD1RoundTrips();
    const found = await findByRegistryRefs(db(), hhsRefs(tag, 1, 500));
    expect(counter.count).toBe(1);
    expect(pairsPerStatement(counter.bound)).toEqual([500]);
    expect(found).toEqual(
      new Map([
        [`hhs:${tag}-1`, incident.id],
        [`hhs:${tag}-2`, incident.id],
      ]),
    );
    expect(await findByRegistryRefs(db(), [])).toEqual(new Map());
    expect(counter.count).toBe(1);
  });
});
