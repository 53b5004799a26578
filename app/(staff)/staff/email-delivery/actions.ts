"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { retryEmail } from "@/lib/admin/retry-email";
import { outboxIdSchema } from "@/lib/admin/schemas";
import { serverAction } from "@/lib/actions/server-action";
import { getRequestContext } from "@/lib/http/request-context";

export const retryEmailAction = serverAction(
  { name: "retryEmail", actor: "staff", bound: [outboxIdSchema], input: z.object({}) },
  async ({ actor, bound: [outboxId] }) => {
    await retryEmail(actor, outboxId, await getRequestContext());
    revalidatePath("/staff/email-delivery");
  },
);
