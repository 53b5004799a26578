import { readFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { assets } from "@/db/schema";
import { saveAttachment } from "@/lib/tickets/attachments";
import { actorOf, createContract, createSupportTicketRow, createUser } from "@/test/factories";
import { addAsset } from "./support/new-ticket";
import { expect, test } from "./support/test";

// Issue #16: the customer drops the FortiGate's `get system status` output on Create new
// ticket; version and HA mode are filled in and marked, the file is from another FortiGate of
// theirs, which they are told and offered, and the file is attached to the ticket.

const STATUS = readFileSync(
  path.join(process.cwd(), "lib/vendors/extractors/samples/fortinet/fortigate-7.4-ha-vdoms.txt"),
);
const FILE_SERIAL = "FG200FTK21900001";

test("a FortiGate status output fills in version and HA mode, and a file from another FortiGate is said", async ({
  page,
  signIn,
}) => {
  const customer = await createUser();
  const contract = await createContract({ activatedFor: [customer.id], vendors: ["fortinet"] });
  const [chosen] = await db.select().from(assets).where(eq(assets.contractId, contract.id));
  // the customer's other FortiGate, the one the file is from
  await db.insert(assets).values({
    contractId: contract.id,
    vendor: "fortinet",
    product: "FortiGate 200F",
    serialNumber: FILE_SERIAL,
  });
  await signIn(customer);
  await page.goto("/tickets/new");
  await page.getByLabel("Subject").fill("HA cluster fails over every night");
  await page.getByLabel("Description").fill("The secondary takes over at 02:00.");
  await addAsset(page, chosen!.serialNumber);

  const info = page.getByRole("region", { name: "Additional Information" });
  await info.getByLabel("Debug file", { exact: true }).setInputFiles({
    name: "fw-hq-status.txt",
    mimeType: "text/plain",
    buffer: STATUS,
  });
  await expect(info.getByText(/fields filled in from fw-hq-status\.txt/)).toBeVisible();
  await expect(info.getByLabel(/^Firmware version/)).toHaveValue("7.4.3 build2573");
  await expect(info.getByLabel(/^HA mode/)).toHaveValue("activePassive");
  await expect(info.getByText("from fw-hq-status.txt").first()).toBeVisible();
  await expect(
    info.getByText(`This file is from ${FILE_SERIAL}, the ticket is for ${chosen!.serialNumber}.`),
  ).toBeVisible();

  // the customer takes the matching asset; what was filled in stays
  await info.getByRole("button", { name: `Open the request for ${FILE_SERIAL} instead` }).click();
  await expect(page.getByText(`S/N ${FILE_SERIAL}`)).toBeVisible();
  await expect(info.getByLabel(/^Firmware version/)).toHaveValue("7.4.3 build2573");
  await info.getByLabel(/^Problem area/).selectOption({ index: 1 });
  await page.getByRole("button", { name: "Create" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "HA cluster fails over every night",
  );
  const shown = page.getByRole("region", { name: "Additional Information" });
  await expect(shown).toContainText("7.4.3 build2573");
  await expect(shown).toContainText("FGCP active-passive");
  await expect(page.getByRole("link", { name: /fw-hq-status\.txt/ })).toBeVisible();
});

test("a file it cannot read says so and changes nothing", async ({ page, signIn }) => {
  const customer = await createUser();
  const contract = await createContract({ activatedFor: [customer.id], vendors: ["fortinet"] });
  const [chosen] = await db.select().from(assets).where(eq(assets.contractId, contract.id));
  await signIn(customer);
  await page.goto("/tickets/new");
  await addAsset(page, chosen!.serialNumber);
  const info = page.getByRole("region", { name: "Additional Information" });
  await info.getByLabel(/^Firmware version/).fill("7.2.8 build1639");
  await info.getByLabel("Debug file", { exact: true }).setInputFiles({
    name: "photo.png",
    mimeType: "image/png",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 0, 0, 0]),
  });
  await expect(info.getByText(/^photo\.png .*Nothing was changed\.$/)).toBeVisible();
  await expect(info.getByLabel(/^Firmware version/)).toHaveValue("7.2.8 build1639");
});

test("an engineer updates Additional Information from a file attached later, accepting what they tick", async ({
  page,
  signIn,
}) => {
  const customer = await createUser();
  const engineer = await createUser({ role: "support_engineer" });
  const contract = await createContract({ activatedFor: [customer.id], vendors: ["fortinet"] });
  const ticket = await createSupportTicketRow(contract, {
    requesterId: customer.id,
    subject: "Tunnel drops after the upgrade",
    vendorFields: {
      productFamily: "FortiGate",
      firmwareVersion: "7.2.0 build1157",
      haMode: "standalone",
      problemArea: "routing",
    },
  });
  await saveAttachment(actorOf(customer), {
    ticketId: ticket.id,
    fileName: "status-after-upgrade.txt",
    contentType: "text/plain",
    stream: Readable.from([STATUS]),
  });
  await signIn(engineer);
  await page.goto(`/staff/tickets/${ticket.id}`);
  const update = page.getByRole("region", { name: "Update Additional Information from this file" });
  await update.getByLabel("File").selectOption({ label: "status-after-upgrade.txt" });
  await update.getByRole("button", { name: "Read the file" }).click();
  const changes = update.getByRole("table", { name: /status-after-upgrade\.txt/ });
  await expect(changes.getByRole("row", { name: /Firmware version/ })).toContainText(
    "7.2.0 build1157",
  );
  await expect(changes.getByRole("row", { name: /Firmware version/ })).toContainText(
    "7.4.3 build2573",
  );
  await expect(changes.getByRole("row", { name: /HA mode/ })).toContainText("FGCP active-passive");
  // the engineer keeps the ticket's HA mode: only the version is accepted
  await changes.getByLabel("Accept the file's HA mode").uncheck();
  await update.getByRole("button", { name: "Accept the ticked changes" }).click();
  await expect(
    update.getByText(/Updated from status-after-upgrade\.txt: Firmware version/),
  ).toBeVisible();
  const info = page.getByRole("region", { name: "Additional Information", exact: true });
  await expect(info).toContainText("7.4.3 build2573");
  await expect(info).not.toContainText("FGCP active-passive");
});
