import { z } from "zod";
import { msg } from "@/lib/i18n/message";
import { plainText } from "@/lib/validation/plain-text";

// Shared by the canned replies page's forms and their server actions.

export const cannedReplyIdSchema = z.uuid(msg("desk.errors.cannedReplyNotFound"));

export const cannedReplySchema = z.object({
  title: plainText()
    .min(1, msg("desk.errors.cannedReplyTitleRequired"))
    .max(120, msg("validation.maxChars", { max: 120 })),
  body: plainText({ multiLine: true })
    .min(1, msg("desk.errors.cannedReplyBodyRequired"))
    .max(20_000, msg("validation.maxChars", { max: 20_000 })),
});
export type CannedReplyInput = z.infer<typeof cannedReplySchema>;
