import type { UserRole } from "@/lib/enums";
import type en from "@/messages/en.json";

export type NavKey = keyof (typeof en)["shell"]["nav"];

export type NavEntry = {
  href: string;
  /** Its words: shell.nav.<key> in the catalogs. */
  key: NavKey;
  /** Other paths whose pages belong to this section, e.g. a ticket opened from the Queue. */
  sections?: string[];
};

const QUEUE: NavEntry = {
  href: "/staff/queue",
  key: "queue",
  sections: ["/staff/tickets"],
};

// The left navigation panel of each role. Each later area adds its entry here.
const STAFF_NAV: Record<Exclude<UserRole, "customer">, NavEntry[]> = {
  support_engineer: [
    { href: "/staff", key: "dashboard" },
    QUEUE,
    { href: "/staff/notifications", key: "notifications" },
    { href: "/staff/overview", key: "overview" },
    { href: "/staff/canned-replies", key: "cannedReplies" },
    { href: "/staff/contracts", key: "contracts" },
  ],
  orders_team: [
    { href: "/staff", key: "dashboard" },
    { href: "/staff/contracts", key: "contracts" },
  ],
  admin: [
    { href: "/staff", key: "dashboard" },
    QUEUE,
    { href: "/staff/notifications", key: "notifications" },
    { href: "/staff/overview", key: "overview" },
    { href: "/staff/contracts", key: "contracts" },
    { href: "/staff/canned-replies", key: "cannedReplies" },
    { href: "/staff/users", key: "users" },
    { href: "/staff/audit", key: "audit" },
    { href: "/staff/email-delivery", key: "emailDelivery" },
  ],
};

export const CUSTOMER_NAV: NavEntry[] = [
  { href: "/dashboard", key: "dashboard" },
  { href: "/tickets", key: "tickets" },
  { href: "/contracts", key: "contracts" },
];

export function navFor(role: UserRole): NavEntry[] {
  return role === "customer" ? CUSTOMER_NAV : STAFF_NAV[role];
}
