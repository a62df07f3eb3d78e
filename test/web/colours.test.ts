import { describe, expect, it } from "vitest";
import { attackTypeColours, colourOf, legendEntries } from "../../web/src/map/colours";
import { attackTypes, enumerations } from "../../worker/domain/enums";

const metaAttackTypes = enumerations.attackType.keys.map((key) => ({ key, label: attackTypes.labels[key] }));

describe("attack type colours", () => {
  it("give every attack type of the API its own colour", () => {
    const colours = attackTypes.keys.map((key) => attackTypeColours[key]);
    expect(colours.every((c) => /^#[0-9a-f]{6}$/.test(c ?? ""))).toBe(true);
    expect(new Set(colours).size).toBe(attackTypes.keys.length);
  });

  it("show a type the page does not know yet in the colour of unknown", () => {
    expect(colourOf("a_type_added_later")).toBe(attackTypeColours.unknown);
  });
});

describe("the legend", () => {
  it.each(["fr", "en"] as const)(
    "has one entry per attack type, labelled in %s, in the API's order",
    (lang) => {
      const entries = legendEntries(metaAttackTypes, lang);
      expect(entries.map((e) => e.key)).toEqual([...attackTypes.keys]);
      expect(entries.map((e) => e.label)).toEqual(
        attackTypes.keys.map((key) => attackTypes.labels[key][lang]),
      );
      expect(entries.map((e) => e.colour)).toEqual(attackTypes.keys.map((key) => attackTypeColours[key]));
    },
  );
});
