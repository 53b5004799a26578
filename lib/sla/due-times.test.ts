import { describe, expect, it } from "vitest";
import { computeDueTimes, formatSlaClock, slaState, type SlaTicket } from "./due-times";
import { pauseFields, resumeFields } from "./pause";
import { SLA_TARGETS } from "./targets";

const at = (iso: string) => new Date(iso);
const iso = (date: Date | null) => date?.toISOString() ?? null;

describe("SLA_TARGETS", () => {
  it("uses one clock per level, so one pause counter fits both targets", () => {
    for (const [level, byPriority] of Object.entries(SLA_TARGETS)) {
      const flags = Object.values(byPriority).flatMap((t) => [
        t.firstResponse.business,
        t.resolution.business,
      ]);
      expect(new Set(flags).size, level).toBe(1);
    }
  });

  it("never promises a resolution before the first response", () => {
    for (const byPriority of Object.values(SLA_TARGETS)) {
      for (const t of Object.values(byPriority)) {
        expect(t.resolution.hours).toBeGreaterThanOrEqual(t.firstResponse.hours);
      }
    }
  });
});

describe("computeDueTimes", () => {
  it("24x7 critical counts calendar hours, through the night", () => {
    const due = computeDueTimes({
      serviceLevel: "24x7_4h",
      priority: "critical",
      from: at("2026-03-14T22:30:00+01:00"),
    });
    expect(iso(due.firstResponseDueAt)).toBe(iso(at("2026-03-14T23:30:00+01:00")));
    expect(iso(due.resolutionDueAt)).toBe(iso(at("2026-03-15T02:30:00+01:00")));
  });

  it("8x5 NBD critical counts business hours", () => {
    const due = computeDueTimes({
      serviceLevel: "8x5_nbd",
      priority: "critical",
      from: at("2026-03-13T14:00:00+01:00"),
    });
    expect(iso(due.firstResponseDueAt)).toBe(iso(at("2026-03-16T10:00:00+01:00")));
    expect(iso(due.resolutionDueAt)).toBe(iso(at("2026-03-17T14:00:00+01:00")));
  });

  it("administrative tickets get the 8x5 NBD targets", () => {
    const from = at("2026-03-10T09:00:00+01:00");
    expect(computeDueTimes({ serviceLevel: null, priority: "high", from })).toEqual(
      computeDueTimes({ serviceLevel: "8x5_nbd", priority: "high", from }),
    );
  });
});

const base = (overrides: Partial<SlaTicket> = {}): SlaTicket => ({
  status: "open",
  priority: "critical",
  serviceLevel: "24x7_4h",
  // 24x7 critical opened at 10:00: first response 11:00, resolution 14:00
  firstResponseDueAt: at("2026-03-10T11:00:00Z"),
  resolutionDueAt: at("2026-03-10T14:00:00Z"),
  firstRespondedAt: null,
  resolvedAt: null,
  slaPausedAt: null,
  slaPausedSeconds: 0,
  ...overrides,
});

