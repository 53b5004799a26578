import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { requireStaff } from "@/lib/auth/actor";
import { getFormatters } from "@/components/i18n/get-formatters";
import { canUseNotifications } from "@/lib/notifications/policy";
import { listNotifications } from "@/lib/notifications/read-notifications";
import { formatTicketNumber } from "@/lib/tickets/ticket-number";
import { MarkAllReadButton } from "./_components/mark-all-read-button";
import { NotificationLink } from "./_components/notification-link";
import { markAllReadAction, openNotificationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("desk.notifications"))("title") };
}

export default async function NotificationsPage() {
  const actor = await requireStaff();
  if (!canUseNotifications(actor.role)) notFound();
  const items = await listNotifications(actor);
  const unread = items.filter((item) => !item.readAt).length;
  const [t, format] = await Promise.all([getTranslations("desk.notifications"), getFormatters()]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={unread ? t("unread", { count: unread }) : t("nothingUnread")}
        actions={
          <>
            <TextLink href="/staff/notifications/settings">{t("settingsLink")}</TextLink>
            {unread ? <MarkAllReadButton action={markAllReadAction} /> : null}
          </>
        }
      />
      <Card>
        <CardBody>
          {items.length ? (
            <ul className="flex flex-col divide-y divide-slate-200">
              {items.map((item) => (
                <li
                  key={item.id}
                  className="flex flex-col gap-1 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4"
                >
                  <div className="flex min-w-0 flex-col gap-0.5">
                    <p className="text-sm text-slate-700">
                      {item.readAt ? null : (
                        <span className="mr-2 rounded bg-brand-600 px-1.5 py-0.5 text-xs font-semibold text-white">
                          {t("unreadBadge")}
                        </span>
                      )}
                      {t(`kind.${item.kind}`)}
                    </p>
                    <NotificationLink action={openNotificationAction.bind(null, item.id)}>
                      {t("line", {
                        number: formatTicketNumber(item.ticket.number),
                        subject: item.ticket.subject,
                      })}
                    </NotificationLink>
                  </div>
                  <p className="shrink-0 text-sm text-slate-600">
                    <time dateTime={item.createdAt.toISOString()}>
                      {format.dateTime(item.createdAt)}
                    </time>
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-600">{t("empty")}</p>
          )}
        </CardBody>
      </Card>
    </>
  );
}
