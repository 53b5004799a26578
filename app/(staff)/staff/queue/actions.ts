"use server";

import { parseAndRun } from "@/lib/actions/action-result";
import { requireStaff } from "@/lib/auth/actor";
import { getRequestContext } from "@/lib/http/request-context";
import { bulkUpdateTickets } from "@/lib/tickets/bulk-update";
import { bulkUpdateFormSchema } from "@/lib/tickets/queue-query";

/** "Apply to selected": assign and/or set the status of the tickets ticked on the page. */
export async function bulkUpdateTicketsAction(input: unknown) {
  return parseAndRun(bulkUpdateFormSchema, input, async (form) => {
    const actor = await requireStaff();
    return bulkUpdateTickets(
      actor,
      {
        ticketIds: form.ticketIds,
        assigneeId:
          form.assignee === "" ? undefined : form.assignee === "none" ? null : form.assignee,
        status: form.status === "" ? undefined : form.status,
      },
      await getRequestContext(),
    );
  });
}
