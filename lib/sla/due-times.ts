import type { ServiceLevel, TicketPriority, TicketStatus } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { addBusinessHours, businessSecondsBetween } from "./business-hours";
import { slaTargetsFor, usesBusinessHours, type SlaTarget } from "./targets";

export type SlaClock = {
  state: "met" | "breached" | "running" | "paused" | "at_risk" | "none";
  /** The effective due time: the stored one moved by the time the clock was paused. */
  dueAt: Date | null;
  /**
   * While the clock runs or is paused: the target's time left, in its own hours (business
   * seconds for 8x5 levels), negative once breached — then the wall-clock seconds since
   * `dueAt`. Null when the clock is stopped (met, or breached and stopped) or has no target.
   */
  secondsLeft: number | null;
};

export type SlaTicket = {
  status: TicketStatus;
  priority: TicketPriority;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  slaPausedAt: Date | null;
  slaPausedSeconds: number;
  /** Stops the resolution clock of a ticket closed without being resolved first. */
  closedAt?: Date | null;
  /**
   * The contract's service level; null for administrative tickets (8x5 NBD). Omitted is read
   * as null, so pass it for contract tickets: it decides whether pauses and time left are
   * counted in business hours.
   */
  serviceLevel?: ServiceLevel | null;
};

/** Less than this share of the target left (and not yet breached) is "at_risk". */
export const AT_RISK_SHARE = 0.25;

const addTarget = (from: Date, target: SlaTarget) =>
  target.business
    ? addBusinessHours(from, target.hours)
    : new Date(from.getTime() + target.hours * 3_600_000);

/** The due times promised for a ticket opened at `from`; `serviceLevel` null: administrative. */
export function computeDueTimes(input: {
  serviceLevel: ServiceLevel | null;
  priority: TicketPriority;
  from: Date;
}): { firstResponseDueAt: Date; resolutionDueAt: Date } {
  const targets = slaTargetsFor(input.serviceLevel, input.priority);
  return {
    firstResponseDueAt: addTarget(input.from, targets.firstResponse),
    resolutionDueAt: addTarget(input.from, targets.resolution),
  };
}

/** Seconds of the level's clock in [a, b): business seconds for 8x5, calendar ones for 24x7. */
export function clockSecondsBetween(business: boolean, a: Date, b: Date): number {
  return business
    ? businessSecondsBetween(a, b)
    : Math.max(0, Math.floor((b.getTime() - a.getTime()) / 1000));
}

/** A stored due time moved later by `seconds` of the level's clock. */
export function shiftDueTime(business: boolean, dueAt: Date, seconds: number): Date {
  if (seconds <= 0) return dueAt;
  return business
    ? addBusinessHours(dueAt, seconds / 3600)
    : new Date(dueAt.getTime() + seconds * 1000);
}

function clock(input: {
  business: boolean;
  target: SlaTarget;
  dueAt: Date | null;
  pausedSeconds: number;
  /** When the clock stopped (answered, resolved or closed), null while it runs. */
  stoppedAt: Date | null;
  isPaused: boolean;
  now: Date;
}): SlaClock {
  if (!input.dueAt) return { state: "none", dueAt: null, secondsLeft: null };
  const dueAt = shiftDueTime(input.business, input.dueAt, input.pausedSeconds);
  if (input.stoppedAt) {
    const state = input.stoppedAt.getTime() <= dueAt.getTime() ? "met" : "breached";
    return { state, dueAt, secondsLeft: null };
  }
  if (input.now.getTime() >= dueAt.getTime()) {
    const since = Math.floor((input.now.getTime() - dueAt.getTime()) / 1000);
    return { state: "breached", dueAt, secondsLeft: -since };
  }
  const secondsLeft = clockSecondsBetween(input.business, input.now, dueAt);
  const state = input.isPaused
    ? "paused"
    : secondsLeft < input.target.hours * 3600 * AT_RISK_SHARE
      ? "at_risk"
      : "running";
  return { state, dueAt, secondsLeft };
}

