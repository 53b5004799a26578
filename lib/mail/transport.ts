import { Resend } from "resend";
import { appEnv } from "@/lib/env";
import { mailSendTimeoutSeconds } from "./queue";

export type TransportMessage = { to: string; subject: string; html: string; text: string };

export type TransportResult =
  { ok: true; providerId: string | null } | { ok: false; error: string; retry: boolean };

export type MailTransport = {
  name: "resend" | "mailbox" | "none";
  send(message: TransportMessage, options: { idempotencyKey: string }): Promise<TransportResult>;
};

function resendTransport(apiKey: string): MailTransport {
  // RESEND_BASE_URL (read by the SDK) points it at a fake server in tests.
  const client = new Resend(apiKey);
  return {
    name: "resend",
    async send(message, { idempotencyKey }) {
      const timeoutSeconds = mailSendTimeoutSeconds();
      const signal = AbortSignal.timeout(timeoutSeconds * 1000);
      const { data, error } = await client.emails.send(
        {
          from: appEnv.mailFrom(),
          to: message.to,
          subject: message.subject,
          html: message.html,
          text: message.text,
        },
        { idempotencyKey, signal },
      );
      // The SDK reports an aborted request as a generic network error.
      if (error && signal.aborted)
        return {
          ok: false,
          error: `Resend timeout: no answer in ${timeoutSeconds} s`,
          retry: true,
        };
      if (error) {
        const status = error.statusCode;
        // Only a rejected message (400/422: bad address, bad field) cannot pass on a retry; network
        // errors, rate limits, server errors and even a wrong key (fixable by an operator) may.
        const retry = status !== 400 && status !== 422;
        return {
          ok: false,
          error: `Resend ${status ?? "network"} ${error.name}: ${error.message}`,
          retry,
        };
      }
      return { ok: true, providerId: data?.id ?? null };
    },
  };
}

/** Outside production: the row itself is the delivered email, listed on /dev/mailbox. */
const mailboxTransport: MailTransport = {
  name: "mailbox",
  async send() {
    return { ok: true, providerId: null };
  },
};

/** Never pretends to send: the row is marked failed so the loss is visible. */
const noTransport: MailTransport = {
  name: "none",
  async send() {
    return {
      ok: false,
      retry: false,
      error:
        "Not sent: no mail transport is configured (RESEND_API_KEY is unset, MAIL_TRANSPORT=none).",
    };
  },
};

/** Resend when RESEND_API_KEY is set; the local mailbox outside production; otherwise none. */
export function createTransport(env: NodeJS.ProcessEnv = process.env): MailTransport {
  if (env.RESEND_API_KEY) return resendTransport(env.RESEND_API_KEY);
  if (env.MAIL_TRANSPORT === "none" || appEnv.isProduction()) return noTransport;
  return mailboxTransport;
}
