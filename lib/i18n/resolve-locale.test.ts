import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, resolveLocale } from "./resolve-locale";

describe("the language of a request", () => {
  it.each([
    ["pl-PL,pl;q=0.9,en;q=0.8", "pl"],
    ["en-US,en;q=0.9,pl;q=0.5", "en"],
    ["de-DE,pl;q=0.7", "pl"],
    ["pl", "pl"],
    ["de-DE,fr;q=0.9", null],
    ["*", null],
    ["", null],
    ["not a tag;;;", null],
  ])("Accept-Language %j → %s", (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });

  it("prefers the profile, then the cookie, then the browser, then English", () => {
    const polishBrowser = "pl-PL,pl;q=0.9";
    expect(resolveLocale({ profile: "en", cookie: "pl", acceptLanguage: polishBrowser })).toBe(
      "en",
    );
    expect(resolveLocale({ profile: null, cookie: "en", acceptLanguage: polishBrowser })).toBe(
      "en",
    );
    expect(resolveLocale({ cookie: "xx", acceptLanguage: polishBrowser })).toBe("pl");
    expect(resolveLocale({ acceptLanguage: "fr" })).toBe("en");
    expect(resolveLocale({})).toBe("en");
  });
});
