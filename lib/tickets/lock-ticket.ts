import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { tickets, type Ticket } from "@/db/schema";

/**
 * The ticket's row as it is now, locked until the transaction ends. A change worked out from
 * this row (the next status, the SLA pause, the history's "from") can't overwrite, or be
 * overwritten by, a change committed since the caller first read the ticket.
 */
export async function lockTicket(tx: Tx, ticketId: string): Promise<Ticket> {
  const [row] = await tx.select().from(tickets).where(eq(tickets.id, ticketId)).for("update");
  // Tickets are never deleted; a missing row here is a bug, not a user error.
  if (!row) throw new Error(`Ticket ${ticketId} vanished while it was being changed.`);
  return row;
}
