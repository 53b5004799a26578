import { msg } from "@/lib/i18n/message";
import { describe, expect, it } from "vitest";
import { invalidInput } from "@/lib/actions/action-result";
import { loginSchema, signUpFormSchema, verificationCodeSchema } from "@/lib/accounts/schemas";
import { replySchema } from "@/lib/tickets/schemas";
import { fieldErrorsOf, problemsIn } from "./form-state";

/** What the server answers for the same values: its first message per field. */
function serverSays(schema: Parameters<typeof problemsIn>[0], values: unknown) {
  const parsed = schema.safeParse(values);
  if (parsed.success) return {};
  const failure = invalidInput(parsed.error);
  return Object.fromEntries(
    Object.entries(failure.fieldErrors ?? {}).map(([field, messages]) => [field, messages[0]]),
  );
}

describe("problemsIn (the browser's check before a form posts)", () => {
  it("names each field's first problem as the server's answer does", () => {
    const cases: Array<[Parameters<typeof problemsIn>[0], Record<string, string>]> = [
      [loginSchema, { login: "", password: "" }],
      [verificationCodeSchema, { code: "12a" }],
      [replySchema, { body: "  " }],
      [
        signUpFormSchema,
        {
          firstName: "Ewa",
          lastName: "",
          email: "not-an-email",
          phone: "12",
          company: "ACME",
          jobTitle: "",
          login: "a b",
          password: "short",
          confirmPassword: "",
          contractNumber: "",
          activationCode: "KEY",
        },
      ],
    ];
    for (const [schema, values] of cases) {
      const problems = problemsIn(schema, values);
      expect(Object.keys(problems).length).toBeGreaterThan(0);
      expect(problems).toEqual(serverSays(schema, values));
    }
  });

  it("finds nothing in valid values, and reaches refinements once the fields parse", () => {
    expect(problemsIn(loginSchema, { login: "customer", password: "x" })).toEqual({});
    const signUp = {
      firstName: "Ewa",
      lastName: "Nowicka",
      email: "ewa@example.com",
      phone: "+48 601 444 555",
      company: "ACME",
      jobTitle: "",
      login: "ewa.nowicka",
      password: "Amber-Kettle-Orchard",
      confirmPassword: "Amber-Kettle-Orchard",
      contractNumber: "CL-1",
      activationCode: "KEY",
    };
    expect(problemsIn(signUpFormSchema, signUp)).toEqual({});
    expect(problemsIn(signUpFormSchema, { ...signUp, confirmPassword: "other" })).toEqual({
      confirmPassword: msg("validation.passwordsDiffer"),
    });
    expect(
      problemsIn(signUpFormSchema, { ...signUp, password: "short", confirmPassword: "short" }),
    ).toEqual({ password: msg("validation.minChars", { min: 12 }) });
  });
});

describe("fieldErrorsOf", () => {
  it("joins an action's messages per field and is empty for a success", () => {
    expect(
      fieldErrorsOf({
        result: { ok: false, fieldErrors: { code: ["One.", "Two."], login: ["Three."] } },
        values: {},
      }),
    ).toEqual({ code: "One. Two.", login: "Three." });
    expect(fieldErrorsOf({ result: { ok: true, data: undefined }, values: {} })).toEqual({});
  });
});
