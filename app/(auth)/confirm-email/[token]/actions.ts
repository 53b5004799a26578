"use server";

import { redirect } from "next/navigation";
import { confirmEmail } from "@/lib/accounts/confirm-email";
import { confirmEmailSchema, linkTokenSchema } from "@/lib/accounts/schemas";
import { serverAction } from "@/lib/actions/server-action";
import { getRequestContext } from "@/lib/http/request-context";

/** The token comes from the link, bound to the form. */
export const confirmEmailAction = serverAction(
  { name: "confirmEmail", actor: "anyone", bound: [linkTokenSchema], input: confirmEmailSchema },
  async ({ bound: [token] }) => {
    const state = await confirmEmail(token, await getRequestContext());
    // The used link's page can't show the success, so a page of its own does; any other
    // outcome (used or expired since the page was opened) is what the link's page now shows.
    redirect(
      state === "valid" ? "/confirm-email/done" : `/confirm-email/${encodeURIComponent(token)}`,
    );
  },
);
