"use server";

import { parseAndRun } from "@/lib/actions/action-result";
import { requireActor } from "@/lib/auth/actor";
import { registerContract } from "@/lib/contracts/register-contract";
import { registerContractSchema } from "@/lib/contracts/schemas";
import { getRequestContext } from "@/lib/http/request-context";

/** "Register contract" → "Apply": activates a contract on the signed-in user's account. */
export async function registerContractAction(input: unknown) {
  const actor = await requireActor();
  return parseAndRun(registerContractSchema, input, async (data) =>
    registerContract(actor, data, await getRequestContext()),
  );
}
