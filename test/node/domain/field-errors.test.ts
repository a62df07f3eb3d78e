import { describe, expect, it } from "vitest";
import { z } from "zod";
import { toFieldErrors, toPointer } from "../../../worker/domain/field-errors";
import { WriteError } from "../../../worker/domain/write-errors";

describe("a JSON Pointer to a field (RFC 6901)", () => {
  it("is empty for the whole input", () => {
    expect(toPointer([])).toBe("");
  });

  it("joins keys and indexes with slashes, after a leading one", () => {
    expect(toPointer(["title"])).toBe("/title");
    expect(toPointer(["sources", 0, "url"])).toBe("/sources/0/url");
  });

  it("escapes every tilde as ~0 and every slash as ~1, tildes first", () => {
    expect(toPointer(["a~b~c", "x/y/z"])).toBe("/a~0b~0c/x~1y~1z");
    expect(toPointer(["~/"])).toBe("/~0~1");
  });
});

describe("zod's issues as field errors", () => {
  const schema = z.strictObject({
    title: z.string().min(1, "Write a title."),
    sources: z.array(z.strictObject({ url: z.string() })),
  });
  const issues = (input: unknown) => {
    const result = schema.safeParse(input);
    if (result.success) throw new Error("expected the input to be refused");
    return result.error.issues;
  };

  it("point at each field with the issue's message", () => {
    expect(toFieldErrors(issues({ title: "", sources: [] }))).toEqual([
      { pointer: "/title", detail: "Write a title." },
    ]);
  });

  it("give one error per unknown key, wherever it is, saying the field is not known", () => {
    const unknown = issues({ title: "T", colour: "red", size: 2, sources: [{ url: "u", lang: "fr" }] });
    expect(toFieldErrors(unknown)).toEqual([
      { pointer: "/sources/0/lang", detail: "This field is not known." },
      { pointer: "/colour", detail: "This field is not known." },
      { pointer: "/size", detail: "This field is not known." },
    ]);
  });

  it("say what the caller asks of an unknown key", () => {
    expect(
      toFieldErrors(issues({ title: "T", sources: [], colour: "red" }), "Not a field of a report."),
    ).toEqual([{ pointer: "/colour", detail: "Not a field of a report." }]);
  });

  it("are none without issues", () => {
    expect(toFieldErrors([])).toEqual([]);
  });
});

describe("a write's error", () => {
  it("carries its code, its words and its name", () => {
    const error = new WriteError("not_found", "No incident has the id fr-2021-x.");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("WriteError");
    expect(error.code).toBe("not_found");
    expect(error.message).toBe("No incident has the id fr-2021-x.");
  });

  it("has no field errors unless given some", () => {
    expect(new WriteError("already_exists", "Taken.").errors).toEqual([]);
    const errors = [{ pointer: "/title", detail: "Too long." }];
    expect(new WriteError("invalid_input", "Bad.", errors).errors).toEqual([
      { pointer: "/title", detail: "Too long." },
    ]);
  });
});
