/**
 * How often an open staff page asks the server in the background (BACKGROUND_POLL_SECONDS, 30
 * by default): the bell's unread count, the queue's new tickets, a ticket's presence heartbeat.
 * These requests do not extend the session (proxy.ts).
 */
export const backgroundPollSeconds = () => {
  const value = Number(process.env.BACKGROUND_POLL_SECONDS);
  return Number.isFinite(value) && value >= 1 ? value : 30;
};
