import type { Readable } from "node:stream";
import { and, eq, isNull, or } from "drizzle-orm";
import { db } from "@/db/client";
import { attachments, ticketMessages, tickets } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import type { RequestContext } from "@/lib/http/request-context";
import { logger } from "@/lib/logger";
import {
  getStorage,
  newStorageKey,
  StorageLimitError,
  StorageNotFoundError,
  type ByteRange,
} from "@/lib/storage";
import { getVisibleTicket } from "./get-ticket";
import { assertTicketPermission, isCustomer, ticketScope, ticketVisibility } from "./policy";
import {
  assertRoomForFile,
  dailyLimitReached,
  releaseUploadBytes,
  reserveUploadBytes,
  uploadLimits,
  wholeNumberSetting,
  type UploadReservation,
} from "./upload-limits";
import { formatFileSize } from "@/lib/file-size";
import { msg } from "@/lib/i18n/message";

export const DEFAULT_ATTACHMENT_MAX_BYTES = 1_073_741_824;
const MAX_FILE_NAME_LENGTH = 200;

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** The largest file one may attach, from `ATTACHMENT_MAX_BYTES` (default 1 GiB). */
export function attachmentLimitBytes(
  env: Record<string, string | undefined> = process.env,
): number {
  return wholeNumberSetting(env, "ATTACHMENT_MAX_BYTES", DEFAULT_ATTACHMENT_MAX_BYTES);
}

/**
 * A file name safe to store and show: the last path segment only (some clients send
 * `C:\Users\…\qkview.tgz`), without control or bidirectional-override characters (which can
 * disguise `gpj.exe` as `exe.jpg`), at most 200 characters with the extension kept.
 */
export function sanitizeFileName(name: string): string {
  const base = (name.split(/[/\\]/).pop() ?? "")
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .trim();
  if (!base || base === "." || base === "..") return "attachment";
  const chars = Array.from(base);
  if (chars.length <= MAX_FILE_NAME_LENGTH) return base;
  const dot = base.lastIndexOf(".");
  const extension = dot > 0 ? Array.from(base.slice(dot)) : [];
  const keep = extension.length <= 20 ? extension : [];
  return chars.slice(0, MAX_FILE_NAME_LENGTH - keep.length).join("") + keep.join("");
}

/** A `type/subtype` as sent by the client, or `application/octet-stream` for anything odd. */
export function normalizeContentType(value: string | undefined): string {
  const type = (value ?? "").split(";")[0]!.trim().toLowerCase();
  return type.length <= 100 && /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type)
    ? type
    : "application/octet-stream";
}

export type SaveAttachmentInput = {
  ticketId: string;
  /** The message the file belongs to; omitted for a file on the ticket itself. */
  messageId?: string;
  fileName: string;
  contentType: string;
  stream: Readable;
};

/**
 * Streams one file into storage and records it on the ticket. Customers need the right to
 * reply (and may attach only to their own messages), staff the right to reply or write
 * internal notes. Takes ownership of `stream`: it is consumed, or destroyed on any failure.
 * A file past `ATTACHMENT_MAX_BYTES` fails with `invalid` (field "file", reason "too_large"),
 * one past the uploader's files on the ticket with reason "too_many_files", one past their
 * daily bytes with `rate_limited` (reason "daily_quota"); the stream stops at the limit and
 * none leaves a stored file or a row.
 */
