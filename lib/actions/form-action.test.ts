import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formDataToObject, runFormAction, typedValues } from "./form-action";

const posted = (entries: Array<[string, string | Blob]>) => {
  const formData = new FormData();
  for (const [name, value] of entries) formData.append(name, value);
  return formData;
};

describe("a form posted to a server action", () => {
  it("becomes one object of its named fields, without Next's action fields or files", () => {
    const formData = posted([
      ["$ACTION_ID_abc", ""],
      ["$ACTION_1:0", '{"id":"x"}'],
      ["login", "anna"],
      ["status", "open"],
      ["status", "new"],
      ["file", new Blob(["x"])],
    ]);
    expect(formDataToObject(formData)).toEqual({ login: "anna", status: ["open", "new"] });
  });

  it("shows again what was typed except the secret fields", () => {
    const formData = posted([
      ["$ACTION_ID_abc", ""],
      ["login", "anna"],
      ["password", "Secret-Password-1"],
      ["confirmPassword", "Secret-Password-1"],
    ]);
    expect(typedValues(formData, ["password", "confirmPassword"])).toEqual({ login: "anna" });
  });

  it("answers field errors keyed by the form's own names, and the typed values without secrets", async () => {
    const schema = z.object({
      login: z.string().min(3, "Too short."),
      password: z.string().min(12, "Use at least 12 characters."),
    });
    const formData = posted([
      ["login", "an"],
      ["password", "short"],
    ]);
    let ran = false;
    const state = await runFormAction(schema, formData, async () => (ran = true), {
      secretFields: ["password"],
    });
    expect(ran).toBe(false);
    expect(state).toEqual({
      result: {
        ok: false,
        formError: "Please correct the highlighted fields.",
        fieldErrors: { login: ["Too short."], password: ["Use at least 12 characters."] },
      },
      values: { login: "an" },
    });
  });

  it("runs the lib call with the parsed data", async () => {
    const schema = z.object({ email: z.string().trim().toLowerCase() });
    const state = await runFormAction(
      schema,
      posted([["email", " Anna@Example.com "]]),
      async (data) => data,
    );
    expect(state.result).toEqual({ ok: true, data: { email: "anna@example.com" } });
  });
});
