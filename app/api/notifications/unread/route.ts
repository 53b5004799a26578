import { jsonAnswer, signedInRoute } from "@/lib/http/route-handler";
import { countUnreadNotifications } from "@/lib/notifications/read-notifications";

export const dynamic = "force-dynamic";

/** The bell's unread count, polled by the page (proxy.ts does not count it as activity). */
export const GET = signedInRoute(async (_request, { actor }) =>
  jsonAnswer(200, { unread: await countUnreadNotifications(actor) }),
);
