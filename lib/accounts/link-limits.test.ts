import { msg } from "@/lib/i18n/message";
import { describe, expect, it } from "vitest";
import { randomToken } from "@/lib/crypto/secrets";
import { createUser, latestEmailTo, linkIn } from "@/test/factories";
import { expireRateLimits } from "@/test/rate-limits";
import { confirmEmail } from "./confirm-email";
import { checkResetLink, requestPasswordReset, resetPassword } from "./password-reset";
import { resendConfirmation } from "./resend-confirmation";

const NEW_PASSWORD = "Amber-Window-Falcon-88";
const tokenIn = async (email: string, path: string) =>
  linkIn((await latestEmailTo(email))!.text, path)
    .split("/")
    .pop()!;

describe("guessing emailed links", () => {
  it("refuses every reset link from an address after 20 unknown ones, the right one too, until the window passes", async () => {
    const user = await createUser();
    const address = { ip: "192.0.2.201", userAgent: "vitest" };
    await requestPasswordReset(user.email, address);
    const token = await tokenIn(user.email, "reset-password");
    for (let guess = 0; guess < 10; guess++) {
      expect(await checkResetLink(randomToken(), address)).toBe("unknown");
      await expect(resetPassword(randomToken(), NEW_PASSWORD, address)).rejects.toMatchObject({
        reason: "unknown",
      });
    }
    expect(await checkResetLink(token, address)).toBe("rate_limited");
    await expect(resetPassword(token, NEW_PASSWORD, address)).rejects.toMatchObject({
      reason: "rate_limited",
      message: msg("auth.reset.linkRateLimited"),
    });
    // another address is not affected
    expect(await checkResetLink(token, { ...address, ip: "192.0.2.202" })).toBe("valid");

    await expireRateLimits();
    await expect(resetPassword(token, NEW_PASSWORD, address)).resolves.toBeUndefined();
  });

  it("refuses confirmation links from an address after 20 unknown ones, also when the address is unknown", async () => {
    const user = await createUser({ status: "pending_confirmation", emailConfirmedAt: null });
    const unknown = { ip: null, userAgent: "vitest" };
    await resendConfirmation(user.login, unknown);
    const token = await tokenIn(user.email, "confirm-email");
    for (let guess = 0; guess < 20; guess++) {
      expect(await confirmEmail(randomToken(), unknown)).toBe("unknown");
    }
    expect(await confirmEmail(token, unknown)).toBe("rate_limited");
    await expireRateLimits();
    expect(await confirmEmail(token, unknown)).toBe("valid");
  });
});
