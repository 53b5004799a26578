import { describe, expect, it } from "vitest";
import { consumeLimits, resetLimit } from "./limits";

describe("rate limits in PostgreSQL", () => {
  it("allows the configured attempts, then says how long to wait", async () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      await consumeLimits([["loginPerAccount", "alice"]]);
    }
    await expect(consumeLimits([["loginPerAccount", "ALICE"]], "login")).rejects.toMatchObject({
      code: "rate_limited",
      field: "login",
      message: expect.stringMatching(/Try again in 1[45] minutes/),
    });
    // another account is unaffected
    await expect(consumeLimits([["loginPerAccount", "bob"]])).resolves.toBeUndefined();
  });

  it("enforces a resend cooldown and can be reset", async () => {
    await consumeLimits([["codeResendPerAccount", "user-1"]]);
    await expect(consumeLimits([["codeResendPerAccount", "user-1"]])).rejects.toThrow(/seconds?\./);
    await resetLimit("codeResendPerAccount", "user-1");
    await expect(consumeLimits([["codeResendPerAccount", "user-1"]])).resolves.toBeUndefined();
  });
});
