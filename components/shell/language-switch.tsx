import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { LanguageSwitchForm } from "./language-switch-form";

/** The header's language switcher: the portal in the other language. */
export async function LanguageSwitch() {
  const current = (await getLocale()) as Locale;
  const to = LOCALES.find((locale) => locale !== current)!;
  const t = await getTranslations({ locale: to, namespace: "shell" });
  return <LanguageSwitchForm to={to} label={t("switchLanguage")} />;
}
