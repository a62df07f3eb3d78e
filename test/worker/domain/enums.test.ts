import { describe, expect, it } from "vitest";
import { enumerations } from "../../../worker/domain/enums";

describe("enumerations", () => {
  it.each(Object.entries(enumerations))(
    "%s has snake_case keys and distinct French and English labels",
    (_, e) => {
      for (const key of e.keys) {
        expect(key).toMatch(/^[a-z]+(_[a-z]+)*$/);
        const label = e.labels[key as keyof typeof e.labels] as { fr: string; en: string };
        expect(label.fr.trim().length).toBeGreaterThan(0);
        expect(label.en.trim().length).toBeGreaterThan(0);
      }
      const labels = Object.values(e.labels) as { fr: string; en: string }[];
      expect(new Set(labels.map((l) => l.fr)).size).toBe(labels.length);
      expect(new Set(labels.map((l) => l.en)).size).toBe(labels.length);
    },
  );

  it("cover the attack types and organisation types of the design brief", () => {
    expect(enumerations.attackType.keys).toHaveLength(10);
    // The brief's twelve, and the unspecified provider that official lists (HHS OCR) give.
    expect(enumerations.organisationType.keys).toHaveLength(13);
    expect(enumerations.organisationType.keys).toContain("healthcare_provider");
    expect(enumerations.verification.keys).toEqual([
      "confirmed",
      "claimed_by_actor",
      "reported",
      "suspected",
    ]);
  });
});
