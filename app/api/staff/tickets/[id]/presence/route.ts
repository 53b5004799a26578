import { z } from "zod";
import { jsonAnswer, signedInRoute } from "@/lib/http/route-handler";
import { reportPresence } from "@/lib/tickets/presence";

export const dynamic = "force-dynamic";

const bodySchema = z.object({ typing: z.boolean().default(false) });

/** The staff ticket page's heartbeat: `{ typing }` in, the colleagues who have it open out. */
export const POST = signedInRoute<{ id: string }>(
  async (request, { actor, params }) => {
    const body = bodySchema.safeParse(await request.json().catch(() => null));
    if (!body.success) return jsonAnswer(400, { error: "A JSON body { typing: boolean }." });
    return jsonAnswer(200, { present: await reportPresence(actor, params.id, body.data.typing) });
  },
  { sameOrigin: true },
);
