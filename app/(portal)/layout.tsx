import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { redirect } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { SignOutForm } from "@/components/shell/sign-out-form";
import { getSessionSecondsLeft, isStaff, requireActor } from "@/lib/auth/actor";
import { navFor } from "@/components/shell/navigation";
import { getTranslations } from "next-intl/server";
import { RegisterContractButton } from "./contracts/_components/register-contract-dialog";
import { personName } from "@/lib/format";

/** The customer portal. Staff have their own workspace under /staff. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  if (isStaff(actor)) redirect("/staff");
  const enums = await getTranslations("enums");
  return (
    <ClientMessages
      namespaces={["shell", "ui", "validation", "enums", "portal", "tickets", "errors", "vendors"]}
    >
      <AppShell
        user={{ name: personName(actor), role: enums(`role.${actor.role}`) }}
        nav={navFor(actor.role)}
        actions={<RegisterContractButton />}
        signOut={<SignOutForm />}
        session={{ owner: actor.id, secondsLeft: await getSessionSecondsLeft() }}
      >
        {children}
      </AppShell>
    </ClientMessages>
  );
}
