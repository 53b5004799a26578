import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { Alert } from "@/components/ui/alert";
import { requireActor } from "@/lib/auth/actor";
import { listSelectableAssets } from "@/lib/tickets/selectable-assets";
import { attachmentLimitBytes } from "@/lib/tickets/attachments";
import { CreateTicketForm } from "./_components/create-ticket-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("portal.newTicket"))("title") };
}

export default async function NewTicketPage({
  searchParams,
}: {
  searchParams: Promise<{ kind?: string }>;
}) {
  const actor = await requireActor();
  const [{ kind }, assets] = await Promise.all([searchParams, listSelectableAssets(actor)]);
  const t = await getTranslations("portal.newTicket");
  return (
    <>
      <PageHeader title={t("title")} />
      <CreateTicketForm
        assets={assets}
        draftKey={`clico:ticket-draft:${actor.id}`}
        idempotencyKey={randomUUID()}
        startWithAssetDialog={kind === "support"}
        maxBytes={attachmentLimitBytes()}
        notice={
          <Alert tone="info" title={t("noticeTitle")}>
            {t("notice")}
          </Alert>
        }
      />
    </>
  );
}
