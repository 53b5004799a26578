"use server";

import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/actions/server-action";
import { getRequestContext } from "@/lib/http/request-context";
import { addReply } from "@/lib/tickets/add-reply";
import { assignTicket } from "@/lib/tickets/assign-ticket";
import { changeTicketPriority } from "@/lib/tickets/change-ticket-priority";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { staffReplySchema } from "@/lib/tickets/schemas";
import { assignSchema, prioritySchema, statusSchema, ticketIdSchema } from "./_components/schemas";

// Each action: one lib call (which checks the role and the ticket), then refresh the page.

const ticket = { actor: "staff", bound: [ticketIdSchema] } as const;
const refresh = (ticketId: string) => revalidatePath(`/staff/tickets/${ticketId}`);

export const staffReplyAction = serverAction(
  { name: "staffReply", ...ticket, input: staffReplySchema },
  async ({ actor, bound: [ticketId], input }) => {
    const { status } = await addReply(
      actor,
      ticketId,
      { ...input, status: input.status || undefined },
      await getRequestContext(),
    );
    refresh(ticketId);
    return { status, internal: input.internal, statusSet: Boolean(input.status) };
  },
);

export const assignTicketAction = serverAction(
  { name: "assignTicket", ...ticket, input: assignSchema },
  async ({ actor, bound: [ticketId], input }) => {
    await assignTicket(actor, ticketId, input.assigneeId || null, await getRequestContext());
    refresh(ticketId);
  },
);

export const changePriorityAction = serverAction(
  { name: "changePriority", ...ticket, input: prioritySchema },
  async ({ actor, bound: [ticketId], input }) => {
    await changeTicketPriority(actor, ticketId, input.priority, await getRequestContext());
    refresh(ticketId);
  },
);

export const changeStatusAction = serverAction(
  { name: "changeStatus", ...ticket, input: statusSchema },
  async ({ actor, bound: [ticketId], input }) => {
    await changeTicketStatus(actor, ticketId, input.status, await getRequestContext());
    refresh(ticketId);
  },
);
