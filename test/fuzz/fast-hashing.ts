import { createHash } from "node:crypto";

// Its own module, importing nothing of ours: lib/crypto/secrets is mocked with it, and a mock
// factory that imports the mocked module (through the factories) waits for itself forever.

/**
 * lib/crypto/secrets with a fast stand-in for argon2 (hash then verify still agree): a fuzz run
 * is about the input, and argon2 per run would spend most of the suite's time hashing.
 *   vi.mock("@/lib/crypto/secrets", async (original) => ({
 *     ...(await original()), ...(await import("@/test/fuzz/fast-hashing")).fastHashing }));
 */
export const fastHashing = {
  hashSecret: async (secret: string) =>
    `fast$${createHash("sha256").update(secret.normalize("NFC")).digest("hex")}`,
  verifySecret: async (storedHash: string, secret: string) =>
    storedHash === `fast$${createHash("sha256").update(secret.normalize("NFC")).digest("hex")}`,
};
