import { describe, expect, it } from "vitest";
import { formatDateTime, formatDay, formatNearDateTime, isoDay, personName } from "./format";
import { formatFileSize } from "./file-size";

// 12:05:09 UTC on a winter day is 13:05 in Warsaw (CET); on a summer day 14:05 (CEST).
const winter = new Date("2026-01-15T12:05:09Z");
const summer = new Date("2026-07-15T12:05:09Z");

describe("formatDateTime", () => {
  it("writes Warsaw time, medium date and short time, by default in British English", () => {
    expect(formatDateTime(winter)).toBe("15 Jan 2026, 13:05");
    expect(formatDateTime(summer)).toBe("15 Jul 2026, 14:05");
  });

  it("adds seconds, or uses another time zone or locale, when asked", () => {
    expect(formatDateTime(winter, { seconds: true })).toBe("15 Jan 2026, 13:05:09");
    expect(formatDateTime(winter, { timeZone: "UTC" })).toBe("15 Jan 2026, 12:05");
    expect(formatDateTime(winter, {}, "pl-PL")).toBe("15 sty 2026, 13:05");
    expect(formatDateTime(null)).toBe("—");
  });
});

describe("formatNearDateTime", () => {
  const now = new Date("2026-12-01T10:00:00Z");
  it("writes Warsaw time without the current year, with the weekday when asked", () => {
    expect(formatNearDateTime(new Date("2026-12-03T15:00:00Z"), { weekday: true, now })).toBe(
      "Thu 3 Dec, 16:00",
    );
    expect(formatNearDateTime(new Date("2026-12-02T09:12:00Z"), { now })).toBe("2 Dec, 10:12");
    expect(formatNearDateTime(summer, { now })).toBe("15 Jul, 14:05");
  });

  it("writes the year of another year, the one of Warsaw's calendar", () => {
    expect(formatNearDateTime(new Date("2025-12-02T09:12:00Z"), { now })).toBe("2 Dec 2025, 10:12");
    // 23:30 UTC on 31 December is already 1 January in Warsaw
    expect(formatNearDateTime(new Date("2025-12-31T23:30:00Z"), { now })).toBe("1 Jan, 00:30");
    expect(formatNearDateTime(winter, { now }, "pl-PL")).toBe("15 sty, 13:05");
  });
});

describe("formatDay", () => {
  it("writes a stored calendar day the same in every time zone", () => {
    expect(formatDay("2026-03-03")).toBe("3 March 2026");
    expect(formatDay("2026-03-03", "short")).toBe("3 Mar");
    expect(formatDay("2026-03-03", "full")).toBe("Tuesday, 3 March 2026");
    expect(formatDay("2026-03-03", "long", "pl-PL")).toBe("3 marca 2026");
  });
});

describe("isoDay", () => {
  it("gives the UTC day by default and the local day in a time zone", () => {
    const lateEvening = new Date("2026-03-03T23:30:00Z");
    expect(isoDay(lateEvening)).toBe("2026-03-03");
    expect(isoDay(lateEvening, "Europe/Warsaw")).toBe("2026-03-04");
    expect(isoDay()).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe("personName", () => {
  it("joins first and last name, leaving out what is missing", () => {
    expect(personName({ firstName: "Anna", lastName: "Nowak" })).toBe("Anna Nowak");
    expect(personName({ firstName: "Anna", lastName: "" })).toBe("Anna");
    expect(personName({ firstName: null, lastName: null })).toBe("");
  });
});

describe("formatFileSize", () => {
  it("uses binary multiples with at most one decimal", () => {
    expect(formatFileSize(512)).toBe("512 B");
    expect(formatFileSize(1536)).toBe("1.5 KB");
    expect(formatFileSize(432_537_600)).toBe("412.5 MB");
    expect(formatFileSize(1_073_741_824)).toBe("1 GB");
    expect(formatFileSize(1536, "pl-PL")).toBe("1,5 KB");
  });
});