export async function saveAttachment(
  actor: Actor,
  input: SaveAttachmentInput,
  context: RequestContext = { ip: null, userAgent: null },
) {
  const limits = uploadLimits();
  const maxBytes = attachmentLimitBytes();
  let ticket: Awaited<ReturnType<typeof getVisibleTicket>>;
  let reservation: UploadReservation;
  try {
    ticket = await checkCanAttach(actor, input);
    const room = { ticketId: ticket.id, uploaderId: actor.id, limit: limits.filesPerTicket };
    await assertRoomForFile(db, room);
    reservation = await reserveUploadBytes(actor.id, maxBytes, limits.bytesPerDay);
    if (reservation.bytes === 0) throw dailyLimitReached(limits.bytesPerDay);
  } catch (error) {
    input.stream.destroy();
    throw error;
  }

  const storage = getStorage();
  const storageKey = newStorageKey();
  let stored: { sizeBytes: number; sha256: string };
  try {
    stored = await storage.put(storageKey, input.stream, { maxBytes: reservation.bytes });
  } catch (error) {
    await giveBack(reservation, reservation.bytes);
    if (error instanceof StorageLimitError) {
      if (reservation.bytes < maxBytes) throw dailyLimitReached(limits.bytesPerDay);
      throw new DomainError("invalid", {
        field: "file",
        reason: "too_large",
        message: msg("errors.tickets.files.tooLarge", { limit: formatFileSize(maxBytes) }),
      });
    }
    throw error;
  }
  await giveBack(reservation, reservation.bytes - stored.sizeBytes);

  const fileName = sanitizeFileName(input.fileName);
  try {
    return await db.transaction(async (tx) => {
      // Locks the ticket row first: parallel uploads to it count their files one at a time.
      await tx.update(tickets).set({ updatedAt: new Date() }).where(eq(tickets.id, ticket.id));
      await assertRoomForFile(tx, {
        ticketId: ticket.id,
        uploaderId: actor.id,
        limit: limits.filesPerTicket,
      });
      const [row] = await tx
        .insert(attachments)
        .values({
          ticketId: ticket.id,
          messageId: input.messageId ?? null,
          uploaderId: actor.id,
          fileName,
          contentType: normalizeContentType(input.contentType),
          sizeBytes: stored.sizeBytes,
          storageKey,
          sha256: stored.sha256,
        })
        .returning({
          id: attachments.id,
          ticketId: attachments.ticketId,
          messageId: attachments.messageId,
          fileName: attachments.fileName,
          contentType: attachments.contentType,
          sizeBytes: attachments.sizeBytes,
          sha256: attachments.sha256,
          createdAt: attachments.createdAt,
        });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "ticket.attachment_added",
        targetType: "ticket",
        targetId: ticket.id,
        details: {
          attachmentId: row!.id,
          messageId: row!.messageId,
          fileName,
          sizeBytes: stored.sizeBytes,
          sha256: stored.sha256,
        },
        ...context,
      });
      return row!;
    });
  } catch (error) {
    // No row, no file: an orphan in storage would be unreachable and never cleaned up.
    await storage.delete(storageKey).catch((cleanupError: unknown) => {
      logger.error({ err: cleanupError, storageKey }, "could not remove an unrecorded upload");
    });
    await giveBack(reservation, stored.sizeBytes);
    throw error;
  }
}

// A quota left counting bytes it should not only errs on the strict side: log, never mask.
const giveBack = (reservation: UploadReservation, bytes: number) =>
  releaseUploadBytes(reservation, bytes).catch((error: unknown) => {
    logger.error({ err: error, userId: reservation.userId }, "could not release upload quota");
  });

async function checkCanAttach(actor: Actor, input: SaveAttachmentInput) {
  const mayNote = Boolean(ticketScope(actor, "internal_note"));
  if (!mayNote) assertTicketPermission(actor, "reply");
  const ticket = await getVisibleTicket(actor, input.ticketId);
  if (isCustomer(actor) && ticket.status === "closed") {
    throw new DomainError("invalid", {
      field: "file",
      message: msg("errors.tickets.files.ticketClosed"),
    });
  }
  if (input.messageId !== undefined) {
    const notFound = new DomainError("not_found", {
      field: "messageId",
      message: msg("errors.tickets.files.messageNotFound"),
    });
    if (!isUuid(input.messageId)) throw notFound;
    const [message] = await db
      .select({ authorId: ticketMessages.authorId, internal: ticketMessages.internal })
      .from(ticketMessages)
      .where(and(eq(ticketMessages.id, input.messageId), eq(ticketMessages.ticketId, ticket.id)))
      .limit(1);
    if (!message) throw notFound;
    // A customer never learns an internal note exists, and does not add to others' words.
    if (isCustomer(actor) && (message.internal || message.authorId !== actor.id)) throw notFound;
    if (message.internal && !mayNote) assertTicketPermission(actor, "internal_note");
  }
  return ticket;
}

/**
 * A stored file for download: its record, and `read` to stream its bytes (all, or a range
 * inside `sizeBytes`). The actor must be able to read its ticket, and a customer never gets a
 * file of an internal note: both answer `not_found`, as for a made-up id. The caller must
 * consume or destroy the stream `read` gives.
 */
export async function openAttachment(actor: Actor, attachmentId: string) {
  assertTicketPermission(actor, "read");
  const notFound = () =>
    new DomainError("not_found", { message: msg("errors.tickets.files.notFound") });
  if (!isUuid(attachmentId)) throw notFound();
  const [row] = await db
    .select({
      fileName: attachments.fileName,
      contentType: attachments.contentType,
      sizeBytes: attachments.sizeBytes,
      sha256: attachments.sha256,
      storageKey: attachments.storageKey,
    })
    .from(attachments)
    .innerJoin(tickets, eq(tickets.id, attachments.ticketId))
    .leftJoin(ticketMessages, eq(ticketMessages.id, attachments.messageId))
    .where(
      and(
        eq(attachments.id, attachmentId),
        ticketVisibility(actor, "read"),
        isCustomer(actor)
          ? or(isNull(attachments.messageId), eq(ticketMessages.internal, false))
          : undefined,
      ),
    )
    .limit(1);
  if (!row) throw notFound();

  const { storageKey, ...file } = row;
  return {
    ...file,
    async read(range?: ByteRange): Promise<Readable> {
      try {
        return (await getStorage().get(storageKey, range)).stream;
      } catch (error) {
        if (error instanceof StorageNotFoundError) {
          logger.error({ attachmentId }, "attachment row without its stored file");
          throw notFound();
        }
        throw error;
      }
    },
  };
}
