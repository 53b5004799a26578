import { desc, eq } from "drizzle-orm";
import { expect } from "vitest";
import { db } from "@/db/client";
import { ticketMessages } from "@/db/schema";
import { liveHtmlInMarkdown } from "./rendered-html";

/** After a reply: the ticket's newest message, as its page renders it, has nothing live. */
export async function expectNewestMessageEscaped(ticketId: string) {
  const [message] = await db
    .select({ body: ticketMessages.body })
    .from(ticketMessages)
    .where(eq(ticketMessages.ticketId, ticketId))
    .orderBy(desc(ticketMessages.createdAt))
    .limit(1);
  expect(liveHtmlInMarkdown(message!.body)).toEqual([]);
}
