import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { attachments, auditEvents, ticketMessages } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import { getStorage } from "@/lib/storage";
import { attachmentsOf, createActor, createContract, createTicketRow } from "@/test/factories";
import { outcome } from "@/test/outcome";
import { setUpUploadsDir } from "@/test/uploads";
import {
  attachmentLimitBytes,
  normalizeContentType,
  openAttachment,
  sanitizeFileName,
  saveAttachment,
} from "./attachments";
import { getTicket } from "./get-ticket";
import { uploadLimits } from "./upload-limits";
import { formatFileSize } from "@/lib/file-size";
import { readsInEnglish } from "@/lib/testing/message-text";

const storedFiles = setUpUploadsDir();

/** A support ticket on a contract shared by two colleagues. */
async function sharedTicket() {
  const [requester, colleague] = [await createActor(), await createActor()];
  const contract = await createContract({ activatedFor: [requester.id, colleague.id] });
  const [asset] = await db.query.assets.findMany({
    where: (table, { eq: equals }) => equals(table.contractId, contract.id),
    limit: 1,
  });
  const ticket = await createTicketRow({
    requesterId: requester.id,
    type: "support",
    assetId: asset!.id,
    contractId: contract.id,
    vendor: asset!.vendor,
  });
  return { requester, colleague, ticket };
}

const upload = (
  actor: Actor,
  ticketId: string,
  body: string | Buffer,
  extra: { messageId?: string; fileName?: string } = {},
) =>
  saveAttachment(actor, {
    ticketId,
    fileName: extra.fileName ?? "qkview-2026.tgz",
    contentType: "application/gzip",
    messageId: extra.messageId,
    stream: Readable.from([body]),
  });

/** A file of `chunks` KB that counts how much of it was read. */
function meteredFile(chunks: number) {
  const metered = { read: 0, stream: Readable.from([]) };
  metered.stream = Readable.from(
    (function* () {
      for (let index = 0; index < chunks; index += 1) {
        metered.read += 1024;
        yield Buffer.alloc(1024, 120);
      }
    })(),
  );
  return metered;
}

