"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { serverAction } from "@/lib/actions/server-action";
import { createCannedReply } from "@/lib/canned-replies/create-canned-reply";
import { deleteCannedReply } from "@/lib/canned-replies/delete-canned-reply";
import { cannedReplyIdSchema, cannedReplySchema } from "@/lib/canned-replies/schemas";
import { updateCannedReply } from "@/lib/canned-replies/update-canned-reply";
import { getRequestContext } from "@/lib/http/request-context";

const PATH = "/staff/canned-replies";
const reply = { actor: "staff", bound: [cannedReplyIdSchema] } as const;

export const createCannedReplyAction = serverAction(
  { name: "createCannedReply", actor: "staff", input: cannedReplySchema },
  async ({ actor, input }) => {
    const created = await createCannedReply(actor, input, await getRequestContext());
    revalidatePath(PATH);
    return created;
  },
);

export const updateCannedReplyAction = serverAction(
  { name: "updateCannedReply", ...reply, input: cannedReplySchema },
  async ({ actor, bound: [id], input }) => {
    await updateCannedReply(actor, id, input, await getRequestContext());
    revalidatePath(PATH);
  },
);

export const deleteCannedReplyAction = serverAction(
  { name: "deleteCannedReply", ...reply, input: z.object({}) },
  async ({ actor, bound: [id] }) => {
    await deleteCannedReply(actor, id, await getRequestContext());
    revalidatePath(PATH);
  },
);
