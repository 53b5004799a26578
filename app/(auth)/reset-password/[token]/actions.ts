"use server";

import { z } from "zod";
import { resetPassword } from "@/lib/accounts/password-reset";
import { resetPasswordSchema } from "@/lib/accounts/schemas";
import { parseAndRun, type ActionResult } from "@/lib/actions/action-result";
import { getRequestContext } from "@/lib/http/request-context";

const tokenSchema = z.string().min(1).max(200);

export async function resetPasswordAction(token: string, input: unknown): Promise<ActionResult> {
  const parsedToken = tokenSchema.safeParse(token);
  if (!parsedToken.success) return { ok: false, formError: "This link is not valid." };
  return parseAndRun(resetPasswordSchema, input, async ({ password }) => {
    await resetPassword(parsedToken.data, password, await getRequestContext());
  });
}
