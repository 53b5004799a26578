import { describe, expect, it } from "vitest";
import { SESSION_IDLE_SECONDS, SESSION_WARNING_SECONDS } from "./session-policy";
import { timeLeft, nextCheckDelay, sessionEndedLoginPath, sessionPhase } from "./session-timeout";

const warning = SESSION_WARNING_SECONDS;

describe("the page's view of its session's end", () => {
  it("is quiet until two minutes before the end, warns then, and says when it ended", () => {
    expect(sessionPhase(SESSION_IDLE_SECONDS, warning)).toBe("active");
    expect(sessionPhase(warning + 1, warning)).toBe("active");
    expect(sessionPhase(warning, warning)).toBe("warning");
    expect(sessionPhase(1, warning)).toBe("warning");
    expect(sessionPhase(0, warning)).toBe("ended");
    expect(sessionPhase(-5, warning)).toBe("ended");
  });

  it("asks the server again when the warning is due, then at the end, then never", () => {
    expect(nextCheckDelay(SESSION_IDLE_SECONDS, warning)).toBe(
      (SESSION_IDLE_SECONDS - warning) * 1000,
    );
    expect(nextCheckDelay(warning, warning)).toBe(warning * 1000);
    expect(nextCheckDelay(30, warning)).toBe(30_000);
    expect(nextCheckDelay(0, warning)).toBeNull();
  });

  it("says the time left in whole minutes, and seconds in the last minute", () => {
    expect(timeLeft(120)).toEqual({ unit: "minutes", count: 2 });
    expect(timeLeft(61)).toEqual({ unit: "minutes", count: 2 });
    expect(timeLeft(60)).toEqual({ unit: "minutes", count: 1 });
    expect(timeLeft(59.2)).toEqual({ unit: "minutes", count: 1 });
    expect(timeLeft(45)).toEqual({ unit: "seconds", count: 45 });
    expect(timeLeft(1)).toEqual({ unit: "seconds", count: 1 });
    expect(timeLeft(-3)).toEqual({ unit: "seconds", count: 0 });
  });
});

describe("Log in again", () => {
  it("says why on the login page and comes back to the page after logging in", () => {
    expect(sessionEndedLoginPath("/tickets/7b1c")).toBe(
      "/login?returnTo=%2Ftickets%2F7b1c&session=ended",
    );
    // a start page needs no return path; an unsafe one is dropped
    expect(sessionEndedLoginPath("/dashboard")).toBe("/login?session=ended");
    expect(sessionEndedLoginPath("//evil.example")).toBe("/login?session=ended");
  });
});
