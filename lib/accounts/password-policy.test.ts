import { describe, expect, it } from "vitest";
import { checkPassword, PASSWORD_MAX } from "./password-policy";

describe("checkPassword", () => {
  it.each([
    ["short", /at least 12/],
    ["x".repeat(PASSWORD_MAX + 1), /at most 128/],
    ["password1234", /commonly used|too easy/i],
    ["qwertyuiop123", /commonly used|too easy/i],
    ["kochamcie1234", /commonly used|too easy/i],
    ["aaaaaaaaaaaaaaa", /too easy/i],
  ])("rejects %s", (password, message) => {
    expect(checkPassword(password).problem).toMatch(message);
  });

  it("rejects a password built on the login or the email", () => {
    expect(checkPassword("Zx9#jan.kowalski!!", { login: "jan.kowalski" }).problem).toMatch(
      /login or email/,
    );
    expect(checkPassword("Pq7$kowalskij-2026", { email: "KowalskiJ@example.com" }).problem).toMatch(
      /login or email/,
    );
  });

  it("accepts long unusual passwords of any characters, the demo password among them", () => {
    for (const password of [
      "Demo-Password-2026",
      "Correct-Horse-Battery-9",
      "zażółć gęślą jaźń 42",
      "🦊 lis biegnie przez las",
    ]) {
      expect(checkPassword(password, { login: "someone" })).toMatchObject({ problem: null });
    }
  });

  it("gives a score and a label for the strength hint", () => {
    const weak = checkPassword("abc");
    const strong = checkPassword("Correct-Horse-Battery-9");
    expect(weak.score).toBeLessThan(strong.score);
    expect(strong.label).toBe("Very strong");
  });
});
