"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signOutAction } from "@/app/sign-out-action";
import { initialFormState } from "@/lib/actions/form-action";

/** "Sign out" ends this session; "Sign out everywhere" also ends the user's sessions on other devices. */
export function SignOutForm() {
  const [, formAction] = useActionState(signOutAction, initialFormState);
  const t = useTranslations("shell.signOut");
  return (
    <form action={formAction} className="flex items-center gap-1">
      <button
        type="submit"
        className="rounded-md px-3 py-1.5 text-sm font-medium text-white ring-1 ring-navy-500 hover:bg-navy-800"
      >
        {t("signOut")}
      </button>
      <button
        type="submit"
        name="everywhere"
        value="yes"
        title={t("everywhereTitle")}
        className="rounded-md px-2 py-1.5 text-xs text-navy-200 underline-offset-2 hover:text-white hover:underline"
      >
        {t("everywhere")}
      </button>
    </form>
  );
}
