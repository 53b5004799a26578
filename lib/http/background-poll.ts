/** How often an open staff page asks for the unread count (NOTIFICATION_POLL_SECONDS). */
export const notificationPollSeconds = () => {
  const value = Number(process.env.NOTIFICATION_POLL_SECONDS);
  return Number.isFinite(value) && value >= 1 ? value : 30;
};
