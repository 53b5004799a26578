"use server";

import { signUpSchema } from "@/lib/accounts/password-schemas";
import { signUp } from "@/lib/accounts/sign-up";
import { serverAction } from "@/lib/actions/server-action";
import { getRequestContext } from "@/lib/http/request-context";

export const signUpAction = serverAction(
  {
    name: "signUp",
    actor: "anyone",
    input: signUpSchema,
    secretFields: ["password", "confirmPassword"],
  },
  async ({ input }) => {
    await signUp(input, await getRequestContext());
    return { email: input.email };
  },
);
