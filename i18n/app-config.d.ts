import type { LOCALES } from "@/db/schema/enums";
import type en from "@/messages/en.json";

// next-intl checks every key and its arguments against the English catalog.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof LOCALES)[number];
    Messages: typeof en;
  }
}
