import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import en from "@/messages/en.json";

/** What a page gives its components: the English catalog (tests that render components). */
export function InEnglish({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider locale="en" messages={en} timeZone="Europe/Warsaw">
      {children}
    </NextIntlClientProvider>
  );
}
