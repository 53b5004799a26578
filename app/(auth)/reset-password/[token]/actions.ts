"use server";

import { redirect } from "next/navigation";
import { resetPassword } from "@/lib/accounts/password-reset";
import { resetPasswordSchema } from "@/lib/accounts/password-schemas";
import { linkTokenSchema } from "@/lib/accounts/schemas";
import { serverAction } from "@/lib/actions/server-action";
import { getRequestContext } from "@/lib/http/request-context";

/** The token comes from the link, bound to the form. */
export const resetPasswordAction = serverAction(
  {
    name: "resetPassword",
    actor: "anyone",
    bound: [linkTokenSchema],
    input: resetPasswordSchema,
    secretFields: ["password", "confirmPassword"],
  },
  async ({ bound: [token], input }) => {
    await resetPassword(token, input.password, await getRequestContext());
    // the link is used up now, so its page can't show the success: a page of its own does
    redirect("/reset-password/done");
  },
);
