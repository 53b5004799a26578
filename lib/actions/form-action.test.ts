import { describe, expect, it } from "vitest";
import { formDataToObject, typedValues } from "./form-action";

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

  it("nests the fields named by their path in the schema's object, as react-hook-form names them", () => {
    const formData = posted([
      ["number", "CL-1"],
      ["assets.0.vendor", "f5"],
      ["assets.0.id", "a1"],
      ["assets.1.vendor", "fortinet"],
      ["vendorFields.firmware", "7.4"],
      ["__proto__.polluted", "yes"],
      ["assets.constructor.x", "yes"],
    ]);
    expect(formDataToObject(formData)).toEqual({
      number: "CL-1",
      assets: [{ vendor: "f5", id: "a1" }, { vendor: "fortinet" }],
      vendorFields: { firmware: "7.4" },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
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
});
