import { describe, expect, it } from "vitest";
import { formatDateTime, formatDay, isoDay, personName } from "./format";
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
