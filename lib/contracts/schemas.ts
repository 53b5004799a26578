import { z } from "zod";
import { plainText } from "@/lib/validation/plain-text";
import { msg } from "@/lib/i18n/message";

// Shared by the "Register contract" form (react-hook-form + zodResolver) and its server action.
// Messages are `msg` keys (lib/i18n/message.ts), written in the reader's language by the form.

export const registerContractSchema = z.object({
  contractNumber: plainText()
    .min(1, msg("validation.contractNumberRequired"))
    .max(100, msg("validation.maxChars", { max: 100 })),
  contractKey: plainText()
    .min(1, msg("validation.contractKeyRequired"))
    .max(100, msg("validation.maxChars", { max: 100 })),
});
export type RegisterContractInput = z.infer<typeof registerContractSchema>;

/** Contract ids in URLs: anything else can't name a contract, so it is simply not found. */
export const contractIdSchema = z.uuid();
