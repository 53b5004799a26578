import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { assets, auditEvents, tickets } from "@/db/schema";
import { saveAttachment } from "@/lib/tickets/attachments";
import { inEnglish } from "@/lib/testing/message-text";
import {
  actorOf,
  createContract,
  createSupportTicketRow,
  createUser,
  uniqueSuffix,
} from "@/test/factories";
import { setUpUploadsDir } from "@/test/uploads";
import { readDebugFileForTicket } from "./read-for-ticket";
import { applyFromAttachment, proposeFromAttachment } from "./update-from-attachment";

setUpUploadsDir();

const STATUS = readFileSync(
  path.join(
    import.meta.dirname,
    "../vendors/extractors/samples/fortinet/fortigate-7.4-ha-vdoms.txt",
  ),
);

async function onDisk(content: Buffer | string) {
  const file = path.join(tmpdir(), `debug-test-${uniqueSuffix()}`);
  await writeFile(file, content);
  return file;
}

async function customerWithFortiGate() {
  const user = await createUser();
  const contract = await createContract({ activatedFor: [user.id], vendors: ["fortinet"] });
  const [asset] = await db.select().from(assets).where(eq(assets.contractId, contract.id));
  return { actor: actorOf(user), user, contract, asset: asset! };
}

describe("Fill in from a debug file (Create new ticket)", () => {
  it("tells the FortiGate's values and who the file is from, and that it is another device", async () => {
    const { actor, asset } = await customerWithFortiGate();
    const reading = await readDebugFileForTicket(actor, asset.id, {
      path: await onDisk(STATUS),
      name: "fw-hq-status.txt",
    });
    expect(reading).toMatchObject({
      fileName: "fw-hq-status.txt",
      values: { firmwareVersion: "7.4.3 build2573", haMode: "activePassive" },
      found: { serial: "FG200FTK21900001", hostname: "FW-HQ-01" },
      mismatch: { file: "FG200FTK21900001", asset: asset.serialNumber },
      matchingAssetId: null,
    });
  });

  it("says a file it cannot read, or one with nothing of the vendor's, next to the file", async () => {
    const { actor, asset } = await customerWithFortiGate();
    const junk = Buffer.alloc(4096, 0);
    const refused = await readDebugFileForTicket(actor, asset.id, {
      path: await onDisk(junk),
      name: "photo.png",
    }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "invalid", field: "debugFile" });
    expect(inEnglish((refused as Error).message)).toMatch(/^photo\.png .*Nothing was changed\.$/);

    const unrelated = await readDebugFileForTicket(actor, asset.id, {
      path: await onDisk("hello\nthis is not a FortiGate\n"),
      name: "notes.txt",
    }).catch((error: unknown) => error);
    expect(inEnglish((unrelated as Error).message)).toMatch(/^Nothing in notes\.txt/);
  });

  it("reads only for the customer's own asset", async () => {
    const { actor } = await customerWithFortiGate();
    const stranger = await customerWithFortiGate();
    await expect(
      readDebugFileForTicket(actor, stranger.asset.id, { path: await onDisk(STATUS), name: "x" }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("Update Additional Information from this file (staff ticket page)", () => {
  it("proposes what the file tells differently, and applies only what the engineer accepts", async () => {
    const { user, contract } = await customerWithFortiGate();
    const engineer = actorOf(await createUser({ role: "support_engineer" }));
    const ticket = await createSupportTicketRow(contract, {
      requesterId: user.id,
      vendorFields: {
        productFamily: "FortiGate",
        firmwareVersion: "7.2.0 build1157",
        haMode: "standalone",
        problemArea: "routing",
      },
    });
    const attachment = await saveAttachment(actorOf(user), {
      ticketId: ticket.id,
      fileName: "status.txt",
      contentType: "text/plain",
      stream: Readable.from([STATUS]),
    });

    const proposal = await proposeFromAttachment(engineer, ticket.id, attachment.id);
    expect(proposal.fileName).toBe("status.txt");
    expect(proposal.changes).toEqual(
      expect.arrayContaining([
        { key: "firmwareVersion", from: "7.2.0 build1157", to: "7.4.3 build2573" },
        { key: "haMode", from: "standalone", to: "activePassive" },
      ]),
    );
    expect(proposal.changes.map((change) => change.key)).not.toContain("productFamily");

    const { applied } = await applyFromAttachment(engineer, ticket.id, attachment.id, [
      "firmwareVersion",
    ]);
    expect(applied).toEqual(["firmwareVersion"]);
    const [updated] = await db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(updated!.vendorFields).toMatchObject({
      firmwareVersion: "7.4.3 build2573",
      haMode: "standalone",
      problemArea: "routing",
    });
    const events = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.targetId, ticket.id),
          eq(auditEvents.action, "ticket.additional_information_update"),
        ),
      );
    expect(events).toHaveLength(1);
    expect(events[0]!.details).toMatchObject({ fileName: "status.txt", keys: ["firmwareVersion"] });
  });

  it("is the staff's: a customer can't propose or apply", async () => {
    const { actor, user, contract } = await customerWithFortiGate();
    const ticket = await createSupportTicketRow(contract, { requesterId: user.id });
    const attachment = await saveAttachment(actor, {
      ticketId: ticket.id,
      fileName: "status.txt",
      contentType: "text/plain",
      stream: Readable.from([STATUS]),
    });
    await expect(proposeFromAttachment(actor, ticket.id, attachment.id)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      applyFromAttachment(actor, ticket.id, attachment.id, ["firmwareVersion"]),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});
