"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { resetPassword } from "@/lib/accounts/password-reset";
import { resetPasswordSchema } from "@/lib/accounts/schemas";
import { runFormAction, type FormState } from "@/lib/actions/form-action";
import { getRequestContext } from "@/lib/http/request-context";

const tokenSchema = z.string().min(1).max(200);
const PASSWORDS = ["password", "confirmPassword"];

/** The token comes from the link, as a hidden field of the form. */
export async function resetPasswordAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsedToken = tokenSchema.safeParse(formData.get("token"));
  if (!parsedToken.success)
    return { result: { ok: false, formError: "This link is not valid." }, values: {} };
  const state = await runFormAction(
    resetPasswordSchema,
    formData,
    async ({ password }) => {
      await resetPassword(parsedToken.data, password, await getRequestContext());
    },
    { secretFields: PASSWORDS },
  );
  // the link is used up now, so its page can't show the success: a page of its own does
  if (state.result?.ok) redirect("/reset-password/done");
  return state;
}
