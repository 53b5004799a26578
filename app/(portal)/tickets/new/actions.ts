"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { serverAction } from "@/lib/actions/server-action";
import { getRequestContext } from "@/lib/http/request-context";
import { createTicket } from "@/lib/tickets/create-ticket";
import { createTicketSchema } from "@/lib/tickets/schemas";

// Who opens the new ticket: without JavaScript the server does; the page's script, which may
// still have files to upload to it, asks for its id instead ("client").
const createTicketFormSchema = createTicketSchema.extend({
  navigation: z.enum(["server", "client"]).default("server"),
});

export const createTicketAction = serverAction(
  { name: "createTicket", actor: "signed-in", input: createTicketFormSchema },
  async ({ actor, input: { navigation, ...input } }) => {
    const ticket = await createTicket(actor, input, await getRequestContext());
    if (navigation === "server") redirect(`/tickets/${ticket.id}`);
    return ticket;
  },
);
