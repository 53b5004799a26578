"use server";

import { z } from "zod";
import { signOut } from "@/auth";
import { serverAction } from "@/lib/actions/server-action";
import { getSignedIn } from "@/lib/auth/actor";
import { recordSignOut } from "@/lib/auth/sign-out";
import { getRequestContext } from "@/lib/http/request-context";

export const signOutAction = serverAction(
  {
    name: "signOut",
    actor: "anyone",
    input: z.object({ everywhere: z.literal("yes").optional().catch(undefined) }),
  },
  async ({ input }) => {
    const signedIn = await getSignedIn();
    if (signedIn) {
      await recordSignOut(
        signedIn,
        { everywhere: input.everywhere === "yes" },
        await getRequestContext(),
      );
    }
    await signOut({ redirectTo: "/login" });
  },
);
