import type { ServiceLevel } from "@/db/schema";
import { clockSecondsBetween } from "./due-times";
import { usesBusinessHours } from "./targets";

// The SLA clock stops while a ticket waits for the customer. Entering that status stamps
// slaPausedAt; leaving it adds the pause — in the level's own clock, business seconds for 8x5
// levels and calendar seconds for 24x7 — to slaPausedSeconds, which moves both due times.

/** Fields that pause the clock (entering "waiting_for_customer"). */
export function pauseFields(now: Date): { slaPausedAt: Date } {
  return { slaPausedAt: now };
}

/**
 * Fields that resume the clock (leaving "waiting_for_customer"); unchanged when it was not
 * paused. `serviceLevel` null: administrative ticket (8x5 NBD, business hours).
 */
export function resumeFields(
  ticket: { slaPausedAt: Date | null; slaPausedSeconds: number },
  serviceLevel: ServiceLevel | null,
  now: Date,
): { slaPausedAt: null; slaPausedSeconds: number } {
  const paused = ticket.slaPausedAt
    ? clockSecondsBetween(usesBusinessHours(serviceLevel), ticket.slaPausedAt, now)
    : 0;
  return { slaPausedAt: null, slaPausedSeconds: ticket.slaPausedSeconds + paused };
}
