import type { UserRole, UserStatus } from "@/lib/enums";
import type { BadgeTone } from "@/components/ui/badge";

export const statusTones: Record<UserStatus, BadgeTone> = {
  active: "success",
  pending_confirmation: "info",
  password_reset_required: "warning",
  disabled: "danger",
};

export const roleOptions = (roles: readonly UserRole[], labels: Record<UserRole, string>) =>
  roles.map((value) => ({ value, label: labels[value] }));
