"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { parseAndRun, type ActionResult } from "@/lib/actions/action-result";
import { requireStaff } from "@/lib/auth/actor";
import { getRequestContext } from "@/lib/http/request-context";
import { addReply } from "@/lib/tickets/add-reply";
import { assignTicket } from "@/lib/tickets/assign-ticket";
import { changeTicketPriority } from "@/lib/tickets/change-ticket-priority";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { replySchema } from "@/lib/tickets/schemas";
import { assignSchema, prioritySchema, statusSchema, ticketIdSchema } from "./_components/schemas";

// Each action: parse the bound id and the input, re-check the session, one lib call (which
// checks the role and the ticket), then refresh the page.

async function onTicket<S extends z.ZodType, T>(
  id: unknown,
  schema: S,
  input: unknown,
  work: (ticketId: string, data: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const parsedId = ticketIdSchema.safeParse(id);
  if (!parsedId.success) return { ok: false, formError: "Ticket not found." };
  const result = await parseAndRun(schema, input, (data) => work(parsedId.data, data));
  if (result.ok) revalidatePath(`/staff/tickets/${parsedId.data}`);
  return result;
}

export async function staffReplyAction(id: unknown, input: unknown) {
  return onTicket(id, replySchema, input, async (ticketId, data) => {
    const actor = await requireStaff();
    const { status } = await addReply(actor, ticketId, data, await getRequestContext());
    return { status };
  });
}

export async function assignTicketAction(id: unknown, input: unknown) {
  return onTicket(id, assignSchema, input, async (ticketId, data) => {
    const actor = await requireStaff();
    await assignTicket(actor, ticketId, data.assigneeId || null, await getRequestContext());
  });
}

export async function changePriorityAction(id: unknown, input: unknown) {
  return onTicket(id, prioritySchema, input, async (ticketId, data) => {
    const actor = await requireStaff();
    await changeTicketPriority(actor, ticketId, data.priority, await getRequestContext());
  });
}

export async function changeStatusAction(id: unknown, input: unknown) {
  return onTicket(id, statusSchema, input, async (ticketId, data) => {
    const actor = await requireStaff();
    await changeTicketStatus(actor, ticketId, data.status, await getRequestContext());
  });
}
