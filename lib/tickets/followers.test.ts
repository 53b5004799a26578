import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { eq } from "drizzle-orm";
import { contractActivations, emailOutbox, type UserRole, type UserStatus } from "@/db/schema";
import {
  actorOf,
  createContract,
  createSupportTicketRow,
  createTicketRow,
  createUser,
} from "@/test/factories";
import { addFollower, getTicketFollowers, removeFollower } from "./followers";

const ctx = { ip: "192.0.2.40", userAgent: "vitest" };

/** A support ticket on a contract shared by its requester, a following and a silent colleague. */
async function scene() {
  const requester = await createUser();
  const follower = await createUser();
  const colleague = await createUser();
  const contract = await createContract({
    activatedFor: [requester.id, follower.id, colleague.id],
  });
  const ticket = await createSupportTicketRow(contract, { requesterId: requester.id });
  await addFollower(actorOf(requester), ticket.id, follower.id, ctx);
  const outsider = await createUser();
  await createContract({ activatedFor: [outsider.id] });
  return { requester, follower, colleague, contract, ticket, outsider };
}

type Scene = Awaited<ReturnType<typeof scene>>;
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "allowed",
    (error: { code?: string }) => error.code ?? "error",
  );

describe("who may add a follower", () => {
  it.each<[string, string, (s: Scene) => Promise<Parameters<typeof actorOf>[0]>]>([
    ["the requester", "allowed", async (s) => s.requester],
    ["a follower", "allowed", async (s) => s.follower],
    ["a colleague on the contract who does not follow", "forbidden", async (s) => s.colleague],
    ["a customer without the contract", "not_found", async (s) => s.outsider],
    ["a support engineer", "forbidden", () => createUser({ role: "support_engineer" })],
    ["an admin", "forbidden", () => createUser({ role: "admin" })],
    ["the orders team", "forbidden", () => createUser({ role: "orders_team" })],
  ])("%s → %s", async (_who, expected, who) => {
    const s = await scene();
    const target = await createUser();
    await db.insert(contractActivations).values({ userId: target.id, contractId: s.contract.id });
    expect(await outcome(addFollower(actorOf(await who(s)), s.ticket.id, target.id, ctx))).toBe(
      expected,
    );
  });
});

describe("whom a follower may be", () => {
  const colleagueWith = async (s: Scene, overrides: { status?: UserStatus; role?: UserRole }) => {
    const user = await createUser(overrides);
    await db.insert(contractActivations).values({ userId: user.id, contractId: s.contract.id });
    return user;
  };
  it.each<[string, string, (s: Scene) => Promise<{ id: string }>]>([
    ["an active colleague on the contract", "allowed", (s) => colleagueWith(s, {})],
    ["someone already following", "allowed", async (s) => s.follower],
    ["a customer without the contract", "invalid", async (s) => s.outsider],
    ["a disabled colleague", "invalid", (s) => colleagueWith(s, { status: "disabled" })],
    [
      "an unconfirmed colleague",
      "invalid",
      (s) => colleagueWith(s, { status: "pending_confirmation" }),
    ],
    ["a staff account", "invalid", (s) => colleagueWith(s, { role: "support_engineer" })],
  ])("%s → %s", async (_whom, expected, whom) => {
    const s = await scene();
    const target = await whom(s);
    expect(await outcome(addFollower(actorOf(s.requester), s.ticket.id, target.id, ctx))).toBe(
      expected,
    );
  });

  it("an administrative request takes no followers", async () => {
    const requester = await createUser();
    const colleague = await createUser();
    const ticket = await createTicketRow({ requesterId: requester.id });
    expect(await outcome(addFollower(actorOf(requester), ticket.id, colleague.id, ctx))).toBe(
      "forbidden",
    );
    expect(await getTicketFollowers(actorOf(requester), ticket.id)).toMatchObject({
      canChange: false,
      candidates: [],
      acceptsFollowers: false,
    });
  });
});

describe("removing a follower", () => {
  it.each<
    [string, string, (s: Scene) => Parameters<typeof actorOf>[0], (s: Scene) => { id: string }]
  >([
    ["the requester removes a follower", "allowed", (s) => s.requester, (s) => s.follower],
    ["a follower removes themselves", "allowed", (s) => s.follower, (s) => s.follower],
    ["a follower removes the requester", "invalid", (s) => s.follower, (s) => s.requester],
    ["a colleague who does not follow", "forbidden", (s) => s.colleague, (s) => s.follower],
    ["a customer without the contract", "not_found", (s) => s.outsider, (s) => s.follower],
  ])("%s → %s", async (_case, expected, who, whom) => {
    const s = await scene();
    expect(await outcome(removeFollower(actorOf(who(s)), s.ticket.id, whom(s).id, ctx))).toBe(
      expected,
    );
  });
});

it("lists the requester first, then followers; offers colleagues on the contract who do not follow yet", async () => {
  const s = await scene();
  const engineer = await createUser({ role: "support_engineer" });
  const forRequester = await getTicketFollowers(actorOf(s.requester), s.ticket.id);
  expect(forRequester.canChange).toBe(true);
  expect(forRequester.followers.map((f) => [f.id, f.isRequester])).toEqual([
    [s.requester.id, true],
    [s.follower.id, false],
  ]);
  expect(forRequester.candidates.map((c) => c.id)).toEqual([s.colleague.id]);

  const forStaff = await getTicketFollowers(actorOf(engineer), s.ticket.id);
  expect(forStaff).toMatchObject({ canChange: false, candidates: [] });
  expect(forStaff.followers).toHaveLength(2);

  await removeFollower(actorOf(s.follower), s.ticket.id, s.follower.id, ctx);
  expect(
    (await getTicketFollowers(actorOf(s.requester), s.ticket.id)).followers.map((f) => f.id),
  ).toEqual([s.requester.id]);
});

it("emails the colleague once when added, naming who added them; adding again sends nothing", async () => {
  const { requester, colleague, ticket } = await scene();
  const mailTo = () => db.select().from(emailOutbox).where(eq(emailOutbox.to, colleague.email));
  await addFollower(actorOf(requester), ticket.id, colleague.id, ctx);
  await addFollower(actorOf(requester), ticket.id, colleague.id, ctx);
  const emails = await mailTo();
  expect(emails).toHaveLength(1);
  expect(emails[0]!.subject).toContain(
    `${requester.firstName} ${requester.lastName} added you as a follower: ${ticket.subject}`,
  );
  expect(emails[0]!.text).toContain(`/tickets/${ticket.id}`);
});
