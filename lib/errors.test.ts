import { describe, expect, it } from "vitest";
import { msg } from "@/lib/i18n/message";
import { inEnglish } from "@/lib/testing/message-text";
import { DomainError, forbidden, httpStatusOf, type DomainErrorCode } from "./errors";

describe("httpStatusOf", () => {
  it.each<[DomainErrorCode, number]>([
    ["invalid", 400],
    ["unauthenticated", 401],
    ["forbidden", 403],
    ["not_found", 404],
    ["conflict", 409],
    ["rate_limited", 429],
  ])("answers %s with %i", (code, status) => {
    expect(httpStatusOf(code)).toBe(status);
  });

  it("gives a file over the limit its own 413, and ignores reasons without a status", () => {
    expect(httpStatusOf("invalid", "too_large")).toBe(413);
    expect(httpStatusOf("invalid", "unconfirmed")).toBe(400);
  });
});

describe("forbidden", () => {
  it("is the one refusal, with the default message", () => {
    const error = forbidden();
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: "forbidden", message: msg("errors.default.forbidden") });
    expect(inEnglish(error.message)).toBe("You are not allowed to do this.");
  });
});
