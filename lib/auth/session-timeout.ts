import { withReturnTo } from "@/lib/http/return-path";

/**
 * What a signed-in page shows about its session's end, from the seconds left the server told it
 * (GET /api/session): nothing yet, the warning with "Stay signed in", or that it ended. Pure, so
 * the browser's component (components/shell/session-timeout.tsx) and tests share it.
 */
export type SessionPhase = "active" | "warning" | "ended";

export function sessionPhase(secondsLeft: number, warningSeconds: number): SessionPhase {
  if (secondsLeft <= 0) return "ended";
  return secondsLeft <= warningSeconds ? "warning" : "active";
}

/**
 * Milliseconds until the page asks the server again: when the warning is due, then at the end
 * (another tab's requests may have extended the session meanwhile); none once it ended.
 */
export function nextCheckDelay(secondsLeft: number, warningSeconds: number): number | null {
  switch (sessionPhase(secondsLeft, warningSeconds)) {
    case "active":
      return (secondsLeft - warningSeconds) * 1000;
    case "warning":
      return secondsLeft * 1000;
    case "ended":
      return null;
  }
}

/** The time left as people are told it: whole minutes rounded up (2, 1), seconds in the last. */
export function timeLeft(seconds: number): { unit: "minutes" | "seconds"; count: number } {
  const whole = Math.max(0, Math.ceil(seconds));
  if (whole >= 60) return { unit: "minutes", count: Math.ceil(whole / 60) };
  return { unit: "seconds", count: whole };
}

/**
 * "Log in again" after the session ended on the page at `currentPath`: the login page says
 * why, and the login lands back there (lib/http/return-path), where a kept draft comes back.
 */
export function sessionEndedLoginPath(currentPath: string): string {
  const login = withReturnTo("/login", currentPath);
  return `${login}${login.includes("?") ? "&" : "?"}session=ended`;
}
