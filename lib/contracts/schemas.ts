import { z } from "zod";
import { plainText } from "@/lib/validation/plain-text";

// Shared by the "Register contract" form (react-hook-form + zodResolver) and its server action.

export const registerContractSchema = z.object({
  contractNumber: plainText()
    .min(1, "Enter the contract number.")
    .max(100, "Use at most 100 characters."),
  contractKey: plainText()
    .min(1, "Enter the contract key (activation key).")
    .max(100, "Use at most 100 characters."),
});
export type RegisterContractInput = z.infer<typeof registerContractSchema>;

/** Contract ids in URLs: anything else can't name a contract, so it is simply not found. */
export const contractIdSchema = z.uuid();
