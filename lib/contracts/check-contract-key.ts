import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { contracts } from "@/db/schema";
import { hashSecret, verifySecret } from "@/lib/crypto/secrets";
import { DomainError, isDomainError } from "@/lib/errors";
import { isoDay } from "@/lib/format";
import { dayValue, msg } from "@/lib/i18n/message";

export const WRONG_CONTRACT_PAIR = msg("errors.contracts.wrongPair");

let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashSecret("XXXXXXXXXXXXXXXXXXXX"));

/** What a key is compared as: case, spaces and hyphens don't matter ("7kqf 3mzd…" = "7KQF-3MZD-…"). */
export const normalizeKey = (key: string) => key.toUpperCase().replace(/[^A-Z0-9]/g, "");

/** The only way a key is stored: argon2id of its normalised form. */
export const hashActivationKey = (key: string) => hashSecret(normalizeKey(key));

/** A failed guess of the pair, as opposed to a right pair for an expired contract. */
export const isWrongContractPair = (error: unknown) =>
  isDomainError(error) && error.reason === "wrong_pair";

/**
 * The contract whose number and activation key match, or `invalid` with one message for any
 * wrong pair (so numbers can't be probed) — and, only once the pair is right, a clear message
 * for an expired contract. Callers rate-limit before calling.
 */
export async function checkContractKey(
  tx: DbOrTx,
  input: { number: string; key: string; today?: string },
  fields: { number: string; key: string } = { number: "contractNumber", key: "activationCode" },
) {
  const [contract] = await tx
    .select()
    .from(contracts)
    .where(eq(sql`upper(${contracts.number})`, input.number.trim().toUpperCase()))
    .limit(1);
  const keyOk = await verifySecret(
    contract?.activationKeyHash ?? (await getDummyHash()),
    normalizeKey(input.key),
  );
  if (!contract || !keyOk)
    throw new DomainError("invalid", {
      field: fields.key,
      message: WRONG_CONTRACT_PAIR,
      reason: "wrong_pair",
    });
  const today = input.today ?? isoDay();
  if (contract.validTo < today) {
    throw new DomainError("invalid", {
      field: fields.number,
      message: msg("errors.contracts.expired", {
        number: contract.number,
        day: dayValue(contract.validTo),
      }),
      reason: "expired",
    });
  }
  return contract;
}
