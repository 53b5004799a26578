import { isNotNull } from "drizzle-orm";
import { db } from "@/db/client";
import { rateLimitBuckets } from "@/db/schema";

/** Lets every rate-limit window pass at once, instead of waiting for it. */
export async function expireRateLimits(): Promise<void> {
  await db
    .update(rateLimitBuckets)
    .set({ expire: Date.now() - 1 })
    .where(isNotNull(rateLimitBuckets.key));
}
