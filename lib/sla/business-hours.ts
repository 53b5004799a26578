import { TZDate } from "@date-fns/tz";
import Holidays from "date-holidays";
import { PORTAL_TIME_ZONE } from "@/lib/format";

// Business hours: Europe/Warsaw, Monday to Friday 08:00–16:00, not on Polish public holidays.
// Every computation walks local calendar days and builds each day's window from wall-clock
// times in Warsaw, so a DST change (always at night, outside the window) never shifts it.

const OPENS_AT = 8;
const CLOSES_AT = 16;
/** A bound on the walk: ten years of days, far past any target or pause. */
const MAX_DAYS = 3660;

type LocalDay = { year: number; month: number; day: number };

const DAY_MS = 86_400_000;
/** Warsaw is UTC+1 or UTC+2: its calendar day is the UTC day of `instant + 2 h` or the one before. */
const MAX_OFFSET_MS = 2 * 3_600_000;

const holidaysByYear = new Map<number, Set<string>>();
const polishHolidays = new Holidays("PL");

const dayKey = ({ year, month, day }: LocalDay) =>
  `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** "YYYY-MM-DD" of each Polish public holiday (statutory days off) in `year`. */
function publicHolidays(year: number): Set<string> {
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Set(
      polishHolidays
        .getHolidays(year)
        .filter((holiday) => holiday.type === "public")
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    holidaysByYear.set(year, days);
  }
  return days;
}

// Days are numbered from 1970-01-01 (day 0). What a Warsaw day is — where it starts and its
// business window — is worked out once with @date-fns/tz and kept: the SLA columns of a queue
// page walk the same few hundred days for every row, and a TZDate per day was most of their cost.
type DayFacts = { startsAt: number; window: { opens: number; closes: number } | null };
const factsByDay = new Map<number, DayFacts>();
// Ten years of days is ~3,700 entries; past this many (dates far from the data's), start over.
const MAX_REMEMBERED_DAYS = 20_000;

function localDayFromNumber(dayNumber: number): LocalDay {
  const date = new Date(dayNumber * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate() };
}

function factsOf(dayNumber: number): DayFacts {
  let facts = factsByDay.get(dayNumber);
  if (!facts) {
    const day = localDayFromNumber(dayNumber);
    const at = (hour: number) =>
      new TZDate(day.year, day.month, day.day, hour, 0, 0, 0, PORTAL_TIME_ZONE).getTime();
    const window = isBusinessDay(day) ? { opens: at(OPENS_AT), closes: at(CLOSES_AT) } : null;
    facts = { startsAt: at(0), window };
    if (factsByDay.size >= MAX_REMEMBERED_DAYS) factsByDay.clear();
    factsByDay.set(dayNumber, facts);
  }
  return facts;
}

/** The number of the Warsaw calendar day `instant` falls on. */
function localDayNumberOf(instant: Date): number {
  const time = instant.getTime();
  const latest = Math.floor((time + MAX_OFFSET_MS) / DAY_MS);
  return time >= factsOf(latest).startsAt ? latest : latest - 1;
}

export function isBusinessDay(day: LocalDay): boolean {
  const weekday = new Date(Date.UTC(day.year, day.month, day.day)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !publicHolidays(day.year).has(dayKey(day));
}

/**
 * The instant `hours` business hours after `start`. A start outside business hours counts
 * from the next opening (Friday 15:00 + 2 h → Monday 09:00). `hours` ≤ 0 returns `start`.
 */
export function addBusinessHours(start: Date, hours: number): Date {
  let remaining = Math.round(hours * 3_600_000);
  if (!(remaining > 0)) return new Date(start.getTime());
  const from = start.getTime();
  const first = localDayNumberOf(start);
  for (let day = first; day < first + MAX_DAYS; day++) {
    const { window } = factsOf(day);
    if (!window) continue;
    const segmentStart = Math.max(from, window.opens);
    if (segmentStart >= window.closes) continue;
    const available = window.closes - segmentStart;
    if (remaining <= available) return new Date(segmentStart + remaining);
    remaining -= available;
  }
  throw new RangeError(`addBusinessHours: ${hours} h is beyond ${MAX_DAYS} days.`);
}

/** Whole business seconds in [a, b); 0 when b is not after a. */
export function businessSecondsBetween(a: Date, b: Date): number {
  const from = a.getTime();
  const to = b.getTime();
  if (!(to > from)) return 0;
  const first = localDayNumberOf(a);
  const last = Math.min(localDayNumberOf(b), first + MAX_DAYS - 1);
  let total = 0;
  for (let day = first; day <= last; day++) {
    const { window } = factsOf(day);
    if (window) total += Math.max(0, Math.min(to, window.closes) - Math.max(from, window.opens));
  }
  return Math.floor(total / 1000);
}
