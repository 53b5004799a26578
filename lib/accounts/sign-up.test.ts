import { readsInEnglish } from "@/lib/testing/message-text";
import { msg } from "@/lib/i18n/message";
import { eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { contractActivations, emailOutbox, users } from "@/db/schema";
import {
  createContract,
  createUser,
  latestEmailTo,
  linkIn,
  TEST_PASSWORD,
  uniqueSuffix,
} from "@/test/factories";
import { initialFormState } from "@/lib/actions/form-action";
import { serverAction } from "@/lib/actions/server-action";
import { CONTROL_CHARACTER_MESSAGE } from "@/lib/validation/plain-text";
import { confirmEmail } from "./confirm-email";
import { signUpSchema } from "./password-schemas";
import type { SignUpInput } from "./schemas";
import { signUp } from "./sign-up";

const context = { ip: "198.51.100.7", userAgent: "vitest" };

/** Through the action helper, as the Sign Up form posts. */
const signUpVia = async (input: SignUpInput) =>
  (
    await serverAction({ name: "signUp", actor: "anyone", input: signUpSchema }, ({ input }) =>
      signUp(input, context),
    )(initialFormState, input)
  ).result!;

function form(overrides: Partial<SignUpInput> = {}): SignUpInput {
  const suffix = uniqueSuffix();
  return {
    firstName: "Jan",
    lastName: "Kowalski",
    email: `jan-${suffix}@example.com`,
    phone: "+48 600 100 200",
    company: "Bank",
    login: `jan-${suffix}`,
    password: TEST_PASSWORD,
    confirmPassword: TEST_PASSWORD,
    contractNumber: "",
    activationCode: "",
    ...overrides,
  };
}

describe("sign up", () => {
  it("creates a pending account with the contract activated and emails a working confirmation link", async () => {
    const contract = await createContract();
    const input = form({
      contractNumber: contract.number.toLowerCase(),
      activationCode: ` ${contract.key.toLowerCase()} `,
    });
    const { userId } = await signUp(input, context);
    if (!userId) throw new Error("expected a new account");

    const [user] = await db.select().from(users).where(eq(users.id, userId));
    expect(user).toMatchObject({
      status: "pending_confirmation",
      emailConfirmedAt: null,
      login: input.login,
    });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    const activations = await db
      .select()
      .from(contractActivations)
      .where(eq(contractActivations.userId, userId));
    expect(activations.map((a) => a.contractId)).toEqual([contract.id]);

    const email = await latestEmailTo(input.email);
    const link = linkIn(email!.text, "confirm-email");
    const token = link.split("/").pop()!;
    expect(await confirmEmail(token, context)).toBe("valid");
    expect(await confirmEmail(token, context)).toBe("used");
    const [confirmed] = await db.select().from(users).where(eq(users.id, userId));
    expect(confirmed).toMatchObject({ status: "active" });
    expect(confirmed!.emailConfirmedAt).toBeInstanceOf(Date);
  });

  it("gives one generic error for a wrong number or a wrong code, and names an expired contract", async () => {
    const contract = await createContract();
    const generic = /do not match/;
    await expect(
      signUp(form({ contractNumber: "NOPE-1", activationCode: contract.key }), context),
    ).rejects.toMatchObject({ field: "activationCode", message: readsInEnglish(generic) });
    await expect(
      signUp(form({ contractNumber: contract.number, activationCode: "WRONG" }), context),
    ).rejects.toMatchObject({ field: "activationCode", message: readsInEnglish(generic) });

    const expired = await createContract({ validToDays: -3 });
    await expect(
      signUp(form({ contractNumber: expired.number, activationCode: expired.key }), {
        ...context,
        ip: "198.51.100.8",
      }),
    ).rejects.toMatchObject({
      field: "contractNumber",
      message: readsInEnglish(new RegExp(`${expired.number} expired on \\d{1,2} \\w+ \\d{4}`)),
    });
  });

  it("answers a taken address or login like a new sign-up and tells only by email", async () => {
    const contract = await createContract();
    const existing = await createUser();
    const staff = await createUser({ role: "support_engineer" });
    const pair = { contractNumber: contract.number, activationCode: contract.key };
    const ip = { ...context, ip: "198.51.100.9" };
    await expect(
      signUp(form({ email: existing.email, contractNumber: "NOPE", activationCode: "NOPE" }), ip),
    ).rejects.toMatchObject({ field: "activationCode" });

    const newcomer = form(pair);
    const answers = [
      await signUp(form({ ...pair, email: existing.email.toUpperCase() }), ip),
      await signUp(form({ ...pair, email: staff.email }), ip),
      await signUp(form({ ...pair, login: existing.login.toUpperCase() }), ip),
      await signUp(newcomer, ip),
    ];
    expect(answers.slice(0, 3)).toEqual([{ userId: null }, { userId: null }, { userId: null }]);
    expect(answers[3]).toEqual({ userId: expect.any(String) });

    for (const owner of [existing, staff]) {
      const email = await latestEmailTo(owner.email);
      expect(email).toMatchObject({ subject: expect.stringMatching(/tried to sign up/) });
      expect(email!.text).toMatch(/“Forgot my password”/);
    }
    const taken = await db
      .select({ subject: emailOutbox.subject, text: emailOutbox.text })
      .from(emailOutbox)
      .where(like(emailOutbox.text, `%${existing.login.toUpperCase()}%`));
    expect(taken).toEqual([
      {
        subject: expect.stringMatching(/not created/),
        text: expect.stringMatching(/already taken/),
      },
    ]);
    const [unchanged] = await db.select().from(users).where(eq(users.id, existing.id));
    expect(unchanged).toMatchObject({ firstName: existing.firstName, status: "active" });
  });

  it("answers a NUL in a field with that field's error and stores nothing", async () => {
    const contract = await createContract();
    const input = form({
      contractNumber: contract.number,
      activationCode: contract.key,
      company: "Bank\u0000",
    });
    const result = await signUpVia(input);
    expect(result).toEqual({
      ok: false,
      formError: msg("validation.correctHighlighted"),
      fieldErrors: { company: [CONTROL_CHARACTER_MESSAGE] },
    });
    expect(await db.select().from(users).where(eq(users.login, input.login))).toEqual([]);
  });

  it("gives concurrent sign-ups with one login one account, and the others the usual answer", async () => {
    const contract = await createContract();
    const login = `race-${uniqueSuffix()}`;
    const inputs = Array.from({ length: 4 }, () =>
      form({ login, contractNumber: contract.number, activationCode: contract.key }),
    );
    const results = await Promise.all(inputs.map((input) => signUpVia(input)));
    expect(results.map((result) => result.ok)).toEqual([true, true, true, true]);
    const accounts = await db.select().from(users).where(eq(users.login, login));
    expect(accounts).toHaveLength(1);
    for (const input of inputs.filter((input) => input.email !== accounts[0]!.email)) {
      expect(await latestEmailTo(input.email)).toMatchObject({
        subject: expect.stringMatching(/not created/),
      });
    }
  });

  it("lets twenty colleagues behind one address sign up on one contract, counting only wrong pairs", async () => {
    const contract = await createContract();
    const office = { ...context, ip: "198.51.100.77" };
    for (let colleague = 0; colleague < 20; colleague++) {
      const { userId } = await signUp(
        form({ contractNumber: contract.number, activationCode: contract.key }),
        office,
      );
      expect(userId).toEqual(expect.any(String));
    }
    for (let typo = 0; typo < 10; typo++) {
      await expect(
        signUp(form({ contractNumber: contract.number, activationCode: "TYPO" }), office),
      ).rejects.toMatchObject({ code: "invalid" });
    }
    await expect(
      signUp(form({ contractNumber: contract.number, activationCode: contract.key }), office),
    ).rejects.toMatchObject({ code: "rate_limited", field: "activationCode" });
  });

  it("rate-limits contract checks per IP", async () => {
    const ip = { ...context, ip: "203.0.113.50" };
    for (let attempt = 0; attempt < 10; attempt++) {
      await expect(
        signUp(form({ contractNumber: "X", activationCode: "Y" }), ip),
      ).rejects.toMatchObject({ code: "invalid" });
    }
    await expect(
      signUp(form({ contractNumber: "X", activationCode: "Y" }), ip),
    ).rejects.toMatchObject({
      code: "rate_limited",
      message: readsInEnglish(/Try again in \d+ minutes/),
    });
  });

  it("validates every field with a message of its own", () => {
    const result = signUpSchema.safeParse({
      ...form(),
      firstName: " ",
      email: "nope",
      phone: "abc",
      login: "a!",
      password: "short",
      confirmPassword: "other",
      contractNumber: "",
      activationCode: "",
    });
    expect(result.success).toBe(false);
    const fields = Object.keys(result.error!.flatten().fieldErrors).sort();
    expect(fields).toEqual([
      "activationCode",
      "confirmPassword",
      "contractNumber",
      "email",
      "firstName",
      "login",
      "password",
      "phone",
    ]);
  });
});
