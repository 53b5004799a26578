import { desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { assertAdminPermission, type AdminActor } from "./policy";

export type FailedEmail = {
  id: string;
  to: string;
  subject: string;
  lastError: string | null;
  tries: number;
  createdAt: Date;
};

export const FAILED_EMAILS_SHOWN = 100;

/**
 * The emails that were given up on (refused by the provider, or still failing when their retries
 * ran out), newest first, with how many there are in all. Admins only.
 */
export async function listFailedEmails(
  actor: AdminActor,
): Promise<{ emails: FailedEmail[]; total: number }> {
  await assertAdminPermission(db, actor, "view_email_delivery");
  const failed = eq(emailOutbox.status, "failed");
  const [emails, total] = await Promise.all([
    db
      .select({
        id: emailOutbox.id,
        to: emailOutbox.to,
        subject: emailOutbox.subject,
        lastError: emailOutbox.lastError,
        tries: emailOutbox.tries,
        createdAt: emailOutbox.createdAt,
      })
      .from(emailOutbox)
      .where(failed)
      .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
      .limit(FAILED_EMAILS_SHOWN),
    db.$count(emailOutbox, failed),
  ]);
  return { emails, total };
}
