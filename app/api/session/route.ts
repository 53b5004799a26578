import { getSessionSecondsLeft } from "@/lib/auth/actor";
import { jsonAnswer, signedInRoute } from "@/lib/http/route-handler";

export const dynamic = "force-dynamic";

/**
 * The session's time left, asked by the page on a timer (components/shell/session-timeout.tsx):
 * proxy.ts does not count it as activity, so asking never keeps an idle session alive.
 */
export const GET = signedInRoute(async () =>
  jsonAnswer(200, { secondsLeft: await getSessionSecondsLeft() }),
);

/** "Stay signed in": proxy.ts extends the session on this request; the answer says until when. */
export const POST = signedInRoute(
  async () => jsonAnswer(200, { secondsLeft: await getSessionSecondsLeft() }),
  { sameOrigin: true },
);
