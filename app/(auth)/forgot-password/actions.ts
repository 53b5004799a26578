"use server";

import { requestPasswordReset } from "@/lib/accounts/password-reset";
import { forgotPasswordSchema } from "@/lib/accounts/schemas";
import { serverAction } from "@/lib/actions/server-action";
import { getRequestContext } from "@/lib/http/request-context";

export const forgotPasswordAction = serverAction(
  { name: "forgotPassword", actor: "anyone", input: forgotPasswordSchema },
  async ({ input: { email } }) => {
    await requestPasswordReset(email, await getRequestContext());
    return { email };
  },
);
