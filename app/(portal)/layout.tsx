import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requireActor } from "@/lib/auth/actor";
import { roleLabels } from "@/lib/auth/roles";
import { SignOutForm } from "./_components/sign-out-form";

const nav = [{ href: "/dashboard", label: "Dashboard" }];

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  return (
    <AppShell
      user={{ name: `${actor.firstName} ${actor.lastName}`, role: roleLabels[actor.role] }}
      nav={nav}
      signOut={<SignOutForm />}
    >
      {children}
    </AppShell>
  );
}
