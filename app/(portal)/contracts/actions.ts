"use server";

import { serverAction } from "@/lib/actions/server-action";
import { registerContract } from "@/lib/contracts/register-contract";
import { registerContractSchema } from "@/lib/contracts/schemas";
import { getRequestContext } from "@/lib/http/request-context";

/** "Register contract" → "Apply": activates a contract on the signed-in user's account. */
export const registerContractAction = serverAction(
  { name: "registerContract", actor: "signed-in", input: registerContractSchema },
  async ({ actor, input }) => registerContract(actor, input, await getRequestContext()),
);
