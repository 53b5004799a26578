import { and, eq, ne } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { ticketFollowers, users } from "@/db/schema";

/**
 * The requester and colleagues following the ticket, except `exceptUserId`; active accounts only;
 * with the language each chose (their emails' language).
 */
export async function ticketRecipients(tx: DbOrTx, ticketId: string, exceptUserId: string) {
  return tx
    .select({ id: users.id, email: users.email, firstName: users.firstName, locale: users.locale })
    .from(ticketFollowers)
    .innerJoin(users, eq(users.id, ticketFollowers.userId))
    .where(
      and(
        eq(ticketFollowers.ticketId, ticketId),
        ne(users.id, exceptUserId),
        eq(users.status, "active"),
      ),
    );
}
