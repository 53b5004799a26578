import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { Alert } from "@/components/ui/alert";
import { requireActor } from "@/lib/auth/actor";
import { PRIORITIES } from "@/lib/tickets/priorities";
import { listSelectableAssets } from "@/lib/tickets/selectable-assets";
import { attachmentLimitBytes } from "@/lib/tickets/attachments";
import { CreateTicketForm } from "./_components/create-ticket-form";

export const metadata: Metadata = { title: "Create new ticket" };

export default async function NewTicketPage({
  searchParams,
}: {
  searchParams: Promise<{ kind?: string }>;
}) {
  const actor = await requireActor();
  const [{ kind }, assets] = await Promise.all([searchParams, listSelectableAssets(actor)]);
  return (
    <>
      <PageHeader title="Create new ticket" />
      <CreateTicketForm
        assets={assets}
        draftKey={`clico:ticket-draft:${actor.id}`}
        idempotencyKey={randomUUID()}
        startWithAssetDialog={kind === "support"}
        priorities={PRIORITIES}
        maxBytes={attachmentLimitBytes()}
        notice={
          <Alert tone="info" title="Notice">
            This creates a non-device-specific (administrative) request about the CLICO Support
            Portal itself — for example when you can’t register a contract or can’t create a ticket.
            For a problem with a product, use “Add asset” to turn it into a support request.
          </Alert>
        }
      />
    </>
  );
}
