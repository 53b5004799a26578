"use server";

import { signUpSchema } from "@/lib/accounts/schemas";
import { signUp } from "@/lib/accounts/sign-up";
import { runFormAction, type FormState } from "@/lib/actions/form-action";
import { getRequestContext } from "@/lib/http/request-context";

export async function signUpAction(
  _state: FormState<{ email: string }>,
  formData: FormData,
): Promise<FormState<{ email: string }>> {
  return runFormAction(
    signUpSchema,
    formData,
    async (data) => {
      await signUp(data, await getRequestContext());
      return { email: data.email };
    },
    { secretFields: ["password", "confirmPassword"] },
  );
}
