import { describe, expect, it } from "vitest";
import { inEnglish, readsInEnglish } from "@/lib/testing/message-text";
import { expireRateLimits } from "@/test/rate-limits";
import { assertUnderLimits, consumeLimits, countFailure, resetLimit } from "./limits";

describe("rate limits in PostgreSQL", () => {
  it("allows the configured attempts, then says how long to wait", async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      await consumeLimits([["forgotPerEmail", "alice@example.com"]]);
    }
    await expect(
      consumeLimits([["forgotPerEmail", "ALICE@example.com"]], "email"),
    ).rejects.toMatchObject({
      code: "rate_limited",
      field: "email",
      message: readsInEnglish(/Try again in (59|60) minutes/),
    });
    // another key is unaffected
    await expect(consumeLimits([["forgotPerEmail", "bob@example.com"]])).resolves.toBeUndefined();
  });

  it("enforces a resend cooldown and can be reset", async () => {
    await consumeLimits([["codeResendPerAccount", "user-1"]]);
    const refused = await consumeLimits([["codeResendPerAccount", "user-1"]]).catch(
      (error: Error) => error,
    );
    expect(inEnglish((refused as Error).message)).toMatch(/seconds?\.$/);
    await resetLimit("codeResendPerAccount", "user-1");
    await expect(consumeLimits([["codeResendPerAccount", "user-1"]])).resolves.toBeUndefined();
  });

  it("counts only failures for a guess limit, and refuses once they are used up until the window passes", async () => {
    const check = ["passwordFailPerAccountAddress", "account-1", "192.0.2.1"] as const;
    for (let failure = 0; failure < 10; failure++) {
      await assertUnderLimits([[...check]], "login");
      await countFailure([[...check]]);
    }
    await expect(assertUnderLimits([[...check]], "login")).rejects.toMatchObject({
      code: "rate_limited",
      field: "login",
      message: readsInEnglish(/Try again in 1[45] minutes/),
    });
    // the same account from another address is another count
    await expect(
      assertUnderLimits([["passwordFailPerAccountAddress", "account-1", "192.0.2.2"]]),
    ).resolves.toBeUndefined();
    await expireRateLimits();
    await expect(assertUnderLimits([[...check]])).resolves.toBeUndefined();
  });

  it("limits requests whose address is unknown, as one address", async () => {
    for (let failure = 0; failure < 30; failure++) {
      await countFailure([["codeFailPerAddress", failure % 2 ? null : undefined]]);
    }
    await expect(assertUnderLimits([["codeFailPerAddress", null]])).rejects.toMatchObject({
      code: "rate_limited",
    });
    await consumeLimits([["forgotPerEmail", null]]);
    await consumeLimits([["forgotPerEmail", ""]]);
    await consumeLimits([["forgotPerEmail", undefined]]);
    await expect(consumeLimits([["forgotPerEmail", null]])).rejects.toMatchObject({
      code: "rate_limited",
    });
  });
});
