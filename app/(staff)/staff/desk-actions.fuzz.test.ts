import fc from "fast-check";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { db } from "@/db/client";
import { cannedReplies } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { createCannedReply } from "@/lib/canned-replies/create-canned-reply";
import { cannedReplySchema } from "@/lib/canned-replies/schemas";
import { bulkUpdateFormSchema } from "@/lib/tickets/queue-query";
import { staffReplySchema } from "@/lib/tickets/schemas";
import { Readable } from "node:stream";
import { saveAttachment } from "@/lib/tickets/attachments";
import {
  actorOf,
  createContract,
  createSupportTicketRow,
  createTicketRow,
  createUser,
} from "@/test/factories";
import { setUpUploadsDir } from "@/test/uploads";
import { boundId, fuzzAction, fuzzTimeout } from "@/test/fuzz/action-fuzz";
import { signIn } from "@/test/fuzz/request-scope";
import { liveHtmlInMarkdown } from "@/test/fuzz/rendered-html";
import { expectNewestMessageEscaped } from "@/test/fuzz/stored-text";
import {
  createCannedReplyAction,
  deleteCannedReplyAction,
  updateCannedReplyAction,
} from "./canned-replies/actions";
import { bulkUpdateTicketsAction } from "./queue/actions";
import { TICKET_PRIORITIES, TICKET_STATUSES } from "@/lib/enums";
import {
  applyFromFileAction,
  proposeFromFileAction,
  saveTicketDetailsAction,
  staffReplyAction,
} from "./tickets/[id]/actions";
import {
  applyFromFileSchema,
  proposeFromFileSchema,
  ticketDetailsSchema,
  ticketIdSchema,
} from "./tickets/[id]/_components/schemas";

vi.mock("next/headers", () => import("@/test/fuzz/request-scope").then((m) => m.nextHeaders));
vi.mock("next/cache", () => import("@/test/fuzz/request-scope").then((m) => m.nextCache));
vi.mock("@/lib/auth/actor", async (original) => ({
  ...(await original<object>()),
  ...(await import("@/test/fuzz/request-scope")).signedInUser,
}));
vi.mock("@/lib/http/request-context", () =>
  import("@/test/fuzz/request-scope").then((m) => m.requestContext),
);

setUpUploadsDir();

describe("the support desk's actions, for any input", () => {
  let engineer: Actor;
  const staffIds: string[] = [];
  const ticketIds: string[] = [];
  const cannedReplyIds: string[] = [];
  const attachmentIds: string[] = [];

  beforeAll(async () => {
    engineer = await signIn("support_engineer");
    staffIds.push(engineer.id, (await createUser({ role: "support_engineer" })).id);
    const customer = await createUser();
    staffIds.push(customer.id); // not an engineer: an assignee the desk refuses
    for (let i = 0; i < 6; i++)
      ticketIds.push((await createTicketRow({ requesterId: customer.id })).id);
    // a support ticket with a FortiGate status output attached, for Update from this file
    const contract = await createContract({ activatedFor: [customer.id], vendors: ["fortinet"] });
    const support = await createSupportTicketRow(contract, { requesterId: customer.id });
    ticketIds.push(support.id);
    const status =
      "Version: FortiGate-200F v7.4.3,build2573,240201 (GA.F)\nSerial-Number: FG200FTK21900001\nCurrent HA mode: a-p, primary\n";
    for (const fileName of ["status.txt", "notes.txt"])
      attachmentIds.push(
        (
          await saveAttachment(actorOf(customer), {
            ticketId: support.id,
            fileName,
            contentType: "text/plain",
            stream: Readable.from([fileName === "status.txt" ? status : "no status here"]),
          })
        ).id,
      );
    for (const title of ["Restart the tunnel", "Send a cpinfo", "Licence renewal"])
      cannedReplyIds.push((await createCannedReply(engineer, { title, body: "…" })).id);
  });

  const ticketId = () => [{ schema: ticketIdSchema, values: boundId(ticketIds) }];

  it(
    "a reply or internal note on a ticket",
    () =>
      fuzzAction({
        action: staffReplyAction,
        input: staffReplySchema,
        bound: ticketId(),
        rateLimited: true,
        afterSuccess: (_result, [id]) => expectNewestMessageEscaped(id as string),
      }),
    fuzzTimeout(),
  );

  it(
    "Assignment, priority, status (the side panel's one Save)",
    () =>
      fuzzAction({
        action: saveTicketDetailsAction,
        input: ticketDetailsSchema,
        bound: ticketId(),
        known: {
          assigneeId: ["", ...staffIds],
          priority: TICKET_PRIORITIES,
          status: TICKET_STATUSES,
          // what the form was shown with: mostly a ticket's real values, so changes get saved
          shown: fc.record({
            assigneeId: fc.constantFrom("", ...staffIds),
            priority: fc.constantFrom(...TICKET_PRIORITIES),
            status: fc.constantFrom(...TICKET_STATUSES),
          }),
        },
      }),
    fuzzTimeout(),
  );

  it(
    "Apply to selected (the queue's bulk update)",
    () =>
      fuzzAction({
        action: bulkUpdateTicketsAction,
        input: bulkUpdateFormSchema,
        known: {
          ticketIds: fc.array(fc.constantFrom(...ticketIds), { minLength: 1, maxLength: 6 }),
          assignee: staffIds,
        },
      }),
    fuzzTimeout(),
  );

  const expectStoredEscaped = async (id: string) => {
    const [reply] = await db.select().from(cannedReplies).where(eq(cannedReplies.id, id));
    if (reply) expect(liveHtmlInMarkdown(reply.body)).toEqual([]);
  };

  it(
    "a new canned reply",
    () =>
      fuzzAction({
        action: createCannedReplyAction,
        input: cannedReplySchema,
        afterSuccess: async (result) => expectStoredEscaped((result.data as { id: string }).id),
      }),
    fuzzTimeout(),
  );

  it(
    "editing a canned reply",
    () =>
      fuzzAction({
        action: updateCannedReplyAction,
        input: cannedReplySchema,
        bound: [{ schema: z.uuid(), values: boundId(cannedReplyIds) }],
        afterSuccess: async (_result, [id]) => expectStoredEscaped(id as string),
      }),
    fuzzTimeout(),
  );

  it(
    "deleting a canned reply",
    () =>
      fuzzAction({
        action: deleteCannedReplyAction,
        input: z.object({}),
        bound: [{ schema: z.uuid(), values: boundId(cannedReplyIds) }],
      }),
    fuzzTimeout(),
  );

  it(
    "Update Additional Information from this file: Read the file",
    () =>
      fuzzAction({
        action: proposeFromFileAction,
        input: proposeFromFileSchema,
        bound: ticketId(),
        known: { attachmentId: attachmentIds },
      }),
    fuzzTimeout(),
  );

  it(
    "Update Additional Information from this file: Accept the ticked changes",
    () =>
      fuzzAction({
        action: applyFromFileAction,
        input: applyFromFileSchema,
        bound: ticketId(),
        known: {
          attachmentId: attachmentIds,
          keys: fc.array(fc.constantFrom("firmwareVersion", "haMode", "productFamily", "x"), {
            maxLength: 3,
          }),
        },
      }),
    fuzzTimeout(),
  );
});
