import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/db/client";
import type { RequestContext } from "@/lib/http/request-context";
import type { SignedIn } from "./actor";
import { endAllSessions, endSession } from "./sessions";

/**
 * Sign out: ends this session on the server (a copy of its cookie stops working), or with
 * `everywhere` every session of the user, and records it.
 */
export async function recordSignOut(
  { actor, sessionId }: SignedIn,
  options: { everywhere: boolean },
  context: RequestContext,
) {
  await db.transaction(async (tx) => {
    if (options.everywhere) await endAllSessions(tx, actor.id, "sign_out_everywhere");
    else await endSession(tx, actor.id, sessionId);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: options.everywhere ? "auth.sign_out_everywhere" : "auth.sign_out",
      targetType: "user",
      targetId: actor.id,
      ...context,
    });
  });
}
