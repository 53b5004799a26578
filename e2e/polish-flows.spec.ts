import { createContract, createSupportTicketRow, createUser, uniqueSuffix } from "@/test/factories";
import { openEmail } from "./support/mailbox";
import { expect, randomIp, test } from "./support/test";

// The guide's main flows once in Polish (issue #15; sign up and login + code are in
// polish.spec.ts): a Polish customer registers a contract and opens a support ticket, a Polish
// engineer answers it, the customer reads the answer and its email in Polish. The guide's own
// terms (Register contract, Apply, Add asset, Create, Additional Information) stay English.

test.use({ locale: "pl-PL" });

test("a Polish customer registers a contract and opens a support ticket with its Additional Information", async ({
  page,
  signIn,
}) => {
  test.setTimeout(120_000);
  const customerName = `Energa Przykład ${uniqueSuffix()}`;
  const contract = await createContract({ customerName, vendors: ["fortinet"] });
  const customer = await createUser({ locale: "pl", firstName: "Ewa", lastName: "Nowak" });
  await signIn(customer);
  await expect(page.getByRole("heading", { level: 1, name: "Pulpit" })).toBeVisible();

  await page.getByRole("link", { name: "Contracts", exact: true }).click();
  await expect(page.getByText("Nie masz jeszcze umów — użyj Register contract")).toBeVisible();
  await page.getByRole("button", { name: "Register contract" }).click();
  const dialog = page.getByRole("dialog", { name: "Register contract" });
  await dialog.getByLabel("Numer umowy").fill(contract.number);
  await dialog.getByLabel("Klucz umowy (klucz aktywacyjny)").fill("WRONG-KEY1");
  await dialog.getByRole("button", { name: "Apply" }).click();
  await expect(dialog.getByLabel("Klucz umowy (klucz aktywacyjny)")).toHaveAccessibleDescription(
    /nie pasują/,
  );
  await dialog.getByLabel("Klucz umowy (klucz aktywacyjny)").fill(contract.key);
  await dialog.getByRole("button", { name: "Apply" }).click();
  await expect(dialog.getByRole("status")).toContainText(
    `Umowa ${contract.number} (${customerName}) jest już aktywna na Twoim koncie`,
  );
  await dialog.getByRole("button", { name: "Zamknij", exact: true }).click();
  const row = page.getByRole("row").filter({ hasText: contract.number });
  await expect(row).toContainText("Aktywna");

  await page.goto("/tickets/new");
  await expect(
    page.getByRole("heading", { level: 1, name: "Utwórz nowe zgłoszenie" }),
  ).toBeVisible();
  const subject = `Tunel IPsec zrywa się co godzinę ${uniqueSuffix()}`;
  await page.getByLabel("Temat").fill(subject);
  await page.getByLabel("Opis").fill("Tunel do oddziału w Gdańsku rozłącza się co godzinę.");
  await page.getByRole("button", { name: "Add asset" }).click();
  const picker = page.getByRole("dialog", { name: "Add asset" });
  await picker.getByLabel("Szukaj produktów").fill("FORTINET");
  await picker.getByRole("button", { name: /^Wybierz Fortinet/ }).click();
  await expect(picker).toBeHidden();

  const info = page.getByRole("region", { name: "Additional Information" });
  await page.getByRole("button", { name: "Create" }).click();
  // what is missing is told in Polish, next to its field, and nothing typed is lost
  await expect(info.getByLabel("Wersja firmware", { exact: true })).toHaveAccessibleDescription(
    /Podaj|Wpisz/,
  );
  await expect(page.getByLabel("Temat")).toHaveValue(subject);
  await info.getByLabel("Rodzina produktów", { exact: true }).selectOption({ label: "FortiGate" });
  await info.getByLabel("Wersja firmware", { exact: true }).fill("7.4.3 build2573");
  await info.getByLabel("Tryb HA", { exact: true }).selectOption({ label: "FGCP aktywny-pasywny" });
  await info.getByLabel("Obszar problemu", { exact: true }).selectOption({ label: "routing" });
  await page.getByRole("button", { name: "Create" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText(subject);
  const shown = page.getByRole("region", { name: "Additional Information" });
  await expect(shown).toContainText("Tryb HA");
  await expect(shown).toContainText("FGCP aktywny-pasywny");
  await expect(page.getByText("Nowe", { exact: true }).first()).toBeVisible();
  const created = await openEmail(page, customer.email, /Otrzymaliśmy Twoje zgłoszenie/);
  await expect(created).toContainText("Dzień dobry, Ewa.");
});

test("a Polish engineer answers, and the Polish customer reads the answer and its email in Polish", async ({
  page,
  browser,
  signIn,
}) => {
  test.setTimeout(180_000);
  const s = uniqueSuffix();
  const customer = await createUser({ locale: "pl", firstName: "Ewa", lastName: `Nowak ${s}` });
  const engineer = await createUser({
    role: "support_engineer",
    locale: "pl",
    firstName: "Piotr",
    lastName: `Wiśniewski ${s}`,
  });
  const contract = await createContract({ activatedFor: [customer.id], vendors: ["fortinet"] });
  const ticket = await createSupportTicketRow(contract, {
    requesterId: customer.id,
    subject: `Tunel IPsec zrywa się co godzinę ${s}`,
    description: "Tunel do oddziału rozłącza się co godzinę.",
  });
  const reply = `Prosimy o wynik polecenia diagnose vpn tunnel list (${s}).`;

  await signIn(engineer);
  await page.goto(`/staff/tickets/${ticket.id}`);
  const details = page.getByRole("complementary", { name: "Szczegóły zgłoszenia" });
  await expect(details).toContainText("Język klienta");
  await expect(details).toContainText("polski");
  await details.getByRole("button", { name: "Przypisz do mnie" }).click();
  await expect(details.getByLabel("Przypisany inżynier")).toHaveValue(engineer.id);

  const form = page.getByRole("region", { name: "Odpowiedz lub dodaj notatkę wewnętrzną" });
  await form.getByLabel(`Odpowiedź dla: Ewa Nowak ${s}`).fill(reply);
  await form.getByRole("button", { name: "Wyślij odpowiedź" }).click();
  await expect(
    page.getByRole("article", { name: `Wiadomość od: Piotr Wiśniewski ${s}` }),
  ).toContainText(reply);
  await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText("Otwarte");

  const customerContext = await browser.newContext({ locale: "pl-PL" });
  await customerContext.setExtraHTTPHeaders({ "x-forwarded-for": randomIp() });
  const customerPage = await customerContext.newPage();
  await signIn(customer, customerPage);
  const email = await openEmail(customerPage, customer.email, /Nowa odpowiedź od wsparcia CLICO/);
  await expect(email).toContainText("Dzień dobry, Ewa.");
  await expect(email).toContainText(ticket.subject);
  await email.page().close();
  await customerPage.goto(`/tickets/${ticket.id}`);
  await expect(customerPage.getByText(reply)).toBeVisible();
  await customerPage.getByLabel("Twoja odpowiedź").fill("Wynik w załączniku.");
  await customerPage.getByRole("button", { name: "Wyślij odpowiedź" }).click();
  await expect(customerPage.getByText("Wynik w załączniku.")).toBeVisible();
  await customerContext.close();
});
