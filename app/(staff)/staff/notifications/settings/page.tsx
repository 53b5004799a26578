import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { TextLink } from "@/components/ui/text-link";
import { Card, CardBody } from "@/components/ui/card";
import { requireStaff } from "@/lib/auth/actor";
import { canUseNotifications } from "@/lib/notifications/policy";
import { getNotificationSettings } from "@/lib/notifications/settings";
import { vendors } from "@/lib/vendors";
import { NotificationSettingsForm } from "../_components/notification-settings-form";
import { saveNotificationSettingsAction } from "../actions";

export const metadata: Metadata = { title: "Notification settings" };

export default async function NotificationSettingsPage() {
  const actor = await requireStaff();
  if (!canUseNotifications(actor.role, "settings")) notFound();
  const settings = await getNotificationSettings(actor);
  return (
    <>
      <PageHeader
        title="Notification settings"
        description="What the bell and your email tell you about. You always see your own tickets in the queue."
        actions={<TextLink href="/staff/notifications">Notifications</TextLink>}
      />
      <Card>
        <CardBody>
          <NotificationSettingsForm
            action={saveNotificationSettingsAction}
            settings={settings}
            vendors={vendors.map((vendor) => ({ id: vendor.id, name: vendor.name }))}
          />
        </CardBody>
      </Card>
    </>
  );
}
