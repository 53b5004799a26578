import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { oneTimeSecrets, type SecretPurpose } from "@/db/schema";

/** Marks every still-open secret of that purpose of the user used: none of them works after. */
export async function consumeOpenSecrets(
  tx: DbOrTx,
  userId: string,
  purpose: SecretPurpose,
  now = new Date(),
) {
  await tx
    .update(oneTimeSecrets)
    .set({ consumedAt: now })
    .where(
      and(
        eq(oneTimeSecrets.userId, userId),
        eq(oneTimeSecrets.purpose, purpose),
        isNull(oneTimeSecrets.consumedAt),
      ),
    );
}
