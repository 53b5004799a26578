import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { cannedReplies } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import type { RequestContext } from "@/lib/http/request-context";
import { assertCannedReplyPermission } from "./policy";
import { cannedReplyIdSchema } from "./schemas";

/** Deletes a canned reply. Messages it was inserted into keep their text. */
export async function deleteCannedReply(
  actor: Pick<Actor, "id" | "role">,
  id: string,
  context: Partial<RequestContext> = {},
): Promise<void> {
  assertCannedReplyPermission(actor, "delete");
  if (!cannedReplyIdSchema.safeParse(id).success) throw new DomainError("not_found");
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(cannedReplies)
      .where(eq(cannedReplies.id, id))
      .returning({ title: cannedReplies.title });
    if (!row) throw new DomainError("not_found", { message: msg("desk.errors.cannedReplyGone") });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "canned_reply.delete",
      targetType: "canned_reply",
      targetId: id,
      details: { title: row.title },
      ip: context.ip,
      userAgent: context.userAgent,
    });
  });
}
