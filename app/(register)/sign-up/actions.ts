"use server";

import { signUpSchema } from "@/lib/accounts/schemas";
import { signUp } from "@/lib/accounts/sign-up";
import { parseAndRun } from "@/lib/actions/action-result";
import { getRequestContext } from "@/lib/http/request-context";

export async function signUpAction(input: unknown) {
  return parseAndRun(signUpSchema, input, async (data) => {
    await signUp(data, await getRequestContext());
    return { email: data.email };
  });
}
