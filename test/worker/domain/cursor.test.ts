import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "../../../worker/domain/cursor";

const dates = fc
  .date({ min: new Date("1990-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const ids = fc.string({ minLength: 1, maxLength: 64, unit: "grapheme" });

describe("keyset cursors", () => {
  it("decode to the position they encode, whatever the id's characters", () => {
    fc.assert(
      fc.property(dates, ids, (date, id) => {
        expect(decodeCursor(encodeCursor({ date, id }))).toEqual({ date, id });
      }),
    );
  });

  it("are URL-safe", () => {
    fc.assert(fc.property(dates, ids, (date, id) => /^[A-Za-z0-9_-]*$/.test(encodeCursor({ date, id }))));
  });

  it.each(["", "!!!", btoa("[1,2]"), btoa('["2021-01-01"]'), btoa('["yesterday","x"]'), btoa("{")])(
    "refuse %j",
    (cursor) => {
      expect(decodeCursor(cursor)).toBeNull();
    },
  );
});