describe("slaState", () => {
  it("runs, then is at risk under 25% of the target, then breaches", () => {
    const running = slaState(base(), at("2026-03-10T10:30:00Z"));
    expect(running.firstResponse).toMatchObject({ state: "running", secondsLeft: 1800 });
    expect(running.resolution).toMatchObject({ state: "running", secondsLeft: 3.5 * 3600 });

    const atRisk = slaState(base(), at("2026-03-10T10:50:00Z"));
    expect(atRisk.firstResponse).toMatchObject({ state: "at_risk", secondsLeft: 600 });

    const breached = slaState(base(), at("2026-03-10T11:40:00Z"));
    expect(breached.firstResponse).toMatchObject({ state: "breached", secondsLeft: -2400 });
    expect(formatSlaClock(breached.firstResponse)).toBe("breached 40 min ago");
    expect(formatSlaClock(breached.resolution)).toBe("2 h 20 min left");
  });

  it("is met when answered and resolved in time, breached when late", () => {
    const state = slaState(
      base({
        status: "resolved",
        firstRespondedAt: at("2026-03-10T10:20:00Z"),
        resolvedAt: at("2026-03-10T15:00:00Z"),
      }),
      at("2026-03-11T10:00:00Z"),
    );
    expect(state.firstResponse).toEqual({
      state: "met",
      dueAt: at("2026-03-10T11:00:00Z"),
      secondsLeft: null,
    });
    expect(state.resolution.state).toBe("breached");
    expect(formatSlaClock(state.firstResponse)).toBe("met");
    expect(formatSlaClock(state.resolution)).toBe("breached");
  });

  it("moves the due times by past pauses and holds still while paused", () => {
    const ticket = base({
      status: "waiting_for_customer",
      firstRespondedAt: at("2026-03-10T10:10:00Z"),
      slaPausedSeconds: 600,
      slaPausedAt: at("2026-03-10T12:00:00Z"),
    });
    const early = slaState(ticket, at("2026-03-10T13:00:00Z")).resolution;
    const late = slaState(ticket, at("2026-03-10T20:00:00Z")).resolution;
    // 14:00 + 10 min earlier pause; 2 h left when the pause began stay left.
    expect(early).toEqual({
      state: "paused",
      dueAt: at("2026-03-10T15:10:00Z"),
      secondsLeft: 2 * 3600 + 600,
    });
    expect(late).toMatchObject({ state: "paused", secondsLeft: 2 * 3600 + 600 });
    expect(formatSlaClock(late)).toBe("paused, 2 h 10 min left");
  });

  it("counts pauses and time left in business hours for 8x5 levels", () => {
    // 8x5 NBD normal opened Monday 9 March 09:00 CET: resolution due Monday 16 March 09:00.
    const ticket = base({
      serviceLevel: "8x5_nbd",
      priority: "normal",
      firstResponseDueAt: at("2026-03-10T09:00:00+01:00"),
      resolutionDueAt: at("2026-03-16T09:00:00+01:00"),
      firstRespondedAt: at("2026-03-09T10:00:00+01:00"),
      // Paused 2 business hours before, so due Monday 11:00.
      slaPausedSeconds: 2 * 3600,
    });
    const friday = slaState(ticket, at("2026-03-13T15:00:00+01:00")).resolution;
    expect(friday.dueAt?.toISOString()).toBe(at("2026-03-16T11:00:00+01:00").toISOString());
    // 4 of the 40 target hours left: under 25%.
    expect(friday).toMatchObject({ state: "at_risk", secondsLeft: 4 * 3600 });
    expect(formatSlaClock(friday)).toBe("4 h left");
    const thursday = slaState(ticket, at("2026-03-12T15:00:00+01:00")).resolution;
    expect(thursday).toMatchObject({ state: "running", secondsLeft: 12 * 3600 });
  });

  it("says the clocks in Polish for a Polish reader", () => {
    const breached = slaState(base(), at("2026-03-10T11:40:00Z"));
    expect(formatSlaClock(breached.firstResponse, "pl")).toBe("przekroczone 40 min temu");
    expect(formatSlaClock(breached.resolution, "pl")).toBe("pozostało 2 h 20 min");
    const longAgo = slaState(base(), at("2026-03-12T14:00:00Z"));
    expect(formatSlaClock(longAgo.resolution)).toBe("breached 2 d ago");
    expect(formatSlaClock(longAgo.resolution, "pl")).toBe("przekroczone 2 dni temu");
    const dayAgo = slaState(base(), at("2026-03-11T17:00:00Z")).resolution;
    expect(formatSlaClock(dayAgo)).toBe("breached 1 d 3 h ago");
    expect(formatSlaClock(dayAgo, "pl")).toBe("przekroczone 1 dzień 3 h temu");
    const paused = slaState(
      base({ status: "waiting_for_customer", slaPausedAt: at("2026-03-10T12:00:00Z") }),
      at("2026-03-10T13:00:00Z"),
    );
    expect(formatSlaClock(paused.resolution, "pl")).toBe("wstrzymane, pozostało 2 h");
    const none = slaState(base({ firstResponseDueAt: null, resolutionDueAt: null }));
    expect(formatSlaClock(none.resolution, "pl")).toBe("brak celu");
  });

  it("has no clock for tickets without due times", () => {
    const state = slaState(base({ firstResponseDueAt: null, resolutionDueAt: null }));
    expect(state.firstResponse).toEqual({ state: "none", dueAt: null, secondsLeft: null });
    expect(formatSlaClock(state.resolution)).toBe("no target");
  });

  it("judges a ticket closed unanswered by its closing time", () => {
    const state = slaState(
      base({ status: "closed", closedAt: at("2026-03-10T10:30:00Z") }),
      at("2026-03-12T00:00:00Z"),
    );
    expect(state.firstResponse.state).toBe("met");
    expect(state.resolution.state).toBe("met");
  });
});

describe("pause and resume", () => {
  it("stamps the pause", () => {
    const now = at("2026-03-10T12:00:00Z");
    expect(pauseFields(now)).toEqual({ slaPausedAt: now });
  });

  it("adds calendar seconds for 24x7 and business seconds for 8x5", () => {
    const ticket = { slaPausedAt: at("2026-03-13T15:00:00+01:00"), slaPausedSeconds: 100 };
    const now = at("2026-03-16T09:00:00+01:00");
    expect(resumeFields(ticket, "24x7_4h", now)).toEqual({
      slaPausedAt: null,
      slaPausedSeconds: 100 + 66 * 3600,
    });
    expect(resumeFields(ticket, "8x5_4h", now)).toEqual({
      slaPausedAt: null,
      slaPausedSeconds: 100 + 2 * 3600,
    });
    expect(resumeFields(ticket, null, now).slaPausedSeconds).toBe(100 + 2 * 3600);
  });

  it("changes nothing when not paused", () => {
    expect(
      resumeFields({ slaPausedAt: null, slaPausedSeconds: 42 }, "8x5_nbd", new Date()),
    ).toEqual({ slaPausedAt: null, slaPausedSeconds: 42 });
  });
});
