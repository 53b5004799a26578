import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { ticketFollowers } from "@/db/schema";
import { actorOf, createTicketRow, createUser, latestEmailTo } from "@/test/factories";
import { addReply } from "./add-reply";
import { changeTicketStatus } from "./change-ticket-status";
import { sendTicketCreatedEmail, sendTicketUpdateEmail } from "./ticket-emails";
import { formatTicketNumber } from "./ticket-number";

const ctx = { ip: "192.0.2.9", userAgent: "vitest" };

// The ticket emails are written in each recipient's language: the one on their account,
// else English. The outbox row records which.

describe("the ticket emails", () => {
  it("reach a Polish requester in Polish and an English follower in English, from one change", async () => {
    const requester = await createUser({ firstName: "Anna", locale: "pl" });
    const follower = await createUser({ firstName: "John", locale: null });
    const engineer = actorOf(await createUser({ role: "support_engineer" }));
    const ticket = await createTicketRow({ requesterId: requester.id });
    await db.insert(ticketFollowers).values({ ticketId: ticket.id, userId: follower.id });
    const number = formatTicketNumber(ticket.number);

    await changeTicketStatus(engineer, ticket.id, "waiting_for_customer", ctx);

    const polish = (await latestEmailTo(requester.email))!;
    expect(polish.locale).toBe("pl");
    expect(polish.subject).toBe(
      `[${number}] Status zmieniony na „Czeka na Ciebie”: ${ticket.subject}`,
    );
    expect(polish.text).toContain("Dzień dobry, Anna.");
    expect(polish.text).toContain("Wsparcie CLICO potrzebuje od Ciebie informacji");
    expect(polish.text).toContain("Otwórz zgłoszenie");
    expect(polish.text).toContain("Odpowiedz w portalu, nie na tę wiadomość.");
    expect(polish.text).not.toMatch(/Hello|Status changed|Open the ticket/);
    expect(polish.html).toContain('lang="pl"');

    const english = (await latestEmailTo(follower.email))!;
    expect(english.locale).toBe("en");
    expect(english.subject).toBe(
      `[${number}] Status changed to Waiting for you: ${ticket.subject}`,
    );
    expect(english.text).toContain("Hello John,");
    expect(english.text).toContain(
      "CLICO support needs information from you to go on. Open the ticket and reply there.",
    );
  });

  it("tell a Polish requester of a reply that set the status, in Polish", async () => {
    const requester = await createUser({ firstName: "Anna", locale: "pl" });
    const engineer = actorOf(await createUser({ role: "support_engineer" }));
    const ticket = await createTicketRow({ requesterId: requester.id, status: "open" });

    await addReply(
      engineer,
      ticket.id,
      { body: "Done.", internal: false, status: "resolved" },
      ctx,
    );

    const sent = (await latestEmailTo(requester.email))!;
    expect(sent.locale).toBe("pl");
    expect(sent.subject).toContain("Nowa odpowiedź; status zmieniony na „Rozwiązane”");
    expect(sent.text).toContain("a jego status zmieniono na „Rozwiązane”.");
    expect(sent.text).toContain("Wsparcie CLICO uważa Twój problem za rozwiązany.");
  });

  it("say the same English as before to a recipient without a language", async () => {
    const email = `ticket-${crypto.randomUUID()}@example.com`;
    const ticket = { id: crypto.randomUUID(), number: 42, subject: "VPN down" };
    await sendTicketCreatedEmail(db, { email, firstName: "Anna" }, ticket);
    const created = (await latestEmailTo(email))!;
    expect(created.subject).toBe("[CS-000042] We received your ticket: VPN down");
    expect(created.text).toContain("Hello Anna, thank you — we received your ticket “VPN down”.");

    await sendTicketUpdateEmail(db, { email, firstName: "Anna", locale: "en" }, ticket, {
      kind: "reply",
    });
    const reply = (await latestEmailTo(email))!;
    expect(reply.subject).toBe("[CS-000042] New reply from CLICO support: VPN down");
    expect(reply.text).toContain(
      "A support engineer replied to your ticket. Open it in the portal to read the reply and answer.",
    );
    expect(reply.locale).toBe("en");
  });
});
