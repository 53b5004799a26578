import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { requireActor } from "@/lib/auth/actor";
import { listSelectableAssets } from "@/lib/tickets/selectable-assets";
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
      />
    </>
  );
}
