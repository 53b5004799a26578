import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/locales";

/** The signed-in user's own language, kept on their account for every device they use. */
export async function setOwnLocale(actor: Pick<Actor, "id">, locale: Locale): Promise<void> {
  await db.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, actor.id));
}
