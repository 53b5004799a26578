import { isoDay } from "@/lib/format";
export type ContractStatus = "active" | "expiring" | "expired";

/** A contract counts as "expiring" from this many days before its last valid day. */
export const EXPIRING_WITHIN_DAYS = 30;

const DAY_MS = 86_400_000;

const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);

/** Whole days from `today` to `validTo`: 0 on the last valid day, negative once expired. */
export const daysLeft = (validTo: string, today: string = isoDay()) =>
  dayNumber(validTo) - dayNumber(today);

/** A contract is valid through the whole of its `validTo` day. */
export function contractStatus(validTo: string, today: string = isoDay()): ContractStatus {
  const left = daysLeft(validTo, today);
  if (left < 0) return "expired";
  if (left <= EXPIRING_WITHIN_DAYS) return "expiring";
  return "active";
}
