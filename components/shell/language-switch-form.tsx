"use client";

import { useActionState } from "react";
import { setLocaleAction } from "@/app/locale-action";
import { initialFormState } from "@/lib/actions/form-action";
import { LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";

/** One button, named in the other language, that switches the portal to it (a POST). */
export function LanguageSwitchForm({ to, label }: { to: Locale; label: string }) {
  const [, formAction] = useActionState(setLocaleAction, initialFormState);
  return (
    <form action={formAction}>
      <input type="hidden" name="locale" value={to} />
      <button
        type="submit"
        lang={to}
        title={label}
        className="rounded-md px-3 py-1.5 text-sm font-medium text-white ring-1 ring-navy-500 hover:bg-navy-800"
      >
        {LOCALE_NAMES[to]}
      </button>
    </form>
  );
}
