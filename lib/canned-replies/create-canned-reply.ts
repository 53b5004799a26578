import { db } from "@/db/client";
import { cannedReplies } from "@/db/schema";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import type { RequestContext } from "@/lib/http/request-context";
import { assertCannedReplyPermission, isTitleTaken, titleTakenError } from "./policy";
import { cannedReplySchema, type CannedReplyInput } from "./schemas";

/** A new canned reply; a title already used (in any letter case) is a `conflict` on `title`. */
export async function createCannedReply(
  actor: Pick<Actor, "id" | "role">,
  input: CannedReplyInput,
  context: Partial<RequestContext> = {},
): Promise<{ id: string }> {
  assertCannedReplyPermission(actor, "create");
  const data = cannedReplySchema.parse(input);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(cannedReplies)
        .values({
          title: data.title,
          body: data.body,
          createdById: actor.id,
          updatedById: actor.id,
        })
        .returning({ id: cannedReplies.id });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "canned_reply.create",
        targetType: "canned_reply",
        targetId: row!.id,
        details: { title: data.title },
        ip: context.ip,
        userAgent: context.userAgent,
      });
      return { id: row!.id };
    });
  } catch (error) {
    if (isTitleTaken(error)) throw titleTakenError();
    throw error;
  }
}
