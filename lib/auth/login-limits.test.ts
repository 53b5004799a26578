import { describe, expect, it } from "vitest";
import { readsInEnglish } from "@/lib/testing/message-text";
import { codeIn, createUser, latestEmailTo } from "@/test/factories";
import { expireRateLimits } from "@/test/rate-limits";
import { startLogin, verifyLoginCode } from "./login";

let addresses = 0;
/** A new client address per call, so only the limit under test can add up. */
const fresh = () => {
  addresses += 1;
  return { ip: `203.0.${addresses >> 8}.${addresses & 255}`, userAgent: "vitest" };
};

const wrongPassword = "Wrong-Password-Guess-1";
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) => error,
  );

async function codeFor(email: string) {
  return codeIn((await latestEmailTo(email))!.text);
}

describe("login limits per account", () => {
  it("counts wrong codes per account: a correct password starts a new challenge, not a new count", async () => {
    const user = await createUser();
    for (let challenge = 0; challenge < 2; challenge++) {
      const { challengeId } = await startLogin(
        { login: user.login, password: user.password! },
        fresh(),
      );
      const code = await codeFor(user.email);
      const wrong = code === "000000" ? "111111" : "000000";
      for (let guess = 0; guess < 5; guess++) await verifyLoginCode(challengeId, wrong, fresh());
    }

    const { challengeId } = await startLogin(
      { login: user.login, password: user.password! },
      fresh(),
    );
    const code = await codeFor(user.email);
    expect(await verifyLoginCode(challengeId, code, fresh())).toEqual({
      ok: false,
      failure: "account_locked",
    });

    await expireRateLimits();
    expect(await verifyLoginCode(challengeId, code, fresh())).toMatchObject({ ok: true });
  });

  it("issues at most 10 login codes per account an hour, whatever the address", async () => {
    const user = await createUser();
    for (let issued = 0; issued < 10; issued++) {
      await startLogin({ login: user.login, password: user.password! }, fresh());
    }
    await expect(
      startLogin({ login: user.login, password: user.password! }, fresh()),
    ).rejects.toMatchObject({ code: "rate_limited", field: "login" });
  });

  it("keys failed passwords by the account: its login, its email and their case variants share one count", async () => {
    const user = await createUser();
    const address = fresh();
    const names = [
      user.login,
      user.email,
      user.login.toUpperCase(),
      ` ${user.email.toUpperCase()} `,
    ];
    for (let attempt = 0; attempt < 10; attempt++) {
      await expect(
        startLogin({ login: names[attempt % names.length]!, password: wrongPassword }, address),
      ).rejects.toMatchObject({ code: "unauthenticated" });
    }
    await expect(
      startLogin({ login: user.email, password: user.password! }, address),
    ).rejects.toMatchObject({
      code: "rate_limited",
      message: readsInEnglish(/Try again/),
    });
  });

  it("keys an unknown login by its normalised text, so case variants share one count too", async () => {
    const address = fresh();
    for (let attempt = 0; attempt < 10; attempt++) {
      await expect(
        startLogin(
          { login: attempt % 2 ? "Nobody.Here" : " nobody.here", password: wrongPassword },
          address,
        ),
      ).rejects.toMatchObject({ code: "unauthenticated" });
    }
    await expect(
      startLogin({ login: "NOBODY.HERE", password: wrongPassword }, address),
    ).rejects.toMatchObject({ code: "rate_limited" });
  });

  it("does not let a stranger's failures at one address lock the owner out at another", async () => {
    const user = await createUser();
    const stranger = fresh();
    for (let attempt = 0; attempt < 10; attempt++) {
      await failureOf(startLogin({ login: user.login, password: wrongPassword }, stranger));
    }
    await expect(
      startLogin({ login: user.login, password: user.password! }, stranger),
    ).rejects.toMatchObject({ code: "rate_limited" });
    await expect(
      startLogin({ login: user.login, password: user.password! }, fresh()),
    ).resolves.toMatchObject({ challengeId: expect.any(String) });
  });

  it("stops guessing spread over many addresses at 100 failures an hour, until the window passes", async () => {
    const user = await createUser();
    for (let address = 0; address < 10; address++) {
      const context = fresh();
      await Promise.all(
        Array.from({ length: 10 }, () =>
          failureOf(startLogin({ login: user.login, password: wrongPassword }, context)),
        ),
      );
    }
    await expect(
      startLogin({ login: user.email, password: user.password! }, fresh()),
    ).rejects.toMatchObject({
      code: "rate_limited",
      message: readsInEnglish(/minutes/),
    });

    await expireRateLimits();
    await expect(
      startLogin({ login: user.email, password: user.password! }, fresh()),
    ).resolves.toMatchObject({ challengeId: expect.any(String) });
  });

  it("limits failed passwords from an unknown client address as one address", async () => {
    const user = await createUser();
    const unknown = { ip: null, userAgent: "vitest" };
    for (let attempt = 0; attempt < 30; attempt++) {
      await failureOf(startLogin({ login: `nobody-${attempt}`, password: wrongPassword }, unknown));
    }
    await expect(
      startLogin({ login: user.login, password: user.password! }, unknown),
    ).rejects.toMatchObject({ code: "rate_limited" });
  });
});
