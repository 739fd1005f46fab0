import { describe, expect, it } from "vitest";
import { IshonchError } from "@ishonch/sdk";
import { errorMessage, label, negotiateLocale, storedLabel } from "../src/index.ts";

describe("negotiateLocale", () => {
  it("picks the best supported language by weight, Uzbek otherwise", () => {
    expect(negotiateLocale("ru-RU,ru;q=0.9,en;q=0.8")).toBe("ru");
    expect(negotiateLocale("de-DE,en;q=0.5,ru;q=0.7")).toBe("ru");
    expect(negotiateLocale("de-DE")).toBe("uz");
    expect(negotiateLocale(undefined)).toBe("uz");
  });
});

describe("errorMessage", () => {
  it("puts the contract's arguments into the sentence", () => {
    const error = new IshonchError("OrganizationNameTooLong", { length: 200, maxLength: 160 });
    expect(errorMessage("en", error)).toBe(
      "The name is too long: 200 bytes, at most 160 are allowed.",
    );
    expect(errorMessage("ru", error)).toContain("200 байт");
  });

  it("says in words that the account is not allowed", () => {
    expect(errorMessage("uz", "AccessManagedUnauthorized")).toMatch(/ruxsat berilmagan/);
  });
});

describe("label", () => {
  it("names regions and types in each language", () => {
    expect(label("uz", "Region", "Fergana")).toBe("Fargʻona viloyati");
    expect(label("ru", "OrganizationType", "School")).toBe("Школа");
    expect(label("en", "OrganizationStatus", "Active")).toBe("Active");
  });

  it("names a value stored as text, and shows a text it does not know as it is", () => {
    expect(storedLabel("ru", "StaffRole", "DiplomaIssuer")).toBe("Выдача дипломов");
    expect(storedLabel("uz", "Region", "Atlantis")).toBe("Atlantis");
  });
});
