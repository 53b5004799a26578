import { describe, expect, it } from "vitest";
import { assertProductionConfig } from "./env";

describe("production configuration", () => {
  it("names every missing setting", () => {
    expect(() => assertProductionConfig({ NODE_ENV: "production" })).toThrow(
      /DATABASE_URL is missing[\s\S]*AUTH_SECRET is missing[\s\S]*No mail transport/,
    );
  });

  it("accepts Resend, or an explicit choice of no mail transport", () => {
    const base = {
      NODE_ENV: "production" as const,
      DATABASE_URL: "postgres://x",
      AUTH_SECRET: "x".repeat(40),
    };
    expect(() => assertProductionConfig({ ...base, RESEND_API_KEY: "re_123" })).not.toThrow();
    expect(() => assertProductionConfig({ ...base, MAIL_TRANSPORT: "none" })).not.toThrow();
    expect(() => assertProductionConfig({ ...base, AUTH_SECRET: "short" })).toThrow(/at least 32/);
  });

  it("asks nothing outside production", () => {
    expect(() => assertProductionConfig({ NODE_ENV: "development" })).not.toThrow();
  });
});
