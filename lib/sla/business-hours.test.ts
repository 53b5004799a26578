import { describe, expect, it } from "vitest";
import { addBusinessHours, businessSecondsBetween } from "./business-hours";

// Instants written in UTC with the Warsaw offset in force that day: CET is UTC+1 (winter),
// CEST is UTC+2 (from the last Sunday of March to the last Sunday of October).
const at = (iso: string) => new Date(iso);

describe("addBusinessHours", () => {
  it.each([
    ["inside one day", "2026-03-10T09:00:00+01:00", 3, "2026-03-10T12:00:00+01:00"],
    [
      "Friday 15:00 + 2 h is Monday 09:00",
      "2026-03-13T15:00:00+01:00",
      2,
      "2026-03-16T09:00:00+01:00",
    ],
    [
      "before opening counts from 08:00",
      "2026-03-10T06:30:00+01:00",
      1,
      "2026-03-10T09:00:00+01:00",
    ],
    // Just after local midnight the UTC date is still the day before.
    [
      "00:30 in winter is already the new day",
      "2026-03-10T00:30:00+01:00",
      1,
      "2026-03-10T09:00:00+01:00",
    ],
    [
      "00:30 in summer is already the new day",
      "2026-07-07T00:30:00+02:00",
      1,
      "2026-07-07T09:00:00+02:00",
    ],
    [
      "a Friday's last minute before midnight counts from Monday",
      "2026-03-13T23:59:00+01:00",
      1,
      "2026-03-16T09:00:00+01:00",
    ],
    [
      "after closing counts from the next morning",
      "2026-03-10T18:00:00+01:00",
      1,
      "2026-03-11T09:00:00+01:00",
    ],
    [
      "on a Saturday counts from Monday",
      "2026-03-14T11:00:00+01:00",
      4,
      "2026-03-16T12:00:00+01:00",
    ],
    [
      "exactly a day's worth ends at closing",
      "2026-03-10T08:00:00+01:00",
      8,
      "2026-03-10T16:00:00+01:00",
    ],
    ["minutes", "2026-03-10T15:45:00+01:00", 0.5, "2026-03-11T08:15:00+01:00"],
    // Good Friday is a working day in Poland; Easter Monday (6 April 2026) is not.
    ["across Easter Monday", "2026-04-03T15:00:00+02:00", 2, "2026-04-07T09:00:00+02:00"],
    // 1 May 2026 is a Friday, 3 May a Sunday (no day in lieu): Thursday 15:00 + 2 h → Monday 4 May.
    ["across 1 May", "2026-04-30T15:00:00+02:00", 2, "2026-05-04T09:00:00+02:00"],
    // 2027: 3 May is a Monday, so the weekend runs Saturday 1 May → Monday 3 May off.
    ["across 1 and 3 May", "2027-04-30T14:00:00+02:00", 4, "2027-05-04T10:00:00+02:00"],
    // CET → CEST on Sunday 29 March 2026: Friday 08:00 is UTC+1, Monday 08:00 is UTC+2.
    ["across the spring DST change", "2026-03-27T12:00:00+01:00", 6, "2026-03-30T10:00:00+02:00"],
    // CEST → CET on Sunday 25 October 2026.
    ["across the autumn DST change", "2026-10-23T14:00:00+02:00", 4, "2026-10-26T10:00:00+01:00"],
    [
      "across Christmas Eve, Christmas and New Year",
      "2026-12-23T15:00:00+01:00",
      2,
      "2026-12-28T09:00:00+01:00",
    ],
    ["ten business days", "2026-03-02T08:00:00+01:00", 80, "2026-03-13T16:00:00+01:00"],
    ["zero hours", "2026-03-14T11:00:00+01:00", 0, "2026-03-14T11:00:00+01:00"],
  ])("%s", (_name, start, hours, expected) => {
    expect(addBusinessHours(at(start), hours).toISOString()).toBe(at(expected).toISOString());
  });
});

describe("businessSecondsBetween", () => {
  it.each([
    ["inside one day", "2026-03-10T09:00:00+01:00", "2026-03-10T11:30:00+01:00", 9_000],
    [
      "Friday 15:00 → Monday 09:00 is 2 h",
      "2026-03-13T15:00:00+01:00",
      "2026-03-16T09:00:00+01:00",
      7_200,
    ],
    ["a weekend alone is 0", "2026-03-14T09:00:00+01:00", "2026-03-15T17:00:00+01:00", 0],
    [
      "Easter Monday is skipped",
      "2026-04-03T08:00:00+02:00",
      "2026-04-07T16:00:00+02:00",
      16 * 3600,
    ],
    ["1 May is skipped", "2026-04-30T08:00:00+02:00", "2026-05-04T16:00:00+02:00", 16 * 3600],
    [
      "over the spring DST change",
      "2026-03-27T12:00:00+01:00",
      "2026-03-30T10:00:00+02:00",
      6 * 3600,
    ],
    [
      "over the autumn DST change",
      "2026-10-23T14:00:00+02:00",
      "2026-10-26T10:00:00+01:00",
      4 * 3600,
    ],
    [
      "night to night is one working day",
      "2026-03-10T20:00:00+01:00",
      "2026-03-11T23:00:00+01:00",
      8 * 3600,
    ],
    ["reversed is 0", "2026-03-11T10:00:00+01:00", "2026-03-10T10:00:00+01:00", 0],
  ])("%s", (_name, a, b, seconds) => {
    expect(businessSecondsBetween(at(a), at(b))).toBe(seconds);
  });

  it("inverts addBusinessHours", () => {
    const start = at("2026-04-29T13:17:00+02:00");
    for (const hours of [0.25, 1, 3, 8, 17, 40, 80]) {
      expect(businessSecondsBetween(start, addBusinessHours(start, hours))).toBe(hours * 3600);
    }
  });
});
