import { describe, expect, it } from "vitest";
import { csvLines, neutraliseFormula, toCell } from "../../../../worker/domain/export/csv-cells";

describe("CSV cells", () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+33 1 23", "'+33 1 23"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["a=b", "a=b"],
    [" =1", " =1"],
    ["'already", "'already"],
    ["", ""],
  ])("neutralises a text cell %j as %j", (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });

  it("leaves numbers alone, so a western longitude stays negative", () => {
    expect(toCell(-0.5792, "number")).toBe("-0.5792");
    expect(toCell("-0.5792", "string")).toBe("'-0.5792");
  });

  it("joins lists with semicolons, writes booleans as words and unknown as empty", () => {
    expect(toCell(["ransomware", "data_theft"], "string")).toBe("ransomware;data_theft");
    expect(toCell(true, "boolean")).toBe("true");
    expect(toCell(null, "integer")).toBe("");
    expect(toCell([{ authority: "CNIL" }], "array")).toBe('[{"authority":"CNIL"}]');
  });

  it("quotes as RFC 4180 asks, with CRLF line ends", () => {
    expect(csvLines([["a", 'say "hi"', "x,y", "two\nlines"]], "comma")).toBe(
      'a,"say ""hi""","x,y","two\nlines"\r\n',
    );
    expect(csvLines([["a;b", "c,d"]], "semicolon")).toBe('"a;b";c,d\r\n');
  });
});
