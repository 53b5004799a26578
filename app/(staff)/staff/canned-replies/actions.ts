"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { parseAndRun } from "@/lib/actions/action-result";
import { requireStaff } from "@/lib/auth/actor";
import { createCannedReply } from "@/lib/canned-replies/create-canned-reply";
import { deleteCannedReply } from "@/lib/canned-replies/delete-canned-reply";
import { cannedReplyIdSchema, cannedReplySchema } from "@/lib/canned-replies/schemas";
import { updateCannedReply } from "@/lib/canned-replies/update-canned-reply";
import { getRequestContext } from "@/lib/http/request-context";

// Parse, re-check the session, one lib call (which checks the role), refresh the list.

const PATH = "/staff/canned-replies";

export async function createCannedReplyAction(input: unknown) {
  const result = await parseAndRun(cannedReplySchema, input, async (data) => {
    const actor = await requireStaff();
    return createCannedReply(actor, data, await getRequestContext());
  });
  if (result.ok) revalidatePath(PATH);
  return result;
}

export async function updateCannedReplyAction(id: unknown, input: unknown) {
  const schema = z.object({ id: cannedReplyIdSchema, reply: cannedReplySchema });
  const result = await parseAndRun(schema, { id, reply: input }, async (data) => {
    const actor = await requireStaff();
    await updateCannedReply(actor, data.id, data.reply, await getRequestContext());
  });
  if (result.ok) revalidatePath(PATH);
  // The form's fields are title and body: "reply.title" errors belong on "title".
  if (!result.ok && result.fieldErrors) {
    result.fieldErrors = Object.fromEntries(
      Object.entries(result.fieldErrors).map(([key, messages]) => [
        key.replace(/^reply\./, ""),
        messages,
      ]),
    );
  }
  return result;
}

export async function deleteCannedReplyAction(id: unknown) {
  const result = await parseAndRun(z.object({ id: cannedReplyIdSchema }), { id }, async (data) => {
    const actor = await requireStaff();
    await deleteCannedReply(actor, data.id, await getRequestContext());
  });
  if (result.ok) revalidatePath(PATH);
  return result;
}
