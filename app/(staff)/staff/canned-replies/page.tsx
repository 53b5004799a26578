import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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
import { getFormatters } from "@/components/i18n/get-formatters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("desk.cannedReplies"))("title") };
}

export default async function CannedRepliesPage() {
  const actor = await requireStaff();
  // The orders team has no use for them: the page is not theirs to know.
  if (!canUseCannedReplies(actor, "list")) notFound();
  const replies = await listCannedReplies(actor);
  const [t, format] = await Promise.all([getTranslations("desk.cannedReplies"), getFormatters()]);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-labelledby="list-heading" className="flex min-w-0 flex-col gap-4">
          <h2 id="list-heading" className="sr-only">
            {t("all")}
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
                      updated: reply.updatedByName
                        ? t("updatedBy", {
                            at: format.dateTime(reply.updatedAt),
                            name: reply.updatedByName,
                          })
                        : t("updated", { at: format.dateTime(reply.updatedAt) }),
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
                <p className="text-sm text-slate-600">{t("empty")}</p>
              </CardBody>
            </Card>
          )}
        </section>
        <Card as="section" aria-labelledby="new-heading" className="self-start">
          <CardHeader id="new-heading" title={t("new")} level={2} />
          <CardBody>
            <CannedReplyForm
              idPrefix="new"
              submitLabel={t("create")}
              action={createCannedReplyAction}
            />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
