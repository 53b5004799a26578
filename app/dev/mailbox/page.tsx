import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublicShell } from "@/components/shell/public-shell";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { getRequestContext } from "@/lib/http/request-context";
import { listMailbox, type MailboxEntry } from "@/lib/mail/list-mailbox";
import { mayOpenMailbox } from "@/lib/mail/mailbox-access";
import { LinkifiedText } from "./_components/linkified-text";
import { formatDateTime } from "@/lib/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Local mailbox" };

const LIMIT = 500;

const statusTone: Record<MailboxEntry["status"], BadgeTone> = {
  pending: "warning",
  sent: "success",
  failed: "danger",
};

export default async function MailboxPage() {
  if (!mayOpenMailbox(await getRequestContext())) notFound();
  const messages = await listMailbox(LIMIT);

  return (
    <PublicShell width="wide">
      <div className="mb-6 flex flex-col gap-1">
        <h1 className="text-2xl font-bold tracking-tight text-navy-900">Local mailbox</h1>
        <p className="text-sm text-slate-600">
          Every email the system wrote to its outbox, newest first. Development only — this page
          does not exist in production.
        </p>
      </div>

      {messages.length === 0 ? (
        <Alert title="No messages yet">
          Emails appear here as soon as the system sends one (sign up, log in, reset a password…).
        </Alert>
      ) : (
        <div className="flex flex-col gap-4">
          {messages.length === LIMIT ? (
            <Alert tone="warning">Showing the newest {LIMIT} messages.</Alert>
          ) : null}
          {messages.map((message) => (
            <Card key={message.id} as="article" aria-labelledby={`mail-${message.id}`}>
              <header className="flex flex-col gap-2 border-b border-slate-200 px-5 py-4 sm:px-6">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h2 id={`mail-${message.id}`} className="text-lg font-semibold text-navy-900">
                    <span className="sr-only">Subject: </span>
                    {message.subject}
                  </h2>
                  <Badge tone={statusTone[message.status]}>
                    {message.status}
                    {message.transport ? ` · ${message.transport}` : ""}
                  </Badge>
                </div>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
                  <dt className="font-medium text-slate-500">To</dt>
                  <dd className="break-all text-slate-900">{message.to}</dd>
                  <dt className="font-medium text-slate-500">Subject</dt>
                  <dd className="text-slate-900">{message.subject}</dd>
                  <dt className="font-medium text-slate-500">Time</dt>
                  <dd className="text-slate-900">
                    <time dateTime={message.createdAt.toISOString()}>
                      {formatDateTime(message.createdAt, { seconds: true })}
                    </time>
                  </dd>
                </dl>
              </header>
              <div className="px-5 py-4 font-mono text-sm leading-relaxed break-words whitespace-pre-wrap text-slate-900 sm:px-6">
                <LinkifiedText text={message.text} />
              </div>
            </Card>
          ))}
        </div>
      )}
    </PublicShell>
  );
}
