"use server";

import { serverAction } from "@/lib/actions/server-action";
import { getRequestContext } from "@/lib/http/request-context";
import { bulkUpdateTickets } from "@/lib/tickets/bulk-update";
import { bulkUpdateFormSchema } from "@/lib/tickets/queue-query";

/** "Apply to selected": assign and/or set the status of the tickets ticked on the page. */
export const bulkUpdateTicketsAction = serverAction(
  { name: "bulkUpdateTickets", actor: "staff", input: bulkUpdateFormSchema },
  async ({ actor, input }) =>
    bulkUpdateTickets(
      actor,
      {
        ticketIds: input.ticketIds,
        assigneeId:
          input.assignee === "" ? undefined : input.assignee === "none" ? null : input.assignee,
        status: input.status === "" ? undefined : input.status,
      },
      await getRequestContext(),
    ),
);
