import type { UserRole } from "@/lib/enums";

export type NavEntry = {
  href: string;
  label: string;
  /** Other paths whose pages belong to this section, e.g. a ticket opened from the Queue. */
  sections?: string[];
};

const QUEUE: NavEntry = { href: "/staff/queue", label: "Queue", sections: ["/staff/tickets"] };

// The left navigation panel of each role. Each later area adds its entry here.
const STAFF_NAV: Record<Exclude<UserRole, "customer">, NavEntry[]> = {
  support_engineer: [
    { href: "/staff", label: "Dashboard" },
    QUEUE,
    { href: "/staff/notifications", label: "Notifications" },
    { href: "/staff/overview", label: "Overview" },
    { href: "/staff/canned-replies", label: "Canned replies" },
    { href: "/staff/contracts", label: "Contracts" },
  ],
  orders_team: [
    { href: "/staff", label: "Dashboard" },
    { href: "/staff/contracts", label: "Contracts" },
  ],
  admin: [
    { href: "/staff", label: "Dashboard" },
    QUEUE,
    { href: "/staff/notifications", label: "Notifications" },
    { href: "/staff/overview", label: "Overview" },
    { href: "/staff/contracts", label: "Contracts" },
    { href: "/staff/canned-replies", label: "Canned replies" },
    { href: "/staff/users", label: "User accounts" },
    { href: "/staff/audit", label: "Audit log" },
    { href: "/staff/email-delivery", label: "Email delivery" },
  ],
};

export const CUSTOMER_NAV: NavEntry[] = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/tickets", label: "Tickets" },
  { href: "/contracts", label: "Contracts" },
];

export function navFor(role: UserRole): NavEntry[] {
  return role === "customer" ? CUSTOMER_NAV : STAFF_NAV[role];
}
