import { describe, expect, it } from "vitest";
import { createUser, uniqueSuffix } from "@/test/factories";
import { resendConfirmation } from "./resend-confirmation";

const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1]!;

async function answerOf(identifier: string) {
  const started = performance.now();
  const outcome = await resendConfirmation(identifier, {
    ip: `198.18.7.${Math.floor(Math.random() * 250)}`,
    userAgent: "vitest",
  }).then(
    () => "sent",
    (error: unknown) => error,
  );
  return { outcome, ms: performance.now() - started };
}

describe("resend confirmation", () => {
  it("answers a pending account and an unknown one alike, twice in a row and in the same time", async () => {
    const pending = await createUser({ status: "pending_confirmation", emailConfirmedAt: null });
    const unknown = `nobody-${uniqueSuffix()}`;
    const pendingAnswers = [await answerOf(pending.login), await answerOf(pending.email)];
    const unknownAnswers = [await answerOf(unknown), await answerOf(unknown)];
    expect(pendingAnswers.map((a) => a.outcome)).toEqual(["sent", "sent"]);
    expect(unknownAnswers.map((a) => a.outcome)).toEqual(["sent", "sent"]);

    const pendingMs: number[] = [];
    const unknownMs: number[] = [];
    for (let round = 0; round < 5; round++) {
      const fresh = await createUser({ status: "pending_confirmation", emailConfirmedAt: null });
      pendingMs.push((await answerOf(fresh.login)).ms);
      unknownMs.push((await answerOf(`nobody-${uniqueSuffix()}`)).ms);
    }
    expect(Math.abs(median(pendingMs) - median(unknownMs))).toBeLessThan(40);
  });
});
