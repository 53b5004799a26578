import type { UserRole } from "@/db/schema";

export const roleLabels: Record<UserRole, string> = {
  customer: "Customer",
  support_engineer: "Support engineer",
  orders_team: "Orders team",
  admin: "Administrator",
};
