import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { attachments, tickets } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import type { RequestContext } from "@/lib/http/request-context";
import { msg } from "@/lib/i18n/message";
import { openAttachment } from "@/lib/tickets/attachments";
import { getVisibleTicket } from "@/lib/tickets/get-ticket";
import { lockTicket } from "@/lib/tickets/lock-ticket";
import { assertTicketPermission } from "@/lib/tickets/policy";
import { getVendorVersion } from "@/lib/vendors";
import { extractOrRefuse } from "./extract-or-refuse";
import { withTempCopy } from "./temp-copy";
import type { Extraction } from "./types";

type Value = Extraction["values"][string];

/** One Additional Information value the file tells differently from the ticket. */
export type ProposedChange = { key: string; from: unknown; to: Value };

export type Proposal = { attachmentId: string; fileName: string; changes: ProposedChange[] };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** A support ticket the engineer works, and a file attached to it. */
async function ticketAndFile(actor: Actor, ticketId: string, attachmentId: string) {
  assertTicketPermission(actor, "queue");
  const ticket = await getVisibleTicket(actor, ticketId);
  if (!ticket.vendor || !ticket.vendorSchemaVersion)
    throw new DomainError("invalid", { message: msg("errors.debugFiles.noAdditionalInformation") });
  const [row] = await db
    .select({ id: attachments.id })
    .from(attachments)
    .where(and(eq(attachments.id, attachmentId), eq(attachments.ticketId, ticket.id)))
    .limit(1);
  if (!row) throw new DomainError("not_found", { message: msg("errors.tickets.files.notFound") });
  return { ticket, file: await openAttachment(actor, attachmentId) };
}

/** What the attached file tells, read from a copy in the temp folder (the reader's limits hold). */
async function readAttached(file: Awaited<ReturnType<typeof openAttachment>>, vendor: string) {
  return withTempCopy(await file.read(), file.sizeBytes, (copy) =>
    extractOrRefuse({ path: copy, name: file.fileName }, vendor),
  );
}

/** The changes the file proposes: its values for the ticket's fields that differ from theirs. */
function changesFor(
  ticket: {
    vendor: string | null;
    vendorSchemaVersion: number | null;
    vendorFields: Record<string, unknown> | null;
  },
  extraction: Extraction,
): ProposedChange[] {
  const { fields } = getVendorVersion(ticket.vendor!, ticket.vendorSchemaVersion!);
  const current = ticket.vendorFields ?? {};
  return fields
    .filter((field) => field.key in extraction.values)
    .map((field) => ({
      key: field.key,
      from: current[field.key],
      to: extraction.values[field.key]!,
    }))
    .filter((change) => !same(change.from, change.to));
}

/**
 * "Update Additional Information from this file" on the staff ticket page: the values the
 * attached debug file tells that differ from the ticket's, to accept one by one. Reads only.
 */
export async function proposeFromAttachment(
  actor: Actor,
  ticketId: string,
  attachmentId: string,
): Promise<Proposal> {
  const { ticket, file } = await ticketAndFile(actor, ticketId, attachmentId);
  return {
    attachmentId,
    fileName: file.fileName,
    changes: changesFor(ticket, await readAttached(file, ticket.vendor!)),
  };
}

/**
 * Accepts the changes of `keys`: the file is read again (what the browser sent back is not
 * trusted), the accepted values must pass the ticket's registry version, and the update is
 * audited with the file and the keys. Answers the keys changed.
 */
export async function applyFromAttachment(
  actor: Actor,
  ticketId: string,
  attachmentId: string,
  keys: readonly string[],
  context: Partial<RequestContext> = {},
): Promise<{ fileName: string; applied: string[] }> {
  const { ticket, file } = await ticketAndFile(actor, ticketId, attachmentId);
  const extraction = await readAttached(file, ticket.vendor!);
  return db.transaction(async (tx) => {
    const locked = await lockTicket(tx, ticket.id);
    const accepted = changesFor(locked, extraction).filter((change) => keys.includes(change.key));
    if (!accepted.length) return { fileName: file.fileName, applied: [] };
    const next = { ...(locked.vendorFields ?? {}) };
    for (const change of accepted) next[change.key] = change.to;
    const checked = getVendorVersion(locked.vendor!, locked.vendorSchemaVersion!).schema.safeParse(
      next,
    );
    if (!checked.success)
      throw new DomainError("invalid", {
        message: msg("errors.debugFiles.notValid", { name: file.fileName }),
      });
    await tx
      .update(tickets)
      .set({ vendorFields: checked.data as Record<string, unknown>, updatedAt: new Date() })
      .where(eq(tickets.id, locked.id));
    const applied = accepted.map((change) => change.key);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "ticket.additional_information_update",
      targetType: "ticket",
      targetId: locked.id,
      ip: context.ip,
      userAgent: context.userAgent,
      details: { attachmentId, fileName: file.fileName, keys: applied },
    });
    return { fileName: file.fileName, applied };
  });
}
