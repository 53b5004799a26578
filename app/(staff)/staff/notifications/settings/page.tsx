import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { TextLink } from "@/components/ui/text-link";
import { Card, CardBody } from "@/components/ui/card";
import { requireStaff } from "@/lib/auth/actor";
import { canUseNotifications } from "@/lib/notifications/policy";
import { getNotificationSettings } from "@/lib/notifications/settings";
import { vendorLabel, vendors } from "@/lib/vendors";
import { getTranslate } from "@/components/i18n/message-text";
import { NotificationSettingsForm } from "../_components/notification-settings-form";
import { saveNotificationSettingsAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("desk.notifications.settings"))("title") };
}

export default async function NotificationSettingsPage() {
  const actor = await requireStaff();
  if (!canUseNotifications(actor.role, "settings")) notFound();
  const settings = await getNotificationSettings(actor);
  const [t, words] = await Promise.all([
    getTranslations("desk.notifications.settings"),
    getTranslate(),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={<TextLink href="/staff/notifications">{t("notificationsLink")}</TextLink>}
      />
      <Card>
        <CardBody>
          <NotificationSettingsForm
            action={saveNotificationSettingsAction}
            settings={settings}
            vendors={vendors.map((vendor) => ({
              id: vendor.id,
              name: vendorLabel(words, vendor.id),
            }))}
          />
        </CardBody>
      </Card>
    </>
  );
}
