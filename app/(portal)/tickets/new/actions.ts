"use server";

import { parseAndRun } from "@/lib/actions/action-result";
import { requireActor } from "@/lib/auth/actor";
import { getRequestContext } from "@/lib/http/request-context";
import { createTicket } from "@/lib/tickets/create-ticket";
import { createTicketSchema } from "@/lib/tickets/schemas";

export async function createTicketAction(input: unknown) {
  const actor = await requireActor();
  return parseAndRun(createTicketSchema, input, async (data) =>
    createTicket(actor, data, await getRequestContext()),
  );
}
