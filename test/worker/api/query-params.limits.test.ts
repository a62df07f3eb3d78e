import { describe, expect, it } from "vitest";
import { boundingBox, partialDate, repeated, single } from "../../../worker/api/query-params";

describe("boundingBox limits", () => {
  it.each(["-180,-90,180,90", "180,0,-180,1", "0,45,1,45", " 1 , 2 , 3 , 4 "])(
    "accepts %s, on the limits",
    (input) => {
      expect(boundingBox.safeParse(input).success).toBe(true);
    },
  );

  it.each([
    "-180.001,0,0,1",
    "180.001,0,0,1",
    "0,0,-180.001,1",
    "0,0,180.001,1",
    "0,-90.001,1,0",
    "0,0,1,90.001",
    "0,-91,1,-90.5",
    "0,90.5,1,91",
    "0,45.001,1,45",
    "Infinity,0,1,1",
    "0, ,1,1",
  ])("refuses %s, just past them", (input) => {
    expect(boundingBox.safeParse(input).success).toBe(false);
  });
});

describe("partialDate limits", () => {
  it.each([
    ["2021-06", "start", "2021-06-01"],
    ["2021-06", "end", "2021-06-30"],
    ["2021-01-31", "start", "2021-01-31"],
    ["2021-12", "end", "2021-12-31"],
    ["2021-01", "start", "2021-01-01"],
    ["0999", "start", "0999-01-01"],
  ] as const)("reads %s as the %s of the period: %s", (input, bound, expected) => {
    expect(partialDate(bound).parse(input)).toBe(expected);
  });

  it.each(["2021-04-31", "2021-06-00", "2021-01-32", "2021-06-1", "x2021", "2021-06-15x"])(
    "refuses %s",
    (input) => {
      expect(partialDate("end").safeParse(input).success).toBe(false);
    },
  );
});

describe("query parameter shapes", () => {
  it("takes a single parameter once, and says so when it is given twice or missing", () => {
    const schema = single(partialDate("start"));
    expect(schema.parse(["2021"])).toBe("2021-01-01");
    expect(schema.safeParse(["2021", "2022"]).error?.issues[0]?.message).toBe("Give this parameter once.");
    expect(schema.safeParse(undefined).error?.issues[0]?.message).toBe("This parameter is required.");
  });

  it("takes a repeated parameter up to one value per key, and refuses an unknown key", () => {
    const schema = repeated(["a", "b"]);
    expect(schema.parse(["a", "b"])).toEqual(["a", "b"]);
    expect(schema.safeParse(["a", "b", "a"]).success).toBe(false);
    expect(schema.safeParse(["c"]).error?.issues[0]?.message).toBe("Expected one of: a, b.");
  });
});
