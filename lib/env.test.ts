import { describe, expect, it } from "vitest";
import { assertProductionConfig, serverProcessCount, trustedProxyCount } from "./env";

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

  it("names every missing or invalid S3 setting when attachments go to S3", () => {
    const base = {
      NODE_ENV: "production" as const,
      DATABASE_URL: "postgres://x",
      AUTH_SECRET: "x".repeat(40),
      MAIL_TRANSPORT: "none",
    };
    expect(() => assertProductionConfig({ ...base, STORAGE_DRIVER: "s3" })).toThrow(
      /S3_BUCKET is missing[\s\S]*S3_ACCESS_KEY_ID is missing[\s\S]*S3_SECRET_ACCESS_KEY is missing/,
    );
    const s3 = {
      ...base,
      STORAGE_DRIVER: "s3",
      S3_BUCKET: "attachments",
      S3_ACCESS_KEY_ID: "key",
      S3_SECRET_ACCESS_KEY: "secret",
    };
    expect(() => assertProductionConfig(s3)).not.toThrow();
    expect(() =>
      assertProductionConfig({
        ...s3,
        S3_ENDPOINT: "https://s3.example.com",
        S3_FORCE_PATH_STYLE: "true",
      }),
    ).not.toThrow();
    expect(() => assertProductionConfig({ ...s3, S3_ENDPOINT: "s3.example.com" })).toThrow(
      /S3_ENDPOINT must be an http\(s\) URL/,
    );
    expect(() => assertProductionConfig({ ...s3, S3_FORCE_PATH_STYLE: "yes" })).toThrow(
      /S3_FORCE_PATH_STYLE must be "true" or "false"/,
    );
    expect(() => assertProductionConfig({ ...base, STORAGE_DRIVER: "ftp" })).toThrow(
      /STORAGE_DRIVER=ftp is not supported/,
    );
  });

  it("asks nothing outside production", () => {
    expect(() => assertProductionConfig({ NODE_ENV: "development" })).not.toThrow();
  });
});

describe("TRUSTED_PROXY_COUNT", () => {
  it("is 0 (no proxy in front) unless set", () => {
    expect(trustedProxyCount({ NODE_ENV: "production" })).toBe(0);
    expect(trustedProxyCount({ NODE_ENV: "production", TRUSTED_PROXY_COUNT: "" })).toBe(0);
    expect(trustedProxyCount({ NODE_ENV: "production", TRUSTED_PROXY_COUNT: "2" })).toBe(2);
  });

  it("refuses anything but a whole number of proxies, in development too", () => {
    for (const value of ["-1", "1.5", "one", "1e2", "0x1"]) {
      expect(() =>
        trustedProxyCount({ NODE_ENV: "development", TRUSTED_PROXY_COUNT: value }),
      ).toThrow(
        `TRUSTED_PROXY_COUNT must be a whole number of proxies in front of the app (0 or more), not "${value}".`,
      );
    }
  });
});

describe("WEB_CONCURRENCY", () => {
  it("is one server process per core unless set", () => {
    expect(serverProcessCount(2, {})).toBe(2);
    expect(serverProcessCount(8, { WEB_CONCURRENCY: " " })).toBe(8);
    expect(serverProcessCount(0, {})).toBe(1);
    expect(serverProcessCount(2, { WEB_CONCURRENCY: "3" })).toBe(3);
    expect(serverProcessCount(2, { WEB_CONCURRENCY: "1" })).toBe(1);
  });

  it.each(["0", "-1", "1.5", "two", "02"])("refuses %j", (value) => {
    expect(() => serverProcessCount(2, { WEB_CONCURRENCY: value })).toThrow(
      `WEB_CONCURRENCY must be a whole number of server processes (1 or more), not "${value}".`,
    );
  });
});
