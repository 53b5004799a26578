import fc from "fast-check";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { db } from "@/db/client";
import { assets, tickets } from "@/db/schema";
import { registerContractSchema } from "@/lib/contracts/schemas";
import { createTicketSchema, followerSchema, replySchema } from "@/lib/tickets/schemas";
import type { Actor } from "@/lib/auth/actor";
import { createContract, createTicketRow, createUser } from "@/test/factories";
import { boundId, fuzzAction, fuzzTimeout } from "@/test/fuzz/action-fuzz";
import { signIn } from "@/test/fuzz/request-scope";
import { liveHtmlInMarkdown } from "@/test/fuzz/rendered-html";
import { expectNewestMessageEscaped } from "@/test/fuzz/stored-text";
import { registerContractAction } from "./contracts/actions";
import {
  addFollowerAction,
  removeFollowerAction,
  replyAction,
  setClosedAction,
} from "./tickets/[id]/actions";
import { createTicketAction } from "./tickets/new/actions";

vi.mock("next/headers", () => import("@/test/fuzz/request-scope").then((m) => m.nextHeaders));
vi.mock("next/cache", () => import("@/test/fuzz/request-scope").then((m) => m.nextCache));
vi.mock("@/lib/auth/actor", async (original) => ({
  ...(await original<object>()),
  ...(await import("@/test/fuzz/request-scope")).signedInUser,
}));
vi.mock("@/lib/http/request-context", () =>
  import("@/test/fuzz/request-scope").then((m) => m.requestContext),
);
vi.mock("@/lib/crypto/secrets", async (original) => ({
  ...(await original<object>()),
  ...(await import("@/test/fuzz/fast-hashing")).fastHashing,
}));

describe("the customer's actions, for any input", () => {
  let customer: Actor;
  const contracts: Array<{ number: string; key: string }> = [];
  const assetIds: string[] = [];
  const ticketIds: string[] = [];
  const colleagueIds: string[] = [];

  beforeAll(async () => {
    customer = await signIn("customer");
    const colleague = await createUser();
    const mine = await createContract({ activatedFor: [customer.id, colleague.id] });
    // a colleague on the contract, one who is not, and the customer themselves
    colleagueIds.push(colleague.id, (await createUser()).id, customer.id);
    assetIds.push(
      ...(
        await db.select({ id: assets.id }).from(assets).where(eq(assets.contractId, mine.id))
      ).map((asset) => asset.id),
    );
    const notMine = await createContract();
    assetIds.push(
      (await db.select({ id: assets.id }).from(assets).where(eq(assets.contractId, notMine.id)))[0]!
        .id,
    );
    for (let i = 0; i < 5; i++) contracts.push(await createContract());
    contracts.push(notMine);
    ticketIds.push((await createTicketRow({ requesterId: customer.id })).id);
    const support = {
      type: "support",
      assetId: assetIds[0],
      contractId: mine.id,
      vendor: "fortinet",
    } as const;
    ticketIds.push((await createTicketRow({ requesterId: customer.id, ...support })).id);
    ticketIds.push((await createTicketRow({ requesterId: (await createUser()).id })).id);
  });

  it(
    "Register contract → Apply",
    () =>
      fuzzAction({
        action: registerContractAction,
        input: registerContractSchema,
        known: {
          contractNumber: contracts.map((c) => c.number),
          contractKey: contracts.map((c) => c.key),
        },
        rateLimited: true,
      }),
    fuzzTimeout(),
  );

  it(
    "Create new ticket → Create",
    () =>
      fuzzAction({
        action: createTicketAction,
        input: createTicketSchema.extend({ navigation: z.enum(["server", "client"]).optional() }),
        known: { assetId: assetIds },
        rateLimited: true,
        afterSuccess: async (result) => {
          const { id } = result.data as { id: string };
          const [ticket] = await db.select().from(tickets).where(eq(tickets.id, id));
          expect(liveHtmlInMarkdown(ticket!.description)).toEqual([]);
        },
      }),
    fuzzTimeout(),
  );

  it(
    "a reply on a ticket",
    () =>
      fuzzAction({
        action: replyAction,
        input: replySchema,
        bound: [{ schema: z.uuid(), values: boundId(ticketIds) }],
        rateLimited: true,
        afterSuccess: (_result, [ticketId]) => expectNewestMessageEscaped(ticketId as string),
      }),
    fuzzTimeout(),
  );

  for (const [name, action] of [
    ["Add a follower", addFollowerAction],
    ["Remove a follower", removeFollowerAction],
  ] as const)
    it(
      name,
      () =>
        fuzzAction({
          action,
          input: followerSchema,
          bound: [{ schema: z.uuid(), values: boundId(ticketIds) }],
          known: { userId: colleagueIds },
        }),
      fuzzTimeout(),
    );

  it(
    "Close ticket / Reopen",
    () =>
      fuzzAction({
        action: setClosedAction,
        input: z.object({}),
        bound: [
          { schema: z.uuid(), values: boundId(ticketIds) },
          { schema: z.boolean(), values: fc.oneof(fc.boolean(), fc.anything({ maxDepth: 0 })) },
        ],
      }),
    fuzzTimeout(),
  );
});
