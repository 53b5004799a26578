"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { parseAndRun, runAction } from "@/lib/actions/action-result";
import { requireActor } from "@/lib/auth/actor";
import { getRequestContext } from "@/lib/http/request-context";
import { addReply } from "@/lib/tickets/add-reply";
import { setTicketClosed } from "@/lib/tickets/close-ticket";
import { replySchema } from "@/lib/tickets/schemas";

const ticketId = z.uuid();

export async function replyAction(id: string, input: unknown) {
  const actor = await requireActor();
  const parsedId = ticketId.safeParse(id);
  if (!parsedId.success) return { ok: false as const, formError: "Ticket not found." };
  const result = await parseAndRun(replySchema, input, async (data) => {
    await addReply(actor, parsedId.data, data, await getRequestContext());
  });
  if (result.ok) revalidatePath(`/tickets/${parsedId.data}`);
  return result;
}

export async function setClosedAction(id: string, closed: boolean) {
  const actor = await requireActor();
  const parsedId = ticketId.safeParse(id);
  if (!parsedId.success) return { ok: false as const, formError: "Ticket not found." };
  const result = await runAction(async () =>
    setTicketClosed(actor, parsedId.data, closed, await getRequestContext()),
  );
  if (result.ok) revalidatePath(`/tickets/${parsedId.data}`);
  return result;
}
