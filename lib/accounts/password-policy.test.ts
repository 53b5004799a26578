import { describe, expect, it } from "vitest";
import { inEnglish, messageText } from "@/lib/testing/message-text";
import { checkPassword, PASSWORD_MAX } from "./password-policy";

const problemOf = (...args: Parameters<typeof checkPassword>) =>
  inEnglish(checkPassword(...args).problem ?? "");

describe("checkPassword", () => {
  it.each([
    ["short", /at least 12/],
    ["x".repeat(PASSWORD_MAX + 1), /at most 128/],
    ["password1234", /commonly used|too easy/i],
    ["qwertyuiop123", /commonly used|too easy/i],
    ["kochamcie1234", /commonly used|too easy/i],
    ["aaaaaaaaaaaaaaa", /too easy/i],
  ])("rejects %s", (password, message) => {
    expect(problemOf(password)).toMatch(message);
  });

  it("rejects a password built on the login or the email", () => {
    expect(problemOf("Zx9#jan.kowalski!!", { login: "jan.kowalski" })).toMatch(/login or email/);
    expect(problemOf("Pq7$kowalskij-2026", { email: "KowalskiJ@example.com" })).toMatch(
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

  it("says why in either language, zxcvbn's reason included", () => {
    const problem = checkPassword("aaaaaaaaaaaaaaa").problem!;
    expect(inEnglish(problem)).toBe(
      'Too easy to guess: repeated characters like "aaa" are easy to guess.',
    );
    expect(messageText(problem, "pl")).toBe(
      "Zbyt łatwe do odgadnięcia: powtórzone znaki, jak „aaa”, łatwo odgadnąć.",
    );
    expect(messageText(checkPassword("short").problem!, "pl")).toBe("Użyj co najmniej 12 znaków.");
  });

  it("gives a score and a label for the strength hint", () => {
    const weak = checkPassword("abc");
    const strong = checkPassword("Correct-Horse-Battery-9");
    expect(weak.score).toBeLessThan(strong.score);
    expect(strong.label).toBe("veryStrong");
  });
});
