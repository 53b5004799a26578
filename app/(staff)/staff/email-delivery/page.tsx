import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { listFailedEmails } from "@/lib/admin/list-failed-emails";
import { canAdmin } from "@/lib/admin/policy";
import { requireStaff } from "@/lib/auth/actor";
import { formatDateTime } from "@/lib/format";
import { retryEmailAction } from "./actions";
import { RetryEmailButton } from "./_components/retry-email-button";

export const metadata: Metadata = { title: "Email delivery" };

export default async function EmailDeliveryPage() {
  const actor = await requireStaff();
  if (!canAdmin(actor.role, "view_email_delivery")) notFound();
  const { emails, total } = await listFailedEmails(actor);

  return (
    <>
      <PageHeader
        title="Email delivery"
        description="Emails that could not be delivered: refused by the mail provider (a bad address, say), or still failing when their retries ran out. Retry one once the cause is fixed. Times are Warsaw time."
      />
      {total > emails.length ? (
        <p className="text-sm text-slate-600">
          Showing the newest {emails.length} of {total} failed emails.
        </p>
      ) : null}
      <Card className="overflow-x-auto">
        {emails.length ? (
          <DataTable
            caption="Failed emails, newest first"
            rows={emails}
            rowKey={(email) => email.id}
            columns={[
              {
                header: "Queued",
                className: "whitespace-nowrap tabular-nums",
                cell: (email) => (
                  <time dateTime={email.createdAt.toISOString()}>
                    {formatDateTime(email.createdAt, { seconds: true })}
                  </time>
                ),
              },
              { header: "Recipient", isRowHeader: true, cell: (email) => email.to },
              { header: "Subject", cell: (email) => email.subject },
              {
                header: "Error",
                cell: (email) => (
                  <span className="block max-w-96 font-mono text-xs break-words text-slate-700">
                    {email.lastError ?? "—"}
                  </span>
                ),
              },
              { header: "Tries", className: "tabular-nums", cell: (email) => email.tries },
              {
                header: <span className="sr-only">Action</span>,
                cell: (email) => (
                  <RetryEmailButton action={retryEmailAction.bind(null, email.id)} to={email.to} />
                ),
              },
            ]}
          />
        ) : (
          <p className="px-5 py-8 text-center text-slate-600">
            No failed emails. Every email has been delivered or is on its way.
          </p>
        )}
      </Card>
    </>
  );
}
