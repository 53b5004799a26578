import { describe, expect, it } from "vitest";
import { verifySecret } from "@/lib/crypto/secrets";
import {
  generateActivationKey,
  isActivationKeyShape,
  KEY_ALPHABET,
  KEY_BITS,
} from "./activation-key";
import { hashActivationKey, normalizeKey } from "./check-contract-key";

describe("generateActivationKey", () => {
  it("gives 5 groups of 4 characters of the unambiguous alphabet, at least 80 bits", () => {
    const key = generateActivationKey();
    expect(key).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    expect(KEY_ALPHABET).not.toMatch(/[ILOU]/);
    expect(new Set(KEY_ALPHABET).size).toBe(32);
    expect(KEY_BITS).toBe(100);
    expect(isActivationKeyShape(key)).toBe(true);
  });

  it("normalises however the customer types it: case, spaces and hyphens don't matter", () => {
    const key = generateActivationKey();
    const canonical = key.replace(/-/g, "");
    expect(normalizeKey(key)).toBe(canonical);
    expect(normalizeKey(`  ${key.toLowerCase().replace(/-/g, " - ")} `)).toBe(canonical);
    expect(normalizeKey(canonical.toLowerCase())).toBe(canonical);
  });

  it("verifies against its hash when typed in lower case with spaces", async () => {
    const key = generateActivationKey();
    const hash = await hashActivationKey(key);
    expect(await verifySecret(hash, normalizeKey(` ${key.toLowerCase()} `))).toBe(true);
    expect(await verifySecret(hash, normalizeKey(generateActivationKey()))).toBe(false);
  });

  it("never repeats and uses every letter of the alphabet", () => {
    const keys = Array.from({ length: 2000 }, generateActivationKey);
    expect(new Set(keys).size).toBe(keys.length);
    const letters = new Set(keys.join("").replace(/-/g, ""));
    expect([...letters].sort().join("")).toBe([...KEY_ALPHABET].sort().join(""));
  });

  it("tells a key's shape from other text", () => {
    expect(isActivationKeyShape("7kqf-3mzd-x0rt-9bnc-4hwe")).toBe(true);
    expect(isActivationKeyShape("7KQF3MZDX0RT9BNC4HWE")).toBe(true);
    expect(isActivationKeyShape("7KQF-3MZD-X0RT-9BNC")).toBe(false);
    expect(isActivationKeyShape("IKQF-3MZD-X0RT-9BNC-4HWE")).toBe(false);
  });
});
