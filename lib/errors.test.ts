import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/action-result";
import { DomainError, type DomainErrorCode } from "@/lib/errors";
import { setTicketClosed } from "@/lib/tickets/close-ticket";
import { addReply } from "@/lib/tickets/add-reply";
import { actorOf, createTicketRow, createUser } from "@/test/factories";

const ctx = { ip: "192.0.2.14", userAgent: "vitest" };
const codes: DomainErrorCode[] = [
  "not_found",
  "forbidden",
  "conflict",
  "invalid",
  "rate_limited",
  "unauthenticated",
];

describe("what a failed action tells the user", () => {
  it.each(codes)("a %s error without a message reads as a sentence, not its code", (code) => {
    const { message } = new DomainError(code);
    expect(message).not.toContain(code);
    expect(message).toMatch(/^[A-Z].+\.$/);
  });

  it("a reply or close on a ticket the user cannot see says so in words", async () => {
    const owner = await createUser();
    const stranger = actorOf({ ...(await createUser()), role: "customer" });
    const ticket = await createTicketRow({ requesterId: owner.id });
    const expected = "This ticket was not found or you no longer have access to it.";

    const reply = await runAction(() =>
      addReply(stranger, ticket.id, { body: "Hi", internal: false }, ctx),
    );
    const close = await runAction(() => setTicketClosed(stranger, ticket.id, true, ctx));
    const malformedId = await runAction(() => setTicketClosed(stranger, "not-a-uuid", true, ctx));

    for (const result of [reply, close, malformedId]) {
      expect(result).toEqual({ ok: false, formError: expected });
    }
  });
});
