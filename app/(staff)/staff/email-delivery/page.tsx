import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getFormatters } from "@/components/i18n/get-formatters";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { listFailedEmails } from "@/lib/admin/list-failed-emails";
import { canAdmin } from "@/lib/admin/policy";
import { requireStaff } from "@/lib/auth/actor";
import { retryEmailAction } from "./actions";
import { RetryEmailButton } from "./_components/retry-email-button";

const TIME_CELL = "whitespace-nowrap tabular-nums";
const COUNT_CELL = "tabular-nums";
const NONE = "—";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.emailDelivery"))("title") };
}

export default async function EmailDeliveryPage() {
  const actor = await requireStaff();
  if (!canAdmin(actor.role, "view_email_delivery")) notFound();
  const { emails, total } = await listFailedEmails(actor);
  const t = await getTranslations("admin.emailDelivery");
  const format = await getFormatters();

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {total > emails.length ? (
        <p className="text-sm text-slate-600">{t("showing", { shown: emails.length, total })}</p>
      ) : null}
      <Card className="overflow-x-auto">
        {emails.length ? (
          <DataTable
            caption={t("caption")}
            rows={emails}
            rowKey={(email) => email.id}
            columns={[
              {
                header: t("queued"),
                className: TIME_CELL,
                cell: (email) => (
                  <time dateTime={email.createdAt.toISOString()}>
                    {format.dateTime(email.createdAt, { seconds: true })}
                  </time>
                ),
              },
              { header: t("recipient"), isRowHeader: true, cell: (email) => email.to },
              { header: t("subject"), cell: (email) => email.subject },
              {
                header: t("error"),
                cell: (email) => (
                  <span className="block max-w-96 font-mono text-xs break-words text-slate-700">
                    {email.lastError ?? NONE}
                  </span>
                ),
              },
              { header: t("tries"), className: COUNT_CELL, cell: (email) => email.tries },
              {
                header: <span className="sr-only">{t("action")}</span>,
                cell: (email) => (
                  <RetryEmailButton action={retryEmailAction.bind(null, email.id)} to={email.to} />
                ),
              },
            ]}
          />
        ) : (
          <p className="px-5 py-8 text-center text-slate-600">{t("empty")}</p>
        )}
      </Card>
    </>
  );
}
