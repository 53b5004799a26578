import { describe, expect, it } from "vitest";
import {
  constantTimeEqual,
  hashSecret,
  randomDigits,
  randomToken,
  sha256,
  verifySecret,
} from "./secrets";

describe("secrets", () => {
  it("hashes with argon2id and verifies only the same secret", async () => {
    const stored = await hashSecret("Demo-Password-2026");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifySecret(stored, "Demo-Password-2026")).toBe(true);
    expect(await verifySecret(stored, "demo-password-2026")).toBe(false);
    expect(await verifySecret("not a hash", "x")).toBe(false);
  });

  it("draws tokens of at least 128 bits and codes of the asked length", () => {
    const token = randomToken(16);
    expect(Buffer.from(token, "base64url")).toHaveLength(16);
    expect(randomToken()).not.toBe(randomToken());
    expect(randomDigits(6)).toMatch(/^\d{6}$/);
  });

  it("compares digests in constant time", () => {
    expect(constantTimeEqual(sha256("a"), sha256("a"))).toBe(true);
    expect(constantTimeEqual(sha256("a"), sha256("b"))).toBe(false);
    expect(constantTimeEqual("short", "longer")).toBe(false);
  });
});