describe("attachments", () => {
  it("lets a customer upload to their ticket and download it again", async () => {
    const { requester, ticket } = await sharedTicket();
    const body = "diagnose debug application ike -1\n".repeat(500);
    const saved = await upload(requester, ticket.id, body);
    expect(saved).toMatchObject({
      ticketId: ticket.id,
      fileName: "qkview-2026.tgz",
      contentType: "application/gzip",
      sizeBytes: Buffer.byteLength(body),
      sha256: createHash("sha256").update(body).digest("hex"),
    });

    const opened = await openAttachment(requester, saved.id);
    expect(opened).toMatchObject({ fileName: "qkview-2026.tgz", sizeBytes: saved.sizeBytes });
    expect(await text(await opened.read())).toBe(body);

    const [event] = await db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, "ticket.attachment_added"), eq(auditEvents.targetId, ticket.id)),
      );
    expect(event).toMatchObject({ actorId: requester.id });
    expect(event!.details).toMatchObject({ attachmentId: saved.id, sizeBytes: saved.sizeBytes });
  });

  it("reads a byte range, and answers not_found for a record whose stored file is gone", async () => {
    const { requester, ticket } = await sharedTicket();
    const saved = await upload(requester, ticket.id, "0123456789");
    const opened = await openAttachment(requester, saved.id);
    expect(await text(await opened.read({ start: 2, end: 5 }))).toBe("2345");

    const [row] = await db
      .select({ storageKey: attachments.storageKey })
      .from(attachments)
      .where(eq(attachments.id, saved.id));
    await getStorage().delete(row!.storageKey);
    expect(await outcome(async () => (await openAttachment(requester, saved.id)).read())).toBe(
      "not_found",
    );
  });

  it("lets a colleague on the same contract download, and nobody else", async () => {
    const { requester, colleague, ticket } = await sharedTicket();
    const saved = await upload(requester, ticket.id, "cpinfo output");
    expect(await text(await (await openAttachment(colleague, saved.id)).read())).toBe(
      "cpinfo output",
    );

    const stranger = await createActor();
    expect(await outcome(() => openAttachment(stranger, saved.id))).toBe("not_found");
    expect(await outcome(() => upload(stranger, ticket.id, "x"))).toBe("not_found");
    expect(await outcome(() => openAttachment(stranger, "not-a-uuid"))).toBe("not_found");

    // staff read every ticket
    const engineer = await createActor({ role: "support_engineer" });
    expect(await text(await (await openAttachment(engineer, saved.id)).read())).toBe(
      "cpinfo output",
    );
  });

  it("keeps files of internal notes from customers on every path", async () => {
    const { requester, ticket } = await sharedTicket();
    const engineer = await createActor({ role: "support_engineer" });
    const [note] = await db
      .insert(ticketMessages)
      .values({
        ticketId: ticket.id,
        authorId: engineer.id,
        body: "Looks like a known bug.",
        internal: true,
      })
      .returning();
    const saved = await upload(engineer, ticket.id, "internal analysis", { messageId: note!.id });

    expect(await outcome(() => openAttachment(requester, saved.id))).toBe("not_found");
    expect((await getTicket(requester, ticket.id)).attachments).toEqual([]);
    expect((await getTicket(engineer, ticket.id)).attachments.map((file) => file.id)).toEqual([
      saved.id,
    ]);
    expect(await text(await (await openAttachment(engineer, saved.id)).read())).toBe(
      "internal analysis",
    );

    // nor may a customer attach to the note (or to anyone else's message), or to another ticket's
    expect(await outcome(() => upload(requester, ticket.id, "x", { messageId: note!.id }))).toBe(
      "not_found",
    );
    const other = await sharedTicket();
    expect(
      await outcome(() => upload(other.requester, other.ticket.id, "x", { messageId: note!.id })),
    ).toBe("not_found");
  });

  it("attaches a customer's file to their own reply", async () => {
    const { requester, ticket } = await sharedTicket();
    const [reply] = await db
      .insert(ticketMessages)
      .values({ ticketId: ticket.id, authorId: requester.id, body: "Debug file attached." })
      .returning();
    const saved = await upload(requester, ticket.id, "log", { messageId: reply!.id });
    expect(saved.messageId).toBe(reply!.id);
    expect(await text(await (await openAttachment(requester, saved.id)).read())).toBe("log");
  });

  it("aborts a file over the limit, leaving no stored file and no row", async () => {
    const { requester, ticket } = await sharedTicket();
    vi.stubEnv("ATTACHMENT_MAX_BYTES", "1024");
    const before = await storedFiles();
    const error = await upload(requester, ticket.id, Buffer.alloc(5000)).catch((caught) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: "invalid",
      field: "file",
      reason: "too_large",
      message: readsInEnglish("The file is larger than the limit of 1 KB."),
    });
    expect(await storedFiles()).toEqual(before);
    expect(await db.select().from(attachments).where(eq(attachments.ticketId, ticket.id))).toEqual(
      [],
    );
  });

  it("refuses a file past the uploader's files on a ticket without reading it, also in parallel", async () => {
    const { requester, colleague, ticket } = await sharedTicket();
    vi.stubEnv("ATTACHMENT_MAX_FILES_PER_TICKET", "2");
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, index) => upload(requester, ticket.id, `log ${index}`)),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(2);
    for (const result of results.filter((result) => result.status === "rejected")) {
      expect(result.reason).toMatchObject({
        code: "invalid",
        field: "file",
        reason: "too_many_files",
        message: readsInEnglish("You can attach up to 2 files to a ticket."),
      });
    }
    expect(await attachmentsOf(ticket.id)).toHaveLength(2);

    const before = await storedFiles();
    const file = meteredFile(100);
    const error = await saveAttachment(requester, {
      ticketId: ticket.id,
      fileName: "third.log",
      contentType: "text/plain",
      stream: file.stream,
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ reason: "too_many_files" });
    expect(file.read).toBe(0);
    expect(file.stream.destroyed).toBe(true);
    expect(await storedFiles()).toEqual(before);

    // the limit is each uploader's: a colleague still has room
    expect((await upload(colleague, ticket.id, "colleague's log")).ticketId).toBe(ticket.id);
  });

  it("stops a file at the daily upload limit, stores nothing of it, and holds in parallel", async () => {
    const { requester, ticket } = await sharedTicket();
    const second = await createTicketRow({ requesterId: requester.id });
    vi.stubEnv("UPLOAD_MAX_BYTES_PER_DAY", "10240");
    const dailyLimit = {
      code: "rate_limited",
      field: "file",
      reason: "daily_quota",
      message: readsInEnglish("Daily upload limit of 10 KB reached; try again tomorrow."),
    };
    await upload(requester, ticket.id, Buffer.alloc(6000));

    const before = await storedFiles();
    const big = meteredFile(1024);
    const error = await saveAttachment(requester, {
      ticketId: ticket.id,
      fileName: "cpinfo.out",
      contentType: "application/octet-stream",
      stream: big.stream,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject(dailyLimit);
    expect(big.read).toBeLessThan(64 * 1024); // stopped near the 4 KB left, not read to the end
    expect(await storedFiles()).toEqual(before);
    expect(await attachmentsOf(ticket.id)).toHaveLength(1);

    // what is left still fits; once all is used, a file is refused before it is read
    await upload(requester, second.id, Buffer.alloc(4240));
    const next = meteredFile(1);
    const refused = await saveAttachment(requester, {
      ticketId: ticket.id,
      fileName: "one-more.log",
      contentType: "text/plain",
      stream: next.stream,
    }).catch((caught: unknown) => caught);
    expect(refused).toMatchObject(dailyLimit);
    expect(next.read).toBe(0);

    // parallel uploads share one quota: together they never store more than it (each holds
    // at most the largest file allowed while it streams)
    vi.stubEnv("ATTACHMENT_MAX_BYTES", "3000");
    const busy = await sharedTicket();
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => upload(busy.requester, busy.ticket.id, Buffer.alloc(3000))),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(3);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({
      reason: dailyLimit,
    });
    expect(await attachmentsOf(busy.ticket.id)).toHaveLength(3);
  });

  it("has per-user upload limits of 5 GB a day and 20 files a ticket unless configured", () => {
    expect(uploadLimits({})).toEqual({ bytesPerDay: 5 * 1024 ** 3, filesPerTicket: 20 });
    expect(formatFileSize(uploadLimits({}).bytesPerDay)).toBe("5 GB");
    expect(() => uploadLimits({ UPLOAD_MAX_BYTES_PER_DAY: "5GB" })).toThrow(
      "UPLOAD_MAX_BYTES_PER_DAY",
    );
    expect(() => uploadLimits({ ATTACHMENT_MAX_FILES_PER_TICKET: "0" })).toThrow(
      "ATTACHMENT_MAX_FILES_PER_TICKET",
    );
  });

  it("says the default limit in words", () => {
    expect(attachmentLimitBytes({})).toBe(1_073_741_824);
    expect(formatFileSize(attachmentLimitBytes({}))).toBe("1 GB");
    expect(formatFileSize(432_537_600)).toBe("412.5 MB");
    expect(formatFileSize(512)).toBe("512 B");
    expect(() => attachmentLimitBytes({ ATTACHMENT_MAX_BYTES: "1GB" })).toThrow(
      "ATTACHMENT_MAX_BYTES",
    );
  });

  it("forbids the orders team, which has no business with tickets", async () => {
    const { requester, ticket } = await sharedTicket();
    const saved = await upload(requester, ticket.id, "x");
    const ordersTeam = await createActor({ role: "orders_team" });
    expect(await outcome(() => upload(ordersTeam, ticket.id, "x"))).toBe("forbidden");
    expect(await outcome(() => openAttachment(ordersTeam, saved.id))).toBe("forbidden");
  });

  it("refuses customers' files on a closed ticket", async () => {
    const requester = await createActor();
    const ticket = await createTicketRow({ requesterId: requester.id, status: "closed" });
    const error = await upload(requester, ticket.id, "x").catch((caught) => caught);
    expect(error).toMatchObject({ code: "invalid", field: "file" });
  });

  it("stores a safe file name and content type", () => {
    expect(sanitizeFileName("C:\\Users\\admin\\Desktop\\cpinfo.out")).toBe("cpinfo.out");
    expect(sanitizeFileName("../../etc/passwd")).toBe("passwd");
    expect(sanitizeFileName("report\u202Egpj.exe")).toBe("reportgpj.exe");
    expect(sanitizeFileName("a\u0000b\nc.txt")).toBe("abc.txt");
    expect(sanitizeFileName("..")).toBe("attachment");
    expect(sanitizeFileName("")).toBe("attachment");
    const long = sanitizeFileName(`${"x".repeat(300)}.qkview`);
    expect(long).toHaveLength(200);
    expect(long.endsWith(".qkview")).toBe(true);
    expect(normalizeContentType("Text/Plain; charset=utf-8")).toBe("text/plain");
    expect(normalizeContentType("<script>")).toBe("application/octet-stream");
    expect(normalizeContentType(undefined)).toBe("application/octet-stream");
  });
});
