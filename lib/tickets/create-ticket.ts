import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { ticketFollowers, tickets, users, type ServiceLevel } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { notifyStaff } from "@/lib/notifications/notify-staff";
import type { Actor } from "@/lib/auth/actor";
import { DomainError, violatedUniqueIndex } from "@/lib/errors";
import type { RequestContext } from "@/lib/http/request-context";
import { computeDueTimes } from "@/lib/sla/due-times";
import { validateVendorFields } from "@/lib/vendors";
import { assertTicketPermission } from "./policy";
import type { CreateTicketInput } from "./schemas";
import { findSelectableAsset } from "./selectable-assets";
import { sendTicketCreatedEmail } from "./ticket-emails";
import { isoDay } from "@/lib/format";
import { dayValue, msg } from "@/lib/i18n/message";

type SupportFields = {
  assetId: string;
  contractId: string;
  vendor: string;
  vendorFields: Record<string, unknown>;
  vendorSchemaVersion: number;
};

/**
 * "Create": an administrative request, or — with an asset covered by one of the customer's
 * active contracts — a support request whose Additional Information is validated against the
 * asset's vendor in the registry (the version used is stored with it).
 *
 * Idempotent per requester and `idempotencyKey`: a repeat, even a concurrent one, returns the
 * first ticket and sends no second email.
 */
export async function createTicket(
  actor: Actor,
  input: CreateTicketInput,
  context: RequestContext,
) {
  assertTicketPermission(actor, "create");
  const earlier = await findByIdempotencyKey(actor, input.idempotencyKey);
  if (earlier) return earlier;
  let serviceLevel: ServiceLevel | null = null;
  let support: SupportFields | null = null;

  if (input.assetId) {
    const found = await findSelectableAsset(actor, input.assetId);
    if (!found) {
      throw new DomainError("invalid", {
        field: "assetId",
        message: msg("errors.tickets.chooseCoveredProduct"),
      });
    }
    const today = isoDay();
    if (found.contract.validTo < today) {
      throw new DomainError("invalid", {
        field: "assetId",
        message: msg("errors.tickets.contractExpired", {
          number: found.contract.number,
          day: dayValue(found.contract.validTo),
        }),
      });
    }
    const vendor = validateVendorFields(found.asset.vendor, input.vendorFields);
    if (!vendor.ok) {
      const fieldErrors = Object.fromEntries(
        Object.entries(vendor.fieldErrors).map(([key, messages]) => [
          `vendorFields.${key}`,
          messages,
        ]),
      );
      throw new DomainError("invalid", {
        message: msg("errors.tickets.completeAdditionalInformation"),
        fieldErrors,
      });
    }
    serviceLevel = found.contract.serviceLevel;
    support = {
      assetId: found.asset.id,
      contractId: found.contract.id,
      // the registry's id: an unknown vendor is stored as "other", whose fields it was checked against
      vendor: vendor.vendorId,
      vendorFields: vendor.values,
      vendorSchemaVersion: vendor.version,
    };
  }

  // Administrative tickets (serviceLevel null) are held to the 8x5 NBD targets.
  const createdAt = new Date();
  const dueTimes = computeDueTimes({ serviceLevel, priority: input.priority, from: createdAt });
  try {
    return await insertTicket(actor, input, { support, dueTimes, createdAt }, context);
  } catch (error) {
    // a concurrent twin committed first: answer with its ticket
    if (violatedUniqueIndex(error) !== "tickets_requester_idempotency_key") throw error;
    const twin = await findByIdempotencyKey(actor, input.idempotencyKey);
    if (!twin) throw error;
    return twin;
  }
}

async function findByIdempotencyKey(actor: Actor, key: string) {
  const [row] = await db
    .select({ id: tickets.id, number: tickets.number })
    .from(tickets)
    .where(and(eq(tickets.requesterId, actor.id), eq(tickets.idempotencyKey, key)))
    .limit(1);
  return row ?? null;
}

async function insertTicket(
  actor: Actor,
  input: CreateTicketInput,
  prepared: {
    support: SupportFields | null;
    dueTimes: ReturnType<typeof computeDueTimes>;
    createdAt: Date;
  },
  context: RequestContext,
) {
  const { support, dueTimes, createdAt } = prepared;
  return db.transaction(async (tx) => {
    const [ticket] = await tx
      .insert(tickets)
      .values({
        type: support ? "support" : "administrative",
        subject: input.subject,
        description: input.description,
        priority: input.priority,
        requesterId: actor.id,
        idempotencyKey: input.idempotencyKey,
        ...support,
        ...dueTimes,
        createdAt,
        updatedAt: createdAt,
      })
      .returning({ id: tickets.id, number: tickets.number, subject: tickets.subject });
    await tx.insert(ticketFollowers).values({ ticketId: ticket!.id, userId: actor.id });
    // in the language on their account (the Actor carries none)
    const [requester] = await tx
      .select({ locale: users.locale })
      .from(users)
      .where(eq(users.id, actor.id));
    await sendTicketCreatedEmail(tx, { ...actor, locale: requester?.locale }, ticket!);
    const watched = { id: ticket!.id, vendor: support?.vendor ?? null, assigneeId: null };
    await notifyStaff(tx, "new_ticket", watched, actor.id);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "ticket.create",
      targetType: "ticket",
      targetId: ticket!.id,
      details: { type: support ? "support" : "administrative", priority: input.priority },
      ...context,
    });
    return { id: ticket!.id, number: ticket!.number };
  });
}
