import type { Locale } from "@/lib/i18n/locales";
import { formatSlaClock, slaState, type SlaClock, type SlaTicket } from "@/lib/sla/due-times";

export type SlaSummary = {
  tone: SlaClock["state"];
  /** The clock the cell shows: its name is desk.sla.clock.<clock> ("Response", "Resolution"). */
  clock: "response" | "resolution";
  text: string;
};

/**
 * The one SLA clock a queue row shows: the live clock with the least time left (a breached
 * one first), else the resolution clock's outcome; its text in `locale`.
 */
export function slaSummary(ticket: SlaTicket, now: Date, locale: Locale): SlaSummary {
  const { firstResponse, resolution } = slaState(ticket, now);
  const clocks = [
    { clock: "response" as const, value: firstResponse },
    { clock: "resolution" as const, value: resolution },
  ];
  const live = clocks
    .filter(({ value }) => value.secondsLeft !== null)
    .sort((a, b) => (a.value.secondsLeft ?? 0) - (b.value.secondsLeft ?? 0));
  const shown = live[0] ?? clocks.find(({ value }) => value.state === "breached") ?? clocks[1]!;
  return {
    tone: shown.value.state,
    clock: shown.clock,
    text: formatSlaClock(shown.value, locale),
  };
}
