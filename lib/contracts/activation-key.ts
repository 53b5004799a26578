import { randomInt } from "node:crypto";
import { normalizeKey } from "./check-contract-key";

/**
 * Crockford's base32 alphabet: digits and capitals without I, L, O and U, so a key read off
 * paper or over the phone has no 1/I/L or 0/O look-alikes.
 */
export const KEY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const GROUPS = 5;
const GROUP_LENGTH = 4;

/** 20 characters of a 32-letter alphabet: 100 bits from the CSPRNG. */
export const KEY_BITS = GROUPS * GROUP_LENGTH * Math.log2(KEY_ALPHABET.length);

const KEY_PATTERN = new RegExp(`^[${KEY_ALPHABET}]{${GROUPS * GROUP_LENGTH}}$`);

/**
 * A new activation key such as `7KQF-3MZD-X0RT-9BNC-4HWE`, grouped for reading. Store it only
 * through `hashActivationKey`, which hashes the normalised form the customer's input is
 * compared as.
 */
export function generateActivationKey(): string {
  const groups = Array.from({ length: GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => KEY_ALPHABET[randomInt(KEY_ALPHABET.length)]).join(
      "",
    ),
  );
  return groups.join("-");
}

/** Whether a typed key has the shape of a generated one (after normalising). */
export const isActivationKeyShape = (key: string) => KEY_PATTERN.test(normalizeKey(key));
