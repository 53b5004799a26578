import { describe, expect, it } from "vitest";
import { msg, readMessage, writeMessage, type Translate } from "./message";

describe("a message given by its key", () => {
  it("travels as text and comes back as its key and values", () => {
    expect(readMessage(msg("validation.maxChars", { max: 100 }))).toEqual({
      key: "validation.maxChars",
      values: { max: 100 },
    });
    expect(readMessage(msg("validation.emailInvalid"))).toEqual({ key: "validation.emailInvalid" });
    expect(readMessage("Use at most 100 characters.")).toBeNull();
  });

  it("is written in the reader's language; unknown keys and plain text stay as they are", () => {
    const catalog: Record<string, string> = {
      "validation.maxChars": "Użyj najwyżej {max} znaków.",
    };
    const t = Object.assign(
      (key: string, values?: Record<string, string | number>) =>
        catalog[key]!.replace("{max}", String(values?.max)),
      { has: (key: string) => key in catalog },
    ) as Translate;
    expect(writeMessage(t, msg("validation.maxChars", { max: 40 }))).toBe(
      "Użyj najwyżej 40 znaków.",
    );
    expect(writeMessage(t, msg("nowhere.key"))).toBe(msg("nowhere.key"));
    expect(writeMessage(t, "Plain text.")).toBe("Plain text.");
  });
});
