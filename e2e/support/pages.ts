// Every page of the portal, by who sees it: the specs that visit them all (phone-width,
// polish-pages) take their lists from here, so a new page is added once.

export const PUBLIC_PAGES = [
  "/login",
  "/sign-up",
  "/forgot-password",
  "/reset-password/not-a-token",
];

/** A customer's pages, with one ticket and one contract of theirs. */
export const customerPages = ({
  ticketId,
  contractId,
}: {
  ticketId: string;
  contractId: string;
}) => [
  "/dashboard",
  "/tickets",
  "/tickets/new",
  `/tickets/${ticketId}`,
  "/contracts",
  `/contracts/${contractId}`,
];

/** An admin's pages (every staff page), with a ticket, a contract and a customer to open. */
export const staffPages = ({
  ticketId,
  contractId,
  userId,
}: {
  ticketId: string;
  contractId: string;
  userId: string;
}) => [
  "/staff",
  "/staff/queue",
  `/staff/tickets/${ticketId}`,
  "/staff/notifications",
  "/staff/notifications/settings",
  "/staff/overview",
  "/staff/canned-replies",
  "/staff/contracts",
  "/staff/contracts/new",
  "/staff/contracts/import",
  `/staff/contracts/${contractId}`,
  `/staff/contracts/${contractId}/edit`,
  "/staff/users",
  "/staff/users/invite",
  `/staff/users/${userId}`,
  "/staff/audit",
  "/staff/email-delivery",
];
