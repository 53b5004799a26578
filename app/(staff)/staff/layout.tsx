import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { SignOutForm } from "@/components/shell/sign-out-form";
import { requireStaff } from "@/lib/auth/actor";
import { navFor } from "@/components/shell/navigation";
import { roleLabels } from "@/lib/auth/roles";
import { personName } from "@/lib/format";

/** The staff workspace: support engineers, the orders team and admins. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const actor = await requireStaff();
  return (
    <AppShell
      user={{ name: personName(actor), role: roleLabels[actor.role] }}
      nav={navFor(actor.role)}
      signOut={<SignOutForm />}
    >
      {children}
    </AppShell>
  );
}
