import { and, count, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { attachments, uploadUsage } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { PORTAL_TIME_ZONE } from "@/lib/format";
import { formatFileSize } from "@/lib/file-size";
import { msg } from "@/lib/i18n/message";

export const DEFAULT_DAILY_UPLOAD_BYTES = 5 * 1024 ** 3;
export const DEFAULT_FILES_PER_TICKET = 20;
/** Customers are in Poland: "today" ends at midnight there. */

type Env = Record<string, string | undefined>;
type Executor = Pick<typeof db, "select">;

/** A positive whole-number setting, or `fallback` when unset; anything else fails loudly. */
export function wholeNumberSetting(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number.`);
  }
  return value;
}

export type UploadLimits = { bytesPerDay: number; filesPerTicket: number };

/** Per user: `UPLOAD_MAX_BYTES_PER_DAY` (5 GB) and `ATTACHMENT_MAX_FILES_PER_TICKET` (20). */
export function uploadLimits(env: Env = process.env): UploadLimits {
  return {
    bytesPerDay: wholeNumberSetting(env, "UPLOAD_MAX_BYTES_PER_DAY", DEFAULT_DAILY_UPLOAD_BYTES),
    filesPerTicket: wholeNumberSetting(
      env,
      "ATTACHMENT_MAX_FILES_PER_TICKET",
      DEFAULT_FILES_PER_TICKET,
    ),
  };
}

export const dailyLimitReached = (bytesPerDay: number) =>
  new DomainError("rate_limited", {
    field: "file",
    reason: "daily_quota",
    message: msg("errors.tickets.files.dailyLimit", { limit: formatFileSize(bytesPerDay) }),
  });

/**
 * Refuses a file once the uploader has `limit` files on the ticket. Exact under concurrency
 * only inside a transaction that holds the ticket's row lock.
 */
export async function assertRoomForFile(
  executor: Executor,
  { ticketId, uploaderId, limit }: { ticketId: string; uploaderId: string; limit: number },
) {
  const [row] = await executor
    .select({ files: count() })
    .from(attachments)
    .where(and(eq(attachments.ticketId, ticketId), eq(attachments.uploaderId, uploaderId)));
  if ((row?.files ?? 0) >= limit) {
    throw new DomainError("invalid", {
      field: "file",
      reason: "too_many_files",
      message: msg("errors.tickets.files.tooMany", { limit }),
    });
  }
}

export type UploadReservation = { userId: string; day: string; bytes: number };

/**
 * Takes up to `wanted` bytes of the user's quota for today before a file streams, so parallel
 * uploads can never store more than the quota together; `bytes` is 0 when none is left. The
 * upload then returns what it did not use with `releaseUploadBytes`.
 */
export async function reserveUploadBytes(
  userId: string,
  wanted: number,
  bytesPerDay: number,
): Promise<UploadReservation> {
  return db.transaction(async (tx) => {
    // The no-op update locks the user's row for today, so the read and the add are one step.
    const [usage] = await tx
      .insert(uploadUsage)
      .values({ userId, day: sql`(now() at time zone ${PORTAL_TIME_ZONE})::date`, bytes: 0 })
      .onConflictDoUpdate({
        target: [uploadUsage.userId, uploadUsage.day],
        set: { bytes: sql`${uploadUsage.bytes}` },
      })
      .returning({ day: uploadUsage.day, bytes: uploadUsage.bytes });
    const bytes = Math.max(0, Math.min(wanted, bytesPerDay - usage!.bytes));
    if (bytes > 0) {
      await tx
        .update(uploadUsage)
        .set({ bytes: sql`${uploadUsage.bytes} + ${bytes}` })
        .where(and(eq(uploadUsage.userId, userId), eq(uploadUsage.day, usage!.day)));
    }
    return { userId, day: usage!.day, bytes };
  });
}

/** Gives back `bytes` of a reservation (all of it when the upload failed). */
export async function releaseUploadBytes(reservation: UploadReservation, bytes: number) {
  if (bytes <= 0) return;
  await db
    .update(uploadUsage)
    .set({ bytes: sql`greatest(${uploadUsage.bytes} - ${bytes}, 0)` })
    .where(and(eq(uploadUsage.userId, reservation.userId), eq(uploadUsage.day, reservation.day)));
}
