import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { cannedReplies } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import type { RequestContext } from "@/lib/http/request-context";
import { assertCannedReplyPermission, isTitleTaken, titleTakenError } from "./policy";
import { cannedReplyIdSchema, cannedReplySchema, type CannedReplyInput } from "./schemas";

/** Changes a canned reply's title and body; the audit event keeps the title before and after. */
export async function updateCannedReply(
  actor: Pick<Actor, "id" | "role">,
  id: string,
  input: CannedReplyInput,
  context: Partial<RequestContext> = {},
): Promise<void> {
  assertCannedReplyPermission(actor, "update");
  if (!cannedReplyIdSchema.safeParse(id).success) throw new DomainError("not_found");
  const data = cannedReplySchema.parse(input);
  try {
    await db.transaction(async (tx) => {
      const [before] = await tx
        .select({ title: cannedReplies.title })
        .from(cannedReplies)
        .where(eq(cannedReplies.id, id))
        .for("update");
      if (!before)
        throw new DomainError("not_found", { message: msg("desk.errors.cannedReplyGone") });
      await tx
        .update(cannedReplies)
        .set({ title: data.title, body: data.body, updatedById: actor.id, updatedAt: new Date() })
        .where(eq(cannedReplies.id, id));
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "canned_reply.update",
        targetType: "canned_reply",
        targetId: id,
        details: { titleFrom: before.title, titleTo: data.title },
        ip: context.ip,
        userAgent: context.userAgent,
      });
    });
  } catch (error) {
    if (isTitleTaken(error)) throw titleTakenError();
    throw error;
  }
}