/**
 * Both SLA clocks of a ticket at `now`. The effective due time is the stored one moved by the
 * paused seconds (and by the current pause while waiting for the customer), on the level's
 * clock. "at_risk": running with less than 25% of the target's hours left — one rule for every
 * target, from a 1-hour first response to a 10-day resolution. A ticket closed without a first
 * response is judged by when it was closed. A paused timestamp on a ticket not waiting for the
 * customer (closed by the customer while waiting) does not pause it.
 */
export function slaState(
  ticket: SlaTicket,
  now: Date = new Date(),
): { firstResponse: SlaClock; resolution: SlaClock } {
  const serviceLevel = ticket.serviceLevel ?? null;
  const business = usesBusinessHours(serviceLevel);
  const targets = slaTargetsFor(serviceLevel, ticket.priority);
  const isPaused = ticket.status === "waiting_for_customer" && ticket.slaPausedAt !== null;
  const pausedSeconds =
    ticket.slaPausedSeconds +
    (isPaused && ticket.slaPausedAt ? clockSecondsBetween(business, ticket.slaPausedAt, now) : 0);
  const isFinished = ticket.status === "resolved" || ticket.status === "closed";
  const finishedAt = isFinished ? (ticket.resolvedAt ?? ticket.closedAt ?? now) : null;

  return {
    firstResponse: clock({
      business,
      target: targets.firstResponse,
      dueAt: ticket.firstResponseDueAt,
      pausedSeconds,
      stoppedAt: ticket.firstRespondedAt ?? finishedAt,
      isPaused,
      now,
    }),
    resolution: clock({
      business,
      target: targets.resolution,
      dueAt: ticket.resolutionDueAt,
      pausedSeconds,
      stoppedAt: finishedAt,
      isPaused,
      now,
    }),
  };
}

type SlaWords = ReturnType<typeof translatorFor<"desk">>;
const words = new Map<Locale, SlaWords>();
const wordsOf = (locale: Locale): SlaWords => {
  let found = words.get(locale);
  if (!found) words.set(locale, (found = translatorFor(locale, "desk")));
  return found;
};

/** Days only for wall-clock spans: a business clock's "27 h" is not "1 d 3 h". */
function formatDuration(t: SlaWords, totalSeconds: number, inDays = false): string {
  const minutes = Math.max(1, Math.round(totalSeconds / 60));
  const days = inDays ? Math.floor(minutes / 1440) : 0;
  const hours = Math.floor((minutes - days * 1440) / 60);
  const rest = minutes % 60;
  if (days > 0)
    return hours > 0
      ? t("sla.duration.daysHours", { days, hours })
      : t("sla.duration.days", { days });
  if (hours > 0)
    return rest > 0
      ? t("sla.duration.hoursMinutes", { hours, minutes: rest })
      : t("sla.duration.hours", { hours });
  return t("sla.duration.minutes", { minutes: rest });
}

/**
 * "2 h 15 min left", "breached 40 min ago", "paused", "met", "breached", "no target", in
 * `locale` (English for the CSV export).
 */
export function formatSlaClock(clock: SlaClock, locale: Locale = "en"): string {
  const t = wordsOf(locale);
  switch (clock.state) {
    case "none":
      return t("sla.text.none");
    case "met":
      return t("sla.text.met");
    case "paused":
      return clock.secondsLeft === null
        ? t("sla.text.paused")
        : t("sla.text.pausedLeft", { duration: formatDuration(t, clock.secondsLeft) });
    case "breached":
      return clock.secondsLeft === null
        ? t("sla.text.breached")
        : t("sla.text.breachedAgo", { duration: formatDuration(t, -clock.secondsLeft, true) });
    case "running":
    case "at_risk":
      return t("sla.text.left", { duration: formatDuration(t, clock.secondsLeft ?? 0) });
  }
}
