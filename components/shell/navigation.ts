import type { UserRole } from "@/lib/enums";
import type en from "@/messages/en.json";

export type NavKey = keyof (typeof en)["shell"]["nav"];

export type NavEntry = {
  href: string;
  /** Its words: shell.nav.<key> in the catalogs. */
  key: NavKey;
  /** The English words (the staff home's list of areas, until it reads the catalog). */
  label: string;
  /** Other paths whose pages belong to this section, e.g. a ticket opened from the Queue. */
  sections?: string[];
};

const QUEUE: NavEntry = {
  href: "/staff/queue",
  key: "queue",
  label: "Queue",
  sections: ["/staff/tickets"],
};

// The left navigation panel of each role. Each later area adds its entry here.
const STAFF_NAV: Record<Exclude<UserRole, "customer">, NavEntry[]> = {
  support_engineer: [
    { href: "/staff", key: "dashboard", label: "Dashboard" },
    QUEUE,
    { href: "/staff/notifications", key: "notifications", label: "Notifications" },
    { href: "/staff/overview", key: "overview", label: "Overview" },
    { href: "/staff/canned-replies", key: "cannedReplies", label: "Canned replies" },
    { href: "/staff/contracts", key: "contracts", label: "Contracts" },
  ],
  orders_team: [
    { href: "/staff", key: "dashboard", label: "Dashboard" },
    { href: "/staff/contracts", key: "contracts", label: "Contracts" },
  ],
  admin: [
    { href: "/staff", key: "dashboard", label: "Dashboard" },
    QUEUE,
    { href: "/staff/notifications", key: "notifications", label: "Notifications" },
    { href: "/staff/overview", key: "overview", label: "Overview" },
    { href: "/staff/contracts", key: "contracts", label: "Contracts" },
    { href: "/staff/canned-replies", key: "cannedReplies", label: "Canned replies" },
    { href: "/staff/users", key: "users", label: "User accounts" },
    { href: "/staff/audit", key: "audit", label: "Audit log" },
    { href: "/staff/email-delivery", key: "emailDelivery", label: "Email delivery" },
  ],
};

export const CUSTOMER_NAV: NavEntry[] = [
  { href: "/dashboard", key: "dashboard", label: "Dashboard" },
  { href: "/tickets", key: "tickets", label: "Tickets" },
  { href: "/contracts", key: "contracts", label: "Contracts" },
];

export function navFor(role: UserRole): NavEntry[] {
  return role === "customer" ? CUSTOMER_NAV : STAFF_NAV[role];
}
