import { notFound, redirect } from "next/navigation";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { logger } from "@/lib/logger";
import { inEnglish } from "@/lib/testing/message-text";
import { initialFormState } from "./form-action";
import { serverAction } from "./server-action";

const signedIn = vi.hoisted(() => ({ actor: null as unknown }));
vi.mock("@/lib/auth/actor", () => ({
  requireActor: async () => signedIn.actor ?? redirect("/login"),
  requireStaff: async () => signedIn.actor ?? redirect("/login"),
}));

const posted = (fields: Record<string, string>) => {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.append(name, value);
  return formData;
};

const contractSchema = z.object({
  number: z.string().min(3, "Enter the contract number."),
  password: z.string().min(12, "Use at least 12 characters."),
  assets: z.array(z.object({ serialNumber: z.string().min(1, "Enter the serial number.") })),
});

/** An action on a bound contract id; `work` stands for its one lib call. */
const onContract = (
  work: (call: { bound: readonly [string]; input: unknown }) => Promise<unknown>,
) =>
  serverAction(
    {
      name: "updateContract",
      actor: "signed-in",
      bound: [z.uuid("Contract not found.")],
      input: contractSchema,
      secretFields: ["password"],
    },
    work,
  );

const id = "6f1c3a52-8a3e-4d7e-9d2b-1f9a7c1e2b3d";
const valid = { number: "CL-1", password: "Long-enough-pass", "assets.0.serialNumber": "S1" };

afterEach(() => {
  signedIn.actor = null;
  vi.restoreAllMocks();
});

describe("a server action declared with serverAction", () => {
  it("answers an invalid bound argument with its schema's message, and runs nothing", async () => {
    const work = vi.fn();
    const state = await onContract(work)("not-a-uuid", initialFormState, posted(valid));
    expect(state.result).toEqual({ ok: false, formError: "Contract not found." });
    expect(work).not.toHaveBeenCalled();
  });

  it("keys input errors by the form's own field paths and shows the typed values again, not the secrets", async () => {
    signedIn.actor = { id: "u1" };
    const work = vi.fn();
    const state = await onContract(work)(
      id,
      initialFormState,
      posted({ number: "C", password: "short", "assets.0.serialNumber": "" }),
    );
    expect(state).toEqual({
      result: {
        ok: false,
        formError: msg("validation.correctHighlighted"),
        fieldErrors: {
          number: ["Enter the contract number."],
          password: ["Use at least 12 characters."],
          "assets.0.serialNumber": ["Enter the serial number."],
        },
      },
      values: { number: "C", assets: [{ serialNumber: "" }] },
    });
    expect(work).not.toHaveBeenCalled();
  });

  it("runs the lib call with the actor, the parsed bound arguments and input, from a form or from code", async () => {
    signedIn.actor = { id: "u1" };
    const action = serverAction(
      { name: "echo", actor: "staff", bound: [z.uuid()], input: contractSchema },
      async (call) => call,
    );
    const fromForm = await action(id, initialFormState, posted(valid));
    const fromCode = await action(id, initialFormState, {
      number: "CL-1",
      password: "Long-enough-pass",
      assets: [{ serialNumber: "S1" }],
    });
    const expected = {
      actor: { id: "u1" },
      bound: [id],
      input: { number: "CL-1", password: "Long-enough-pass", assets: [{ serialNumber: "S1" }] },
    };
    expect(fromForm).toEqual({ result: { ok: true, data: expected }, values: {} });
    expect(fromCode.result).toEqual({ ok: true, data: expected });
  });

  it("shows the typed values again after a success only when asked to (a side form of the page)", async () => {
    const resend = serverAction(
      { name: "resend", actor: "anyone", input: z.object({ login: z.string() }), keepValues: true },
      async () => undefined,
    );
    expect(await resend(initialFormState, posted({ login: "anna" }))).toEqual({
      result: { ok: true, data: undefined },
      values: { login: "anna" },
    });
  });

  it("turns a DomainError into the field's error or the form's", async () => {
    signedIn.actor = { id: "u1" };
    const taken = onContract(async () => {
      throw new DomainError("conflict", { field: "number", message: "Already exists." });
    });
    const gone = onContract(async () => {
      throw new DomainError("not_found", { message: "Contract not found.", reason: "gone" });
    });
    expect((await taken(id, initialFormState, posted(valid))).result).toEqual({
      ok: false,
      fieldErrors: { number: ["Already exists."] },
    });
    expect((await gone(id, initialFormState, posted(valid))).result).toEqual({
      ok: false,
      formError: "Contract not found.",
      reason: "gone",
    });
  });

  it("logs an unexpected error once with its name and a reference the user is given", async () => {
    signedIn.actor = { id: "u1" };
    const error = vi.spyOn(logger, "error").mockImplementation((() => {}) as never);
    const state = await onContract(async () => {
      throw new Error("connection reset");
    })(id, initialFormState, posted(valid));
    const formError = state.result && !state.result.ok ? state.result.formError : "";
    const ref = /^Something went wrong \(ref (\w+)\)\. Please try again\.$/.exec(
      inEnglish(formError ?? ""),
    )?.[1];
    expect(ref).toBeTruthy();
    expect(error).toHaveBeenCalledOnce();
    expect(error.mock.calls[0]![0]).toMatchObject({ ref, action: "updateContract" });
  });

  it("lets redirect() and notFound() through, from the lib call and from the actor check", async () => {
    const digestOf = (promise: Promise<unknown>) =>
      promise.then(
        () => "no throw",
        (thrown: { digest?: string }) => thrown.digest ?? "no digest",
      );
    // nobody signed in: requireActor() redirects to the login page
    expect(
      await digestOf(onContract(async () => null)(id, initialFormState, posted(valid))),
    ).toMatch(/^NEXT_REDIRECT;.*;\/login;/);
    signedIn.actor = { id: "u1" };
    expect(
      await digestOf(
        onContract(async () => redirect("/done"))(id, initialFormState, posted(valid)),
      ),
    ).toMatch(/^NEXT_REDIRECT;.*;\/done;/);
    expect(
      await digestOf(onContract(async () => notFound())(id, initialFormState, posted(valid))),
    ).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
  });
});
