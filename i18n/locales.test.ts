import { describe, expect, it } from "vitest";
import { localeOrDefault, localizedName } from "./locales";

describe("locales", () => {
  it("take a stored locale only when it is one of ours", () => {
    expect(localeOrDefault("en")).toBe("en");
    expect(localeOrDefault("de")).toBe("ru");
    expect(localeOrDefault(undefined)).toBe("ru");
  });

  it("name a catalogue item in the reader's language, Russian for any locale but English", () => {
    const tariff = { name: "Безлимит", nameEn: "Unlimited" };
    expect(localizedName(tariff, "en")).toBe("Unlimited");
    expect(localizedName(tariff, "ru")).toBe("Безлимит");
    expect(localizedName(tariff, "de")).toBe("Безлимит");
  });
});
