import { describe, expect, it } from "vitest";
import { formattersFor } from "@/lib/i18n/formatters";
import { contractStatus, daysLeft } from "./contract-status";
import { formatDay } from "@/lib/format";

describe("contract status", () => {
  const today = "2026-03-03";

  it.each([
    ["2027-01-01", "active"],
    ["2026-04-03", "active"],
    ["2026-04-02", "expiring"],
    ["2026-03-03", "expiring"],
    ["2026-03-02", "expired"],
  ] as const)("a contract valid to %s is %s", (validTo, status) => {
    expect(contractStatus(validTo, today)).toBe(status);
  });

  it("counts whole days across month ends and leap days", () => {
    expect(daysLeft("2024-03-01", "2024-02-28")).toBe(2);
    expect(daysLeft("2026-03-01", "2026-02-28")).toBe(1);
  });

  it("writes dates for people, in either language", () => {
    expect(formatDay("2026-03-03")).toBe("3 March 2026");
    expect(formattersFor("pl").day("2026-03-03")).toBe("3 marca 2026");
  });
});
