import { describe, expect, it } from "vitest";
import { safeReturnPath, withReturnTo } from "./return-path";

describe("safeReturnPath", () => {
  it.each([
    [
      "/tickets/0b7c6a0e-1d1f-4a52-9d5c-3f1c2a4b5d6e",
      "/tickets/0b7c6a0e-1d1f-4a52-9d5c-3f1c2a4b5d6e",
    ],
    ["/staff/queue?view=mine&q=vpn", "/staff/queue?view=mine&q=vpn"],
    ["/tickets/1#message-3", "/tickets/1#message-3"],
    ["/", "/"],
    ["/contracts/../dashboard", "/dashboard"],
    ["/tickets/%2F%2Fevil.example", "/tickets/%2F%2Fevil.example"],
  ])("keeps the same-origin path %s", (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });

  it.each([
    ["a protocol-relative URL", "//evil.example/tickets"],
    ["a backslash that browsers read as a slash", "/\\evil.example"],
    ["a backslash later in the path", "/tickets\\..\\..\\evil"],
    ["an absolute URL", "https://evil.example/tickets/1"],
    ["an absolute URL of this very site", "http://localhost:3000/tickets/1"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a javascript: URL in capitals", "JavaScript:alert(1)"],
    ["a data: URL", "data:text/html,<script>alert(1)</script>"],
    ["a tab that browsers drop", "/\t/evil.example"],
    ["a newline that browsers drop", "/\n/evil.example"],
    ["a space", "/ /evil.example"],
    ["a NUL", "/tickets\u0000"],
    ["a dot segment that the parser turns into //", "/.//evil.example"],
    ["a relative path", "tickets/1"],
    ["an empty string", ""],
    ["the login page (a loop)", "/login"],
    ["the code step (a loop)", "/login/verify?returnTo=/tickets/1"],
    ["a path longer than 2,048 characters", `/${"a".repeat(2048)}`],
  ])("refuses %s", (_what, value) => {
    expect(safeReturnPath(value)).toBeNull();
  });

  it.each([undefined, null, 42, ["/tickets/1"], { path: "/tickets/1" }])(
    "refuses a value that is not text: %j",
    (value) => {
      expect(safeReturnPath(value)).toBeNull();
    },
  );

  it("keeps /loginhistory, which only starts like the login page", () => {
    expect(safeReturnPath("/loginhistory")).toBe("/loginhistory");
  });
});

describe("withReturnTo", () => {
  it("adds a safe path as the returnTo query", () => {
    expect(withReturnTo("/login", "/tickets/1?tab=files")).toBe(
      "/login?returnTo=%2Ftickets%2F1%3Ftab%3Dfiles",
    );
  });

  it("leaves out an unsafe path, no path and the start pages, where a login lands anyway", () => {
    expect(withReturnTo("/login", "//evil.example")).toBe("/login");
    expect(withReturnTo("/login", undefined)).toBe("/login");
    for (const start of ["/", "/dashboard", "/staff"])
      expect(withReturnTo("/login", start)).toBe("/login");
    expect(withReturnTo("/login", "/staff/queue")).toBe("/login?returnTo=%2Fstaff%2Fqueue");
  });
});
