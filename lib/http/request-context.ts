import { headers } from "next/headers";
import { currentLocale } from "@/lib/i18n/current-locale";
import type { Locale } from "@/lib/i18n/locales";
import { clientAddressOf } from "./client-address";

export type RequestContext = {
  ip: string | null;
  userAgent: string | null;
  /** The request's language: an email to the one asking is written in it (recipientLocale). */
  locale?: Locale;
};

/**
 * Who is asking: the client address our server resolved (see client-address.ts), the browser,
 * and the language the page speaks to them.
 */
export async function getRequestContext(): Promise<RequestContext> {
  const list = await headers();
  return {
    ip: clientAddressOf(list),
    userAgent: list.get("user-agent")?.slice(0, 512) ?? null,
    locale: await currentLocale(),
  };
}
