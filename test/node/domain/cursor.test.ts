import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "../../../worker/domain/cursor";

/** A cursor holding any JSON, as a client could forge one. */
const forged = (json: string) => btoa(json);

describe("the list cursor", () => {
  it("is the date and the id as base64url, without padding", () => {
    expect(encodeCursor({ date: "2021-02-08", id: "fr-2021-ch-dax" })).toBe(
      "WyIyMDIxLTAyLTA4IiwiZnItMjAyMS1jaC1kYXgiXQ",
    );
    expect(encodeCursor({ date: "2021-02-08", id: "de-2020-x" })).toBe("WyIyMDIxLTAyLTA4IiwiZGUtMjAyMC14Il0");
  });

  it("writes base64's + as - and / as _, so that it needs no escaping in a URL", () => {
    expect(encodeCursor({ date: "2021-02-08", id: "a~~" })).toBe("WyIyMDIxLTAyLTA4IiwiYX5-Il0");
    expect(encodeCursor({ date: "2021-02-08", id: "~>?" })).toBe("WyIyMDIxLTAyLTA4Iiwifj4_Il0");
  });

  it("reads back the position it holds, whatever the id's characters", () => {
    for (const id of ["fr-2021-ch-dax", "a~~", "~>?", "hôpital-ü", "x".repeat(64)]) {
      expect(decodeCursor(encodeCursor({ date: "2021-02-08", id }))).toEqual({ date: "2021-02-08", id });
    }
    expect(decodeCursor("WyIyMDIxLTAyLTA4IiwiYX5-Il0")).toEqual({ date: "2021-02-08", id: "a~~" });
    expect(decodeCursor("WyIyMDIxLTAyLTA4Iiwifj4_Il0")).toEqual({ date: "2021-02-08", id: "~>?" });
  });

  it.each([
    ["", "nothing"],
    ["!!!", "not base64"],
    [forged("{"), "not JSON"],
    [forged('{"date":"2021-02-08","id":"x"}'), "an object"],
    [forged('"2021-02-08"'), "a string"],
    [forged('["2021-02-08"]'), "a date alone"],
    [forged('["2021-02-08","x","y"]'), "three values"],
  ])("refuses %j (%s)", (cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });

  it.each([
    [forged('[20210208,"x"]'), "a number"],
    [forged('[["2021-02-08"],"x"]'), "a list holding a date"],
    [forged('["yesterday","x"]'), "a word"],
    [forged('["2021-2-08","x"]'), "a one-digit month"],
    [forged('["21-02-08","x"]'), "a two-digit year"],
    [forged('["2021-02-8","x"]'), "a one-digit day"],
    [forged('["x2021-02-08","x"]'), "a date after something"],
    [forged('["2021-02-08x","x"]'), "a date before something"],
  ])("refuses a cursor whose date is not a date: %j (%s)", (cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });

  it.each([
    [forged('["2021-02-08",5]'), "a number"],
    [forged('["2021-02-08",["x"]]'), "a list"],
    [forged('["2021-02-08",""]'), "empty"],
    [forged(`["2021-02-08","${"x".repeat(65)}"]`), "65 characters long"],
  ])("refuses a cursor whose id is not an id: %j (%s)", (cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });

  it("takes an id of one character and one of 64", () => {
    expect(decodeCursor(forged('["2021-02-08","x"]'))).toEqual({ date: "2021-02-08", id: "x" });
    expect(decodeCursor(forged(`["2021-02-08","${"x".repeat(64)}"]`))).toEqual({
      date: "2021-02-08",
      id: "x".repeat(64),
    });
  });
});
