"use server";

import { requestPasswordReset } from "@/lib/accounts/password-reset";
import { forgotPasswordSchema } from "@/lib/accounts/schemas";
import { runFormAction, type FormState } from "@/lib/actions/form-action";
import { getRequestContext } from "@/lib/http/request-context";

export async function forgotPasswordAction(
  _state: FormState<{ email: string }>,
  formData: FormData,
): Promise<FormState<{ email: string }>> {
  return runFormAction(forgotPasswordSchema, formData, async ({ email }) => {
    await requestPasswordReset(email, await getRequestContext());
    return { email };
  });
}
