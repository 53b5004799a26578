import { describe, expect, it } from "vitest";
import { inEnglish, messageText } from "@/lib/testing/message-text";
import { dayValue, msg, readMessage, writeMessage, type Translate } from "./message";

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

describe("a message with values of its own kind", () => {
  it("writes a message among its values, and a day, in the reader's language", () => {
    const expired = msg("errors.contracts.expired", {
      number: "CL-2026-0001",
      day: dayValue("2026-03-03"),
    });
    expect(inEnglish(expired)).toBe("Contract CL-2026-0001 expired on 3 March 2026.");
    expect(messageText(expired, "pl")).toContain("3 marca 2026");
    const nested = msg("errors.tickets.details.notSaved", {
      field: "status",
      problem: msg("validation.oneLine"),
    });
    expect(inEnglish(nested)).toBe(`Status not saved: ${inEnglish(msg("validation.oneLine"))}`);
    expect(messageText(nested, "pl")).not.toContain("@i18n:");
  });
});
