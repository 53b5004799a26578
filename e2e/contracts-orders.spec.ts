import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { contracts } from "@/db/schema";
import { checkContractKey } from "@/lib/contracts/check-contract-key";
import { createUser, uniqueSuffix } from "@/test/factories";
import { expect, test } from "./support/test";

const KEY_SHAPE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/;

const newOrdersTeamUser = () => createUser({ role: "orders_team" });

const findContract = async (number: string) => {
  const [row] = await db
    .select({ id: contracts.id, customerName: contracts.customerName })
    .from(contracts)
    .where(eq(sql`upper(${contracts.number})`, number.toUpperCase()));
  return row;
};

test("the orders team creates a contract, sees its key once, and a customer registers it with that key", async ({
  page,
  browser,
  signIn,
}) => {
  const s = uniqueSuffix().toUpperCase();
  const number = `CLICO/E2E/${s}`;
  await signIn(await newOrdersTeamUser());

  await page.getByRole("link", { name: "Contracts", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Contracts" })).toBeVisible();
  await page.getByRole("link", { name: "New contract" }).click();

  await page.getByLabel("Contract number").fill(number);
  await page.getByLabel("Customer name").fill(`Energa ${s} S.A.`);
  await page.getByLabel("Service level").selectOption({ label: "24x7 4h" });
  await page.getByLabel("Valid from").fill("2026-01-01");
  await page.getByLabel("Valid to").fill("2099-12-31");
  await page.getByLabel("Vendor (asset 1)").selectOption("fortinet");
  await page.getByLabel("Product / model (asset 1)").fill("FortiGate 200F");
  await page.getByLabel("Serial number (asset 1)").fill(`FG200F${s}`);
  await page.getByRole("button", { name: "Add asset" }).click();
  await page.getByLabel("Vendor (asset 2)").selectOption("f5");
  await page.getByLabel("Product / model (asset 2)").fill("BIG-IP i4600");
  await page.getByLabel("Serial number (asset 2)").fill(`FG200F${s}`);
  await page.getByRole("button", { name: "Create contract" }).click();
  await expect(page.getByLabel("Serial number (asset 2)")).toHaveAccessibleDescription(
    /already on asset 1/,
  );
  await page.getByLabel("Serial number (asset 2)").fill(`F5-${s}`);
  await page.getByRole("button", { name: "Add asset" }).click();
  await page.getByRole("button", { name: "Remove asset 3" }).click();
  await page.getByRole("button", { name: "Create contract" }).click();

  const keyText = page.getByTestId("activation-key");
  await expect(keyText).toBeVisible();
  const key = (await keyText.textContent())!.trim();
  expect(key).toMatch(KEY_SHAPE);
  await expect(page.getByRole("button", { name: "Copy key" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Print contract card" })).toBeVisible();
  await expect(checkContractKey(db, { number, key })).resolves.toBeTruthy();

  // Shown once: the page after a reload has no trace of it, nor has the contract's page.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "New contract" })).toBeVisible();
  await expect(page.getByText(key)).toHaveCount(0);
  const contract = (await findContract(number))!;
  await page.goto(`/staff/contracts/${contract.id}`);
  await expect(page.getByRole("heading", { level: 1, name: `Contract ${number}` })).toBeVisible();
  await expect(page.getByRole("cell", { name: `F5-${s}` })).toBeVisible();
  expect(await page.content()).not.toContain(key);

  // The list finds it by part of an asset's serial number.
  await page.goto("/staff/contracts");
  await page.getByLabel("Search contracts").fill(`f5-${s.toLowerCase()}`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("link", { name: number })).toBeVisible();

  // A customer registers the contract with the key as printed, typed in lower case.
  const customer = await createUser();
  const context = await browser.newContext();
  const customerPage = await context.newPage();
  await signIn(customer, customerPage);
  await customerPage.goto("/contracts");
  await customerPage.getByRole("button", { name: "Register contract" }).click();
  await customerPage.getByLabel("Contract number").fill(number);
  await customerPage.getByLabel("Contract key").fill(key.toLowerCase());
  await customerPage.getByRole("button", { name: "Apply" }).click();
  await expect(customerPage.getByText("Contract activated").first()).toBeVisible();
  await expect(customerPage.getByRole("link", { name: number })).toBeVisible();
  await context.close();
});

test("regenerating the key shows the new one once and the old one stops working", async ({
  page,
  signIn,
}) => {
  const s = uniqueSuffix().toUpperCase();
  const number = `CLICO/REGEN/${s}`;
  await signIn(await newOrdersTeamUser());
  await page.goto("/staff/contracts/new");
  await page.getByLabel("Contract number").fill(number);
  await page.getByLabel("Customer name").fill(`Regen ${s}`);
  await page.getByLabel("Service level").selectOption({ label: "8x5 NBD" });
  await page.getByLabel("Valid from").fill("2026-01-01");
  await page.getByLabel("Valid to").fill("2099-12-31");
  await page.getByLabel("Vendor (asset 1)").selectOption("paloalto");
  await page.getByLabel("Product / model (asset 1)").fill("PA-440");
  await page.getByLabel("Serial number (asset 1)").fill(`PA${s}`);
  await page.getByRole("button", { name: "Create contract" }).click();
  const oldKey = (await page.getByTestId("activation-key").textContent())!.trim();

  await page.getByRole("link", { name: "Go to the contract" }).click();
  await page.getByRole("link", { name: "Edit contract" }).click();
  await page.getByLabel("Customer name").fill(`Regen ${s} Renamed`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();
  await expect(page.getByText(`Regen ${s} Renamed`)).toBeVisible();

  await page.getByRole("button", { name: "Regenerate key" }).click();
  await page.getByRole("button", { name: "Generate new key" }).click();
  const newKey = (await page.getByTestId("activation-key").textContent())!.trim();
  expect(newKey).toMatch(KEY_SHAPE);
  expect(newKey).not.toBe(oldKey);
  await expect(checkContractKey(db, { number, key: newKey })).resolves.toBeTruthy();
  await expect(checkContractKey(db, { number, key: oldKey })).rejects.toMatchObject({
    code: "invalid",
  });
  await page.reload();
  await expect(page.getByTestId("activation-key")).toHaveCount(0);
});

test("a CSV with a bad row shows the row's error and imports nothing; a good file imports all and offers the keys once", async ({
  page,
  signIn,
}) => {
  const s = uniqueSuffix().toUpperCase();
  const header =
    "contract_number,customer_name,service_level,valid_from,valid_to,vendor,product,serial_number,description";
  const rows = [
    `IMP/${s}/1,Alpha ${s},8x5 NBD,2026-01-01,2099-12-31,fortinet,FortiGate 60F,FGT${s}1,Branch`,
    `IMP/${s}/1,Alpha ${s},8x5 NBD,2026-01-01,2099-12-31,checkpoint,Quantum 3600,CP${s}1,`,
    `IMP/${s}/2,"Beta ${s}, S.A.",24x7 4h,2026-01-01,2099-12-31,f5,BIG-IP i2600,F5${s}2,`,
  ];
  const dir = tmpdir();
  const bad = path.join(dir, `contracts-bad-${s}.csv`);
  const good = path.join(dir, `contracts-good-${s}.csv`);
  writeFileSync(
    bad,
    [header, rows[0], rows[1]!.replace("checkpoint", "nokia"), rows[2]].join("\n") + "\n",
  );
  writeFileSync(good, [header, ...rows].join("\n") + "\n");

  await signIn(await newOrdersTeamUser());
  await page.goto("/staff/contracts");
  await page.getByRole("link", { name: "Import from CSV" }).click();

  await page.getByLabel("CSV file").setInputFiles(bad);
  await expect(page.getByText("1 row(s) have errors")).toBeVisible();
  await expect(page.locator('tr[data-line="3"]')).toContainText('vendor "nokia" is not one of');
  await expect(page.locator('tr[data-line="2"]')).toContainText("New");
  await expect(page.getByRole("button", { name: "Import contracts" })).toBeDisabled();
  expect(await findContract(`IMP/${s}/1`)).toBeUndefined();

  await page.getByLabel("CSV file").setInputFiles(good);
  await expect(page.getByText("2 new contract(s)")).toBeVisible();
  await page.getByRole("button", { name: "Import contracts" }).click();
  await expect(page.getByText("2 contract(s) created")).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download keys (CSV)" }).click(),
  ]);
  const keys = parse(readFileSync((await download.path())!, "utf8"), { columns: true }) as Array<{
    contract_number: string;
    customer_name: string;
    activation_key: string;
  }>;
  expect(keys.map((k) => k.contract_number)).toEqual([`IMP/${s}/1`, `IMP/${s}/2`]);
  expect(keys[1]!.customer_name).toBe(`Beta ${s}, S.A.`);
  for (const k of keys) {
    expect(k.activation_key).toMatch(KEY_SHAPE);
    await expect(
      checkContractKey(db, { number: k.contract_number, key: k.activation_key }),
    ).resolves.toBeTruthy();
  }

  // The same file again: the contracts are updated in place and no new keys are issued.
  await page.getByRole("button", { name: "Import another file" }).click();
  await page.getByLabel("CSV file").setInputFiles(good);
  await expect(page.getByText("0 new contract(s), 2 existing")).toBeVisible();
  await page.getByRole("button", { name: "Import contracts" }).click();
  await expect(page.getByText("0 contract(s) created")).toBeVisible();
  await expect(page.getByRole("button", { name: "Download keys (CSV)" })).toHaveCount(0);
});
