import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane (~10 ms here).
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** argon2id hash for passwords and activation keys. */
export function hashSecret(secret: string): Promise<string> {
  return hash(secret.normalize("NFC"), ARGON2_OPTIONS);
}

export async function verifySecret(storedHash: string, secret: string): Promise<boolean> {
  try {
    return await verify(storedHash, secret.normalize("NFC"));
  } catch {
    return false;
  }
}

/** A URL-safe random token with `bytes` of entropy (default 256 bits). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** A numeric code such as a 6-digit login code, uniformly drawn. */
export function randomDigits(length: number): string {
  return Array.from({ length }, () => randomInt(10)).join("");
}

/**
 * SHA-256 for high-entropy tokens (links, codes bound to a one-time challenge): they are
 * looked up by hash, which a slow salted hash would not allow.
 */
export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
