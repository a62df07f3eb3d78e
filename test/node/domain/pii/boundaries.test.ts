import { describe, expect, it } from "vitest";
import { findPersonalData } from "../../../../worker/domain/pii";

describe("the NIR detector's limits", () => {
  it("reads digits after a + as an international phone number, never as a NIR", () => {
    expect(findPersonalData("255081416802538")).toBe("nir");
    expect(findPersonalData("+255081416802538")).toBe("phone");
  });

  it("refuses a NIR with its key and lets the keys either side pass", () => {
    expect(findPersonalData("2 55 08 14 168 025 38")).toBe("nir");
    expect(findPersonalData("2 55 08 14 168 025 37")).toBeNull();
    expect(findPersonalData("2 55 08 14 168 025 39")).toBeNull();
  });

  it("takes 13 digits and a key: 12 or 14 digits before a valid key pass", () => {
    expect(findPersonalData("185057800608436")).toBeNull();
    expect(findPersonalData("1 85 05 78 006 08 58")).toBeNull();
    expect(findPersonalData("18505780060858")).toBeNull();
    expect(findPersonalData("1850578006084136")).toBeNull();
    expect(findPersonalData("1 85 05 78 006 0841 36")).toBeNull();
  });

  it("lets a valid NIR pass when it is part of a longer number or word", () => {
    expect(findPersonalData("9255081416802538")).not.toBe("nir");
    expect(findPersonalData("2550814168025389")).not.toBe("nir");
    expect(findPersonalData("x255081416802538")).toBeNull();
    expect(findPersonalData("255081416802538x")).toBeNull();
    expect(findPersonalData("(255081416802538)")).toBe("nir");
    expect(findPersonalData("+168697203711582")).toBe("phone");
    expect(findPersonalData("168697203711582")).toBe("nir");
  });

  it("accepts the key 97 (a number divisible by 97) and never the key 00", () => {
    expect(findPersonalData("1 85 05 78 006 078 97")).toBe("nir");
    expect(findPersonalData("1 85 05 78 006 078 00")).toBeNull();
  });

  it("counts Corsica's 2A as 19 and 2B as 18 for the key, not as 20", () => {
    expect(findPersonalData("1 89 02 2A 004 012 20")).toBe("nir");
    expect(findPersonalData("1 89 02 2A 004 012 90")).toBeNull();
    expect(findPersonalData("1 89 02 20 004 012 90")).toBe("nir");
    expect(findPersonalData("2 76 03 2B 004 045 35")).toBe("nir");
    expect(findPersonalData("2 76 03 2b 004 045 35")).toBe("nir");
    expect(findPersonalData("2 76 03 2C 004 045 35")).toBeNull();
  });

  it("takes the sexes 1, 2, 3, 4, 7 and 8 only", () => {
    expect(findPersonalData("5 85 05 78 006 084 85")).toBeNull();
    expect(findPersonalData("1 85 05 78 006 084 91")).toBe("nir");
  });
});

describe("the e-mail detector's limits", () => {
  it("needs a local part, an @, a domain and a top-level label of at least two letters", () => {
    expect(findPersonalData("a@b.fr")).toBe("email");
    expect(findPersonalData("a@b")).toBeNull();
    expect(findPersonalData("a@b.c")).toBeNull();
    expect(findPersonalData("a@b.f1")).toBeNull();
    expect(findPersonalData("@b.fr")).toBeNull();
    expect(findPersonalData("a@.fr")).toBeNull();
  });

  it("takes a local part of at most 64 characters and a top-level label of at most 24 letters", () => {
    expect(findPersonalData(`${"a".repeat(64)}@example.fr`)).toBe("email");
    expect(findPersonalData(`${"a".repeat(65)}@example.fr`)).toBeNull();
    expect(findPersonalData(`a@example.${"q".repeat(24)}`)).toBe("email");
    expect(findPersonalData(`a@example.${"q".repeat(25)}`)).toBeNull();
  });
});

