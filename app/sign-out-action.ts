"use server";

import { signOut } from "@/auth";
import { getActor } from "@/lib/auth/actor";
import { recordSignOut } from "@/lib/auth/sign-out";
import { getRequestContext } from "@/lib/http/request-context";

export async function signOutAction(formData: FormData) {
  const actor = await getActor();
  if (actor) {
    await recordSignOut(
      actor,
      { everywhere: formData.get("everywhere") === "yes" },
      await getRequestContext(),
    );
  }
  await signOut({ redirectTo: "/login" });
}
