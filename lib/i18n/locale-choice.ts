import { z } from "zod";
import { LOCALES } from "./locales";

/** What the language switcher posts. */
export const localeChoiceSchema = z.object({ locale: z.enum(LOCALES) });
