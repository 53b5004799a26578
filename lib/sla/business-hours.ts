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

function localDayOf(instant: Date): LocalDay {
  const local = new TZDate(instant.getTime(), PORTAL_TIME_ZONE);
  return { year: local.getFullYear(), month: local.getMonth(), day: local.getDate() };
}

function nextDay({ year, month, day }: LocalDay): LocalDay {
  const next = new Date(Date.UTC(year, month, day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth(), day: next.getUTCDate() };
}

export function isBusinessDay(day: LocalDay): boolean {
  const weekday = new Date(Date.UTC(day.year, day.month, day.day)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !publicHolidays(day.year).has(dayKey(day));
}

/** The day's business window as instants, or null on a weekend or public holiday. */
function windowOf(day: LocalDay): { opens: number; closes: number } | null {
  if (!isBusinessDay(day)) return null;
  const at = (hour: number) =>
    new TZDate(day.year, day.month, day.day, hour, 0, 0, 0, PORTAL_TIME_ZONE).getTime();
  return { opens: at(OPENS_AT), closes: at(CLOSES_AT) };
}

/**
 * The instant `hours` business hours after `start`. A start outside business hours counts
 * from the next opening (Friday 15:00 + 2 h → Monday 09:00). `hours` ≤ 0 returns `start`.
 */
export function addBusinessHours(start: Date, hours: number): Date {
  let remaining = Math.round(hours * 3_600_000);
  if (!(remaining > 0)) return new Date(start.getTime());
  const from = start.getTime();
  let day = localDayOf(start);
  for (let i = 0; i < MAX_DAYS; i++, day = nextDay(day)) {
    const window = windowOf(day);
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
  const lastDay = dayKey(localDayOf(b));
  let total = 0;
  let day = localDayOf(a);
  for (let i = 0; i < MAX_DAYS; i++, day = nextDay(day)) {
    const window = windowOf(day);
    if (window) total += Math.max(0, Math.min(to, window.closes) - Math.max(from, window.opens));
    if (dayKey(day) === lastDay) break;
  }
  return Math.floor(total / 1000);
}
