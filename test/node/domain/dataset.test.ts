import { describe, expect, it } from "vitest";
import { citationFor, datasetLicence } from "../../../worker/domain/dataset";

describe("how to cite the dataset", () => {
  it("names the version, the day of its last update and the licence", () => {
    expect(citationFor(42, "2026-11-30T14:05:00.000Z")).toBe(
      "HealthBreach Map contributors, HealthBreach Map dataset, version 42 (2026-11-30), licensed under CC BY 4.0.",
    );
  });

  it("is offered under CC BY 4.0", () => {
    expect(datasetLicence).toEqual({
      id: "CC-BY-4.0",
      name: "Creative Commons Attribution 4.0 International",
      url: "https://creativecommons.org/licenses/by/4.0/",
    });
  });
});
