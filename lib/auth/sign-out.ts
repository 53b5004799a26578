import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/db/client";
import type { RequestContext } from "@/lib/http/request-context";
import type { Actor } from "./actor";
import { endAllSessions } from "./sessions";

/** Records a sign-out; with `everywhere`, every other session of the user ends too. */
export async function recordSignOut(
  actor: Actor,
  options: { everywhere: boolean },
  context: RequestContext,
) {
  await db.transaction(async (tx) => {
    if (options.everywhere) await endAllSessions(tx, actor.id);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: options.everywhere ? "auth.sign_out_everywhere" : "auth.sign_out",
      targetType: "user",
      targetId: actor.id,
      ...context,
    });
  });
}
