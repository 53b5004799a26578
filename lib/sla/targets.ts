import type { ServiceLevel, TicketPriority } from "@/db/schema";

export type SlaTarget = {
  hours: number;
  /** true: counted in business hours (Europe/Warsaw, Mon–Fri 08:00–16:00, Polish public holidays off). */
  business: boolean;
};

export type SlaTargets = { firstResponse: SlaTarget; resolution: SlaTarget };

const business = (hours: number): SlaTarget => ({ hours, business: true });
const calendar = (hours: number): SlaTarget => ({ hours, business: false });

/**
 * What each contract promises, by service level and ticket priority. A business day is 8
 * business hours (08:00–16:00 Warsaw time, Monday to Friday, not on Polish public holidays).
 *
 * | level   | priority | first response        | resolution              |
 * | ------- | -------- | --------------------- | ----------------------- |
 * | 24x7 4h | critical | 1 h                   | 4 h                     |
 * | 24x7 4h | high     | 2 h                   | 8 h                     |
 * | 24x7 4h | normal   | 4 h                   | 24 h                    |
 * | 24x7 4h | low      | 8 h                   | 72 h                    |
 * | 8x5 4h  | critical | 1 business hour       | 4 business hours        |
 * | 8x5 4h  | high     | 2 business hours      | 1 business day (8 h)    |
 * | 8x5 4h  | normal   | 4 business hours      | 2 business days (16 h)  |
 * | 8x5 4h  | low      | 1 business day (8 h)  | 5 business days (40 h)  |
 * | 8x5 NBD | critical | 4 business hours      | 2 business days (16 h)  |
 * | 8x5 NBD | high     | 1 business day (8 h)  | 3 business days (24 h)  |
 * | 8x5 NBD | normal   | 1 business day (8 h)  | 5 business days (40 h)  |
 * | 8x5 NBD | low      | 2 business days (16 h)| 10 business days (80 h) |
 *
 * 24x7 hours are calendar hours. Within one level every target uses the same clock, because a
 * ticket has one pause counter (`slaPausedSeconds`) that both of its clocks move by.
 * Administrative tickets (no contract) get the 8x5 NBD targets: DEFAULT_SERVICE_LEVEL.
 */
export const SLA_TARGETS: Record<ServiceLevel, Record<TicketPriority, SlaTargets>> = {
  "24x7_4h": {
    critical: { firstResponse: calendar(1), resolution: calendar(4) },
    high: { firstResponse: calendar(2), resolution: calendar(8) },
    normal: { firstResponse: calendar(4), resolution: calendar(24) },
    low: { firstResponse: calendar(8), resolution: calendar(72) },
  },
  "8x5_4h": {
    critical: { firstResponse: business(1), resolution: business(4) },
    high: { firstResponse: business(2), resolution: business(8) },
    normal: { firstResponse: business(4), resolution: business(16) },
    low: { firstResponse: business(8), resolution: business(40) },
  },
  "8x5_nbd": {
    critical: { firstResponse: business(4), resolution: business(16) },
    high: { firstResponse: business(8), resolution: business(24) },
    normal: { firstResponse: business(8), resolution: business(40) },
    low: { firstResponse: business(16), resolution: business(80) },
  },
};

/** The level administrative tickets (no contract) are held to. */
export const DEFAULT_SERVICE_LEVEL: ServiceLevel = "8x5_nbd";

export const slaTargetsFor = (serviceLevel: ServiceLevel | null, priority: TicketPriority) =>
  SLA_TARGETS[serviceLevel ?? DEFAULT_SERVICE_LEVEL][priority];

/** Whether a level's clocks (and its pauses) count business hours rather than calendar hours. */
export const usesBusinessHours = (serviceLevel: ServiceLevel | null) =>
  SLA_TARGETS[serviceLevel ?? DEFAULT_SERVICE_LEVEL].critical.firstResponse.business;
