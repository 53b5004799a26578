import { createContract, uniqueSuffix } from "@/test/factories";
import { expectAccessibleAtBothWidths } from "./support/accessibility";
import { clickEmailLink, openEmail, readCode } from "./support/mailbox";
import { expect, test } from "./support/test";

// Polish next to English (issue #15) on the public pages and through sign up and login: the
// browser's language decides until the visitor chooses, and the choice is remembered. The
// signed-in pages: polish-pages.spec.ts and polish-flows.spec.ts.

test.describe("a browser that asks for Polish", () => {
  // Chromium sends Accept-Language: pl-PL for this locale
  test.use({ locale: "pl-PL" });

  test("gets the login page in Polish, errors included; English is one button away and stays chosen", async ({
    page,
  }) => {
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(page.getByRole("heading", { level: 1, name: "Logowanie" })).toBeVisible();
    await expect(page).toHaveTitle("Logowanie — CLICO Support System");
    await expect(page.getByRole("link", { name: "Nie pamiętam hasła" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Załóż konto" })).toBeVisible();
    await expect(page.getByText("Problem z portalem? Napisz na")).toBeVisible();

    // the browser's check speaks Polish too
    await page.getByRole("button", { name: "Wyślij" }).click();
    await expect(page.getByLabel("Login", { exact: true })).toHaveAccessibleDescription(
      "Podaj login lub adres e-mail.",
    );
    await expect(page.getByLabel("Hasło", { exact: true })).toHaveAccessibleDescription(
      "Podaj hasło.",
    );
    await expectAccessibleAtBothWidths(page);
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    // remembered, though the browser still asks for Polish
    await page.goto("/forgot-password");
    await expect(page.getByRole("heading", { level: 1, name: "Forgot my password" })).toBeVisible();
    await page.getByRole("button", { name: "Polski" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nie pamiętam hasła" })).toBeVisible();
  });

  test("fills in Sign Up in Polish; a wrong phone number is told in Polish, and the longer words fit a phone", async ({
    page,
  }) => {
    await page.goto("/sign-up");
    await expect(page.getByRole("heading", { level: 1, name: "Załóż konto" })).toBeVisible();
    await page.getByLabel("Imię").fill("Anna");
    await page.getByLabel("Nazwisko").fill("Mazur");
    await page.getByLabel("E-mail").fill("anna.mazur@example.com");
    await page.getByLabel("Telefon").fill("call me");
    await page.getByLabel("Firma").fill("Energa Przykład S.A.");
    await page.getByLabel("Login", { exact: true }).fill("anna.mazur");
    await page.getByLabel("Hasło", { exact: true }).fill("Violet-Harbour-Compass-71");
    await page.getByLabel("Powtórz hasło").fill("Violet-Harbour-Compass-71");
    await page.getByLabel("Numer umowy").fill("CL-2026-0001");
    await page.getByLabel("Klucz umowy (klucz aktywacyjny)").fill("ABCD-EFGH");
    await page.getByRole("button", { name: "Wyślij" }).click();
    await expect(page.getByLabel("Telefon")).toHaveAccessibleDescription(
      "Podaj numer telefonu, np. +48 600 100 200.",
    );
    await expectAccessibleAtBothWidths(page);
  });
});

test.describe("a Polish customer", () => {
  test.use({ locale: "pl-PL" });

  test("signs up, confirms the address from a Polish email, and logs in with a code from a Polish email", async ({
    page,
  }) => {
    const contract = await createContract();
    const s = uniqueSuffix();
    const address = `ewa.${s}@example.com`;
    const password = "Violet-Harbour-Compass-71";
    await page.goto("/sign-up");
    await page.getByLabel("Imię").fill("Ewa");
    await page.getByLabel("Nazwisko").fill("Wiśniewska");
    await page.getByLabel("E-mail").fill(address);
    await page.getByLabel("Telefon").fill("+48 601 222 333");
    await page.getByLabel("Firma").fill("Przykład Sp. z o.o.");
    await page.getByLabel("Login", { exact: true }).fill(`ewa.${s}`);
    await page.getByLabel("Hasło", { exact: true }).fill(password);
    await page.getByLabel("Powtórz hasło").fill(password);
    await page.getByLabel("Numer umowy").fill(contract.number);
    await page.getByLabel("Klucz umowy (klucz aktywacyjny)").fill(contract.key);
    await page.getByRole("button", { name: "Wyślij" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Sprawdź skrzynkę" })).toBeFocused();

    const welcome = await openEmail(page, address, /Potwierdź adres e-mail —/);
    await expect(welcome).toContainText("Witamy, Ewa");
    await clickEmailLink(welcome, "confirm-email");
    const tab = welcome.page();
    await expect(tab.locator("html")).toHaveAttribute("lang", "pl");
    await tab.getByRole("button", { name: "Potwierdź adres e-mail" }).click();
    await expect(tab.getByText("Twój adres e-mail jest potwierdzony")).toBeVisible();

    await tab.getByRole("link", { name: "Zaloguj się" }).click();
    await tab.getByLabel("Login", { exact: true }).fill(`ewa.${s}`);
    await tab.getByLabel("Hasło", { exact: true }).fill(password);
    await tab.getByRole("button", { name: "Wyślij" }).click();
    await expect(
      tab.getByRole("heading", { level: 1, name: "Sprawdź skrzynkę e-mail" }),
    ).toBeVisible();
    const codeEmail = await openEmail(tab, address, /Twój kod weryfikacyjny —/);
    await expect(codeEmail).toContainText("Dzień dobry, Ewa.");
    const code = await readCode(codeEmail);
    await tab.getByLabel("Kod weryfikacyjny").fill(code);
    await tab.getByRole("button", { name: "Wyślij", exact: true }).click();
    await expect(tab.getByRole("heading", { level: 1, name: "Pulpit" })).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, locale: "pl-PL" });

  test("the server writes its field errors in Polish, and the switch to English is a form post", async ({
    page,
  }) => {
    await page.goto("/forgot-password");
    await page.getByLabel("Adres e-mail").fill("not-an-address");
    await page.getByRole("button", { name: "Wyślij" }).click();
    await expect(page.getByText("Podaj prawidłowy adres e-mail, np. imie@firma.pl.")).toBeVisible();
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Forgot my password" })).toBeVisible();
  });
});
