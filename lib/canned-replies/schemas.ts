import { z } from "zod";
import { plainText } from "@/lib/validation/plain-text";

// Shared by the canned replies page's forms and their server actions.

export const cannedReplyIdSchema = z.uuid("Canned reply not found.");

export const cannedReplySchema = z.object({
  title: plainText()
    .min(1, "Enter a title engineers will recognise in the list.")
    .max(120, "Use at most 120 characters."),
  body: plainText({ multiLine: true })
    .min(1, "Write the text to insert.")
    .max(20_000, "Use at most 20,000 characters."),
});
export type CannedReplyInput = z.infer<typeof cannedReplySchema>;
