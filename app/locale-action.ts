"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { setOwnLocale } from "@/lib/accounts/set-locale";
import { serverAction } from "@/lib/actions/server-action";
import { getActor } from "@/lib/auth/actor";
import { localeChoiceSchema } from "@/lib/i18n/locale-choice";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from "@/lib/i18n/locales";

/**
 * The language switcher: remembered in this browser (a cookie, also before logging in) and, for
 * a signed-in user, on their account. The page renders again in the chosen language.
 */
export const setLocaleAction = serverAction(
  { name: "setLocale", actor: "anyone", input: localeChoiceSchema },
  async ({ input }) => {
    (await cookies()).set(LOCALE_COOKIE, input.locale, {
      maxAge: LOCALE_COOKIE_MAX_AGE,
      path: "/",
      sameSite: "lax",
      httpOnly: true,
      secure: process.env.NODE_ENV === "production",
    });
    const actor = await getActor();
    if (actor) await setOwnLocale(actor, input.locale);
    revalidatePath("/", "layout");
  },
);
