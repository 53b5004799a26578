import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { db } from "@/db/client";
import { actorOf, createTicketRow, createUser } from "@/test/factories";
import { outcome } from "@/test/outcome";
import { reportPresence } from "./presence";

it("tells an engineer who else has the ticket open and who is typing, until they leave", async () => {
  const customer = actorOf(await createUser());
  const anna = actorOf(
    await createUser({ role: "support_engineer", firstName: "Anna", lastName: "Nowak" }),
  );
  const piotr = actorOf(
    await createUser({ role: "support_engineer", firstName: "Piotr", lastName: "Lis" }),
  );
  const ticket = await createTicketRow({ requesterId: customer.id });

  expect(await reportPresence(anna, ticket.id, false)).toEqual([]);
  expect(await reportPresence(piotr, ticket.id, false)).toEqual([
    { name: "Anna Nowak", typing: false },
  ]);
  await reportPresence(anna, ticket.id, true);
  expect(await reportPresence(piotr, ticket.id, false)).toEqual([
    { name: "Anna Nowak", typing: true },
  ]);
  // a beat without a keystroke leaves the recent typing counting
  await reportPresence(anna, ticket.id, false);
  expect(await reportPresence(piotr, ticket.id, false)).toEqual([
    { name: "Anna Nowak", typing: true },
  ]);

  // Anna closed the page a minute ago
  await db.execute(
    sql`update ticket_presence set seen_at = now() - interval '1 minute', typing_until = null where user_id = ${anna.id}`,
  );
  expect(await reportPresence(piotr, ticket.id, false)).toEqual([]);
  expect(await outcome(() => reportPresence(customer, ticket.id, false))).toBe("forbidden");
});
