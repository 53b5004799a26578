import type { UserRole } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { DomainError, forbidden, violatedUniqueIndex } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";

export type CannedReplyAction = "list" | "create" | "update" | "delete";

// Canned replies are the ticket desk's tool: engineers and admins share one set; customers
// never see them and the orders team does not answer tickets.
const CANNED_REPLY_PERMISSIONS: Record<UserRole, Record<CannedReplyAction, boolean>> = {
  customer: { list: false, create: false, update: false, delete: false },
  support_engineer: { list: true, create: true, update: true, delete: true },
  orders_team: { list: false, create: false, update: false, delete: false },
  admin: { list: true, create: true, update: true, delete: true },
};

export const canUseCannedReplies = (actor: Pick<Actor, "role">, action: CannedReplyAction) =>
  CANNED_REPLY_PERMISSIONS[actor.role][action];

export function assertCannedReplyPermission(
  actor: Pick<Actor, "role">,
  action: CannedReplyAction,
): void {
  if (!canUseCannedReplies(actor, action)) throw forbidden();
}

/** True for PostgreSQL's unique violation on the title. */
export const isTitleTaken = (error: unknown) =>
  violatedUniqueIndex(error) === "canned_replies_title_lower_key";

export const titleTakenError = () =>
  new DomainError("conflict", {
    field: "title",
    message: msg("desk.errors.cannedReplyTitleTaken"),
  });
