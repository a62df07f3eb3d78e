import { describe, expect, it } from "vitest";

/**
 * The detectors build their patterns when their module loads. Imported inside a test, a pattern
 * that does not compile fails this test, where a static import would fail the file with no test
 * failed, which Stryker's vitest runner does not count as a kill.
 */
describe("the personal-data detectors' modules", () => {
  it("load, and their patterns compile and find what they are for", async () => {
    const { containsPhone } = await import("../../../../worker/domain/pii/phone");
    const { containsCard } = await import("../../../../worker/domain/pii/card");
    const { containsNir } = await import("../../../../worker/domain/pii/nir");
    const { containsIban } = await import("../../../../worker/domain/pii/iban");
    const { containsEmail } = await import("../../../../worker/domain/pii/email");
    expect(containsPhone("06 12 34 56 78")).toBe(true);
    expect(containsCard("4111 1111 1111 1111")).toBe(true);
    expect(containsNir("2 55 08 14 168 025 38")).toBe(true);
    expect(containsIban("FR7630006000011234567890189")).toBe(true);
    expect(containsEmail("a@b.fr")).toBe(true);
  });
});
