import { desc } from "drizzle-orm";
import { db } from "@/db/client";
import { emailOutbox, type EmailStatus } from "@/db/schema";

export type MailboxEntry = {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
  status: EmailStatus;
  transport: string | null;
};

/** Newest-first outbox rows for the development mailbox page (which 404s in production). */
export async function listMailbox(limit = 100): Promise<MailboxEntry[]> {
  return db
    .select({
      id: emailOutbox.id,
      to: emailOutbox.to,
      subject: emailOutbox.subject,
      text: emailOutbox.text,
      createdAt: emailOutbox.createdAt,
      status: emailOutbox.status,
      transport: emailOutbox.transport,
    })
    .from(emailOutbox)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(Math.min(Math.max(1, Math.trunc(limit)), 500));
}
