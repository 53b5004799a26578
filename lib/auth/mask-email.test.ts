import { describe, expect, it } from "vitest";
import { maskEmail } from "./mask-email";

describe("maskEmail", () => {
  it.each([
    ["jan.kowalski@example.com", "j•••@example.com"],
    ["j@example.com", "j•••@example.com"],
    ["anna+support@clico.pl", "a•••@clico.pl"],
    ['"a@b"@example.com', '"•••@example.com'],
    ["😀x@example.com", "😀•••@example.com"],
  ])("shows %s as %s", (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });

  it("hides the whole of something that is not an address", () => {
    expect(maskEmail("no-at-sign")).toBe("•••");
    expect(maskEmail("@example.com")).toBe("•••");
  });
});
