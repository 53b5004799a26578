"use server";

import { serverAction } from "@/lib/actions/server-action";
import { getRequestContext } from "@/lib/http/request-context";
import { createTicket } from "@/lib/tickets/create-ticket";
import { createTicketSchema } from "@/lib/tickets/schemas";

export const createTicketAction = serverAction(
  { name: "createTicket", actor: "signed-in", input: createTicketSchema },
  async ({ actor, input }) => createTicket(actor, input, await getRequestContext()),
);
