"use server";

import { requestPasswordReset } from "@/lib/accounts/password-reset";
import { forgotPasswordSchema } from "@/lib/accounts/schemas";
import { parseAndRun } from "@/lib/actions/action-result";
import { getRequestContext } from "@/lib/http/request-context";

export async function forgotPasswordAction(input: unknown) {
  return parseAndRun(forgotPasswordSchema, input, async ({ email }) => {
    await requestPasswordReset(email, await getRequestContext());
    return { email };
  });
}
