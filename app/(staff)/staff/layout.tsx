import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AppShell } from "@/components/shell/app-shell";
import { SignOutForm } from "@/components/shell/sign-out-form";
import { getSessionSecondsLeft, requireStaff } from "@/lib/auth/actor";
import { navFor } from "@/components/shell/navigation";
import { personName } from "@/lib/format";
import { NotificationBell } from "@/components/shell/notification-bell";
import { canUseNotifications } from "@/lib/notifications/policy";
import { backgroundPollSeconds } from "@/lib/http/background-poll";
import { countUnreadNotifications } from "@/lib/notifications/read-notifications";

/** The staff workspace: support engineers, the orders team and admins. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const actor = await requireStaff();
  const enums = await getTranslations("enums");
  const bell = canUseNotifications(actor.role) ? (
    <NotificationBell
      initialUnread={await countUnreadNotifications(actor)}
      pollSeconds={backgroundPollSeconds()}
    />
  ) : null;
  return (
    <ClientMessages
      namespaces={[
        "shell",
        "ui",
        "validation",
        "enums",
        "desk",
        "admin",
        "tickets",
        "errors",
        "vendors",
      ]}
    >
      <AppShell
        user={{ name: personName(actor), role: enums(`role.${actor.role}`) }}
        nav={navFor(actor.role)}
        actions={bell}
        signOut={<SignOutForm />}
        session={{ owner: actor.id, secondsLeft: await getSessionSecondsLeft() }}
      >
        {children}
      </AppShell>
    </ClientMessages>
  );
}
