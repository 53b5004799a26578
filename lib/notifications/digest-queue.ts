// No imports: lib/mail/queue.ts creates this queue with the mail queue.

export const DIGEST_QUEUE = "notification-digest";

export type DigestJob = { userId: string };

/** How long a notification waits for others to share its email (NOTIFICATION_BATCH_SECONDS). */
export const digestDelaySeconds = () => {
  const value = Number(process.env.NOTIFICATION_BATCH_SECONDS);
  return Number.isFinite(value) && value >= 0 ? value : 60;
};

/** The queue's settings: "short" keeps one waiting job per user, whatever else is notified. */
export const digestQueueOptions = {
  name: DIGEST_QUEUE,
  policy: "short",
  retryLimit: 5,
  retryDelay: 30,
  expireInSeconds: 120,
} as const;
