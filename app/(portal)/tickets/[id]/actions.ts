"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { serverAction } from "@/lib/actions/server-action";
import { personName } from "@/lib/format";
import { msg } from "@/lib/i18n/message";
import { getRequestContext } from "@/lib/http/request-context";
import { addReply } from "@/lib/tickets/add-reply";
import { setTicketClosed } from "@/lib/tickets/close-ticket";
import { addFollower, removeFollower } from "@/lib/tickets/followers";
import { followerSchema, replySchema } from "@/lib/tickets/schemas";

const ticketIdSchema = z.uuid(msg("portal.ticket.notFound"));

export const replyAction = serverAction(
  { name: "reply", actor: "signed-in", bound: [ticketIdSchema], input: replySchema },
  async ({ actor, bound: [ticketId], input }) => {
    const { messageId } = await addReply(actor, ticketId, input, await getRequestContext());
    revalidatePath(`/tickets/${ticketId}`);
    // the browser uploads the files chosen in the reply box to this message
    return { messageId };
  },
);

export const setClosedAction = serverAction(
  {
    name: "setClosed",
    actor: "signed-in",
    bound: [ticketIdSchema, z.boolean()],
    input: z.object({}),
  },
  async ({ actor, bound: [ticketId, closed] }) => {
    const result = await setTicketClosed(actor, ticketId, closed, await getRequestContext());
    revalidatePath(`/tickets/${ticketId}`);
    return result;
  },
);

export const addFollowerAction = serverAction(
  { name: "addFollower", actor: "signed-in", bound: [ticketIdSchema], input: followerSchema },
  async ({ actor, bound: [ticketId], input }) => {
    const added = await addFollower(actor, ticketId, input.userId, await getRequestContext());
    revalidatePath(`/tickets/${ticketId}`);
    return { name: personName(added) };
  },
);

export const removeFollowerAction = serverAction(
  { name: "removeFollower", actor: "signed-in", bound: [ticketIdSchema], input: followerSchema },
  async ({ actor, bound: [ticketId], input }) => {
    await removeFollower(actor, ticketId, input.userId, await getRequestContext());
    revalidatePath(`/tickets/${ticketId}`);
  },
);
