import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { requireStaff } from "@/lib/auth/actor";
import { listCannedReplies } from "@/lib/canned-replies/list-canned-replies";
import { canUseCannedReplies } from "@/lib/canned-replies/policy";
import { CannedReplyForm } from "./_components/canned-reply-form";
import { CannedReplyItem } from "./_components/canned-reply-item";
import {
  createCannedReplyAction,
  deleteCannedReplyAction,
  updateCannedReplyAction,
} from "./actions";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Canned replies" };

export default async function CannedRepliesPage() {
  const actor = await requireStaff();
  // The orders team has no use for them: the page is not theirs to know.
  if (!canUseCannedReplies(actor, "list")) notFound();
  const replies = await listCannedReplies(actor);

  return (
    <>
      <PageHeader
        title="Canned replies"
        description="Texts every engineer can insert into a reply with “Insert canned reply”."
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-labelledby="list-heading" className="flex min-w-0 flex-col gap-4">
          <h2 id="list-heading" className="sr-only">
            All canned replies
          </h2>
          {replies.length ? (
            <ul className="flex flex-col gap-4">
              {replies.map((reply) => (
                <li key={reply.id}>
                  <CannedReplyItem
                    reply={{
                      id: reply.id,
                      title: reply.title,
                      body: reply.body,
                      updated: `Updated ${formatDateTime(reply.updatedAt)}${reply.updatedByName ? ` by ${reply.updatedByName}` : ""}`,
                    }}
                    updateAction={updateCannedReplyAction.bind(null, reply.id)}
                    deleteAction={deleteCannedReplyAction.bind(null, reply.id)}
                  />
                </li>
              ))}
            </ul>
          ) : (
            <Card>
              <CardBody>
                <p className="text-sm text-slate-600">
                  No canned replies yet. Write the first one with the form.
                </p>
              </CardBody>
            </Card>
          )}
        </section>
        <Card as="section" aria-labelledby="new-heading" className="self-start">
          <CardHeader id="new-heading" title="New canned reply" level={2} />
          <CardBody>
            <CannedReplyForm
              idPrefix="new"
              submitLabel="Create canned reply"
              action={createCannedReplyAction}
            />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
