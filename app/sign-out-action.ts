"use server";

import { signOut } from "@/auth";
import { getSignedIn } from "@/lib/auth/actor";
import { recordSignOut } from "@/lib/auth/sign-out";
import { getRequestContext } from "@/lib/http/request-context";

export async function signOutAction(formData: FormData) {
  const signedIn = await getSignedIn();
  if (signedIn) {
    await recordSignOut(
      signedIn,
      { everywhere: formData.get("everywhere") === "yes" },
      await getRequestContext(),
    );
  }
  await signOut({ redirectTo: "/login" });
}
