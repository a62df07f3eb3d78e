/**
 * The descriptor against the Frictionless JSON Schemas v1 (draft-04), vendored in
 * test/fixtures/frictionless from datapackage@1.1.10 and tableschema@1.12.6 (src/profiles/).
 * Run in Node: ajv compiles validators with `new Function`, which workerd forbids.
 */
import { readFileSync } from "node:fs";
import Ajv from "ajv-draft-04";
import { describe, expect, it } from "vitest";
import { organisationTypes } from "../../../worker/domain/enums";
import { buildDataPackage } from "../../../worker/domain/export/data-package";
import { incidentFields } from "../../../worker/domain/export/export-fields";

const profile = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/frictionless/${name}.json`, import.meta.url), "utf8"));

const ajv = new Ajv({ strict: false, allErrors: true });
const validatePackage = ajv.compile(profile("data-package"));
const validateTableSchema = ajv.compile(profile("table-schema"));
const descriptor = buildDataPackage("https://healthbreach.test", {
  version: 42,
  updatedAt: "2026-11-29T12:00:00.000Z",
});

describe("the Data Package descriptor", () => {
  it("is valid against the Data Package JSON Schema v1", () => {
    expect(validatePackage(descriptor), JSON.stringify(validatePackage.errors)).toBe(true);
  });

  it.each(descriptor.resources.map((resource) => [resource.name, resource.schema] as const))(
    "gives the %s resource a schema valid against the Table Schema JSON Schema v1",
    (_name, schema) => {
      expect(validateTableSchema(schema), JSON.stringify(validateTableSchema.errors)).toBe(true);
    },
  );

  it("is not vacuously valid: the schemas refuse a field of an unknown type", () => {
    const broken = { fields: [{ name: "x", type: "colour" }] };
    expect(validateTableSchema(broken)).toBe(false);
    expect(validatePackage({ name: "no resources" })).toBe(false);
  });

  it("describes every CSV column, with the enumerations of the domain", () => {
    const [incidents] = descriptor.resources;
    expect(incidents?.schema.fields.map((field) => field.name)).toEqual(
      incidentFields.map((field) => field.name),
    );
    const organisationType = incidents?.schema.fields.find((field) => field.name === "organisationType");
    expect(organisationType).toMatchObject({
      type: "string",
      constraints: { required: true, enum: [...organisationTypes.keys] },
    });
    expect(descriptor).toMatchObject({
      licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/" }],
      version: "42.0.0",
      citation: expect.stringContaining("version 42 (2026-11-29)"),
      coverage: expect.stringContaining("500 people or more"),
    });
  });
});