describe("the phone detector's limits", () => {
  it("takes exactly ten French digits starting 0 then 1 to 9", () => {
    expect(findPersonalData("06 12 34 56 78")).toBe("phone");
    expect(findPersonalData("01 12 34 56 78")).toBe("phone");
    expect(findPersonalData("09 12 34 56 78")).toBe("phone");
    expect(findPersonalData("00 12 34 56 78")).toBeNull();
    expect(findPersonalData("06 12 34 56 7")).toBeNull();
    expect(findPersonalData("06 12 34 56 789")).toBeNull();
    expect(findPersonalData("061234567")).toBeNull();
    expect(findPersonalData("06123456789")).toBeNull();
    expect(findPersonalData("106 12 34 56 78")).toBeNull();
  });

  it("wants the same separator between every pair", () => {
    expect(findPersonalData("06-12-34-56-78")).toBe("phone");
    expect(findPersonalData("06-12-34 56-78")).toBeNull();
    expect(findPersonalData("06 1234 5678")).toBeNull();
  });

  it("takes an international number of 8 to 15 digits", () => {
    expect(findPersonalData("+1234567")).toBeNull();
    expect(findPersonalData("+12345678")).toBe("phone");
    expect(findPersonalData("+123456789012345")).toBe("phone");
    expect(findPersonalData("+1234567890123456")).toBeNull();
    // Grouped, as a count of 17 digits never is a phone number: the limit is on the digits.
    expect(findPersonalData("+1 23 45 67 89 01 23 45 67")).toBeNull();
    expect(findPersonalData("+1 234 5678")).toBe("phone");
    expect(findPersonalData("+1 (0)23 4567")).toBeNull();
    expect(findPersonalData("+1 (0)23 45678")).toBe("phone");
  });

  it("reads a plus before a count grouped in thousands as a rise, not a number", () => {
    expect(findPersonalData("+1 200 000 000")).toBeNull();
    expect(findPersonalData("+12 200 000 000")).toBeNull();
    expect(findPersonalData("+1 200 000 0000")).toBe("phone");
    expect(findPersonalData("+1234 200 000")).toBe("phone");
  });
});

describe("the IBAN detector's limits", () => {
  it("refuses a valid IBAN and lets a wrong checksum or a changed character pass", () => {
    expect(findPersonalData("FR76 3000 6000 0112 3456 7890 189")).toBe("iban");
    expect(findPersonalData("FR75 3000 6000 0112 3456 7890 189")).toBeNull();
    expect(findPersonalData("FR77 3000 6000 0112 3456 7890 189")).toBeNull();
    expect(findPersonalData("FR76 3000 6000 0112 3456 7890 188")).toBeNull();
  });

  it("takes 15 to 34 characters", () => {
    expect(findPersonalData("XX361234567890")).toBeNull();
    expect(findPersonalData("NO9386011117947")).toBe("iban");
    expect(findPersonalData("LC80ABCD00000000000000000000000000")).toBe("iban");
    expect(findPersonalData("LC03ABCD000000000000000000000000000")).toBeNull();
  });

  it("lets a valid IBAN pass when it is glued to other letters or digits", () => {
    expect(findPersonalData("XFR7630006000011234567890189")).toBeNull();
    expect(findPersonalData("FR7630006000011234567890189X")).toBeNull();
  });
});

describe("the card detector's limits", () => {
  it("refuses a Luhn-valid number and lets the same number with another check digit pass", () => {
    expect(findPersonalData("4111 1111 1111 1111")).toBe("card");
    expect(findPersonalData("4111 1111 1111 1112")).toBeNull();
    expect(findPersonalData("4111 1111 1111 1110")).toBeNull();
  });

  it("takes 13 and 15 to 19 digits; 12, 14 (SIRET) and 20 pass", () => {
    expect(findPersonalData("411111111117")).toBeNull();
    expect(findPersonalData("4111111111119")).toBe("card");
    expect(findPersonalData("41111111111114")).toBeNull();
    expect(findPersonalData("411111111111116")).toBe("card");
    expect(findPersonalData("4111111111111111110")).toBe("card");
    expect(findPersonalData("41111111111111111115")).toBeNull();
    expect(findPersonalData("4111 1111 1117")).toBeNull();
  });

  it("takes card numbers starting 2 to 6 only", () => {
    expect(findPersonalData("1111111111111117")).toBeNull();
    expect(findPersonalData("7111111111111114")).toBeNull();
  });

  it("does not read a number inside a URL as a card or a phone, but still reads a NIR or an e-mail there", () => {
    expect(findPersonalData("https://example.com/a/4111111111111111")).toBeNull();
    expect(findPersonalData("https://example.com/a/0612345678")).toBeNull();
    expect(findPersonalData("https://example.com/a/4111111111111111 4111111111111111")).toBe("card");
    expect(findPersonalData("https://example.com/a/255081416802538")).toBe("nir");
    expect(findPersonalData("https://example.com/?to=a@b.fr")).toBe("email");
    // An IBAN is checked everywhere, a URL's query string included.
    expect(findPersonalData("https://example.com/?iban=FR7630006000011234567890189")).toBe("iban");
  });

  it("skips plain http URLs as it skips https ones", () => {
    expect(findPersonalData("http://example.com/a/4111111111111111")).toBeNull();
    expect(findPersonalData("http://example.com/a/0612345678")).toBeNull();
    expect(findPersonalData("HTTP://EXAMPLE.COM/a/4111111111111111")).toBeNull();
  });
});
