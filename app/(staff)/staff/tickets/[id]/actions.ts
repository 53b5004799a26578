"use server";

import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import {
  applyFromAttachment,
  proposeFromAttachment,
} from "@/lib/debug-files/update-from-attachment";
import { getRequestContext } from "@/lib/http/request-context";
import { addReply } from "@/lib/tickets/add-reply";
import { saveTicketDetails } from "@/lib/tickets/save-ticket-details";
import { staffReplySchema } from "@/lib/tickets/schemas";
import {
  applyFromFileSchema,
  proposeFromFileSchema,
  ticketDetailsSchema,
  ticketIdSchema,
} from "./_components/schemas";

// Each action: one lib call (which checks the role and the ticket), then refresh the page.

const ticket = { actor: "staff", bound: [ticketIdSchema] } as const;
const refresh = (ticketId: string) => revalidatePath(`/staff/tickets/${ticketId}`);

export const staffReplyAction = serverAction(
  { name: "staffReply", ...ticket, input: staffReplySchema },
  async ({ actor, bound: [ticketId], input }) => {
    const { status, messageId } = await addReply(
      actor,
      ticketId,
      { ...input, status: input.status || undefined },
      await getRequestContext(),
    );
    refresh(ticketId);
    // messageId: the browser uploads the files chosen in the reply box to it
    return { status, internal: input.internal, statusSet: Boolean(input.status), messageId };
  },
);

export const saveTicketDetailsAction = serverAction(
  { name: "saveTicketDetails", ...ticket, input: ticketDetailsSchema },
  async ({ actor, bound: [ticketId], input: { shown, ...values } }) => {
    const nobodyIsNull = <T extends { assigneeId: string }>(details: T) => ({
      ...details,
      assigneeId: details.assigneeId || null,
    });
    try {
      return await saveTicketDetails(
        actor,
        ticketId,
        { values: nobodyIsNull(values), shown: nobodyIsNull(shown) },
        await getRequestContext(),
      );
    } finally {
      // A partial save changed the ticket too: the page shows what was saved.
      refresh(ticketId);
    }
  },
);

/** "Update Additional Information from this file": what the file would change. */
export const proposeFromFileAction = serverAction(
  { name: "proposeFromFile", ...ticket, input: proposeFromFileSchema },
  async ({ actor, bound: [ticketId], input }) =>
    proposeFromAttachment(actor, ticketId, input.attachmentId),
);

/** …and the changes the engineer accepted (ticked). */
export const applyFromFileAction = serverAction(
  {
    name: "applyFromFile",
    ...ticket,
    input: applyFromFileSchema,
  },
  async ({ actor, bound: [ticketId], input }) => {
    const result = await applyFromAttachment(
      actor,
      ticketId,
      input.attachmentId,
      input.keys,
      await getRequestContext(),
    );
    refresh(ticketId);
    return result;
  },
);
