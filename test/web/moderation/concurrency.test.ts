import { describe, expect, it } from "vitest";
import {
  etagOfListed,
  ifMatch,
  MissingEtagError,
  needsReload,
  problemKind,
} from "../../../web/src/moderation/model/concurrency";

describe("If-Match on every change", () => {
  it("sends back the ETag exactly as it was read, weak or strong", () => {
    expect(ifMatch('"r3"')).toEqual({ "if-match": '"r3"' });
    expect(ifMatch('W/"v7"')).toEqual({ "if-match": 'W/"v7"' });
  });

  it("refuses to make a change without the version it was read at", () => {
    expect(() => ifMatch(null)).toThrow(MissingEtagError);
    expect(() => ifMatch("")).toThrow(MissingEtagError);
    expect(() => ifMatch(undefined)).toThrow(MissingEtagError);
  });

  it("uses a listed report's ETag for a bulk change, and none when the list gave none", () => {
    expect(etagOfListed({ etag: '"v2"', version: 2 })).toBe('"v2"');
    expect(etagOfListed({ version: 2 })).toBeNull();
  });
});

describe("a refused change", () => {
  it.each([
    [412, "stale", true],
    [428, "precondition_required", false],
    [409, "conflict", true],
    [404, "not_found", true],
    [401, "signed_out", false],
    [403, "forbidden", false],
    [413, "too_large", false],
    [422, "invalid", false],
    [400, "invalid", false],
    [429, "rate_limited", false],
    [500, "server", false],
    [503, "server", false],
    [0, "unreachable", false],
  ] as const)("%i is %s (offer a reload: %s)", (status, kind, reload) => {
    expect(problemKind(status)).toBe(kind);
    expect(needsReload(problemKind(status))).toBe(reload);
  });
});
