import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Email = {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html?: string;
  text?: string;
  cc?: string | string[];
  bcc?: string | string[];
  reply_to?: string | string[];
  headers?: Record<string, string>;
  tags?: { name: string; value: string }[];
  attachments?: unknown[];
  idempotencyKey: string | null;
  createdAt: string;
};

/**
 * How the next sends fail: an HTTP status (429 rate limit, 500, …) answered at once, or
 * "timeout": the send is accepted (stored, its idempotency key remembered) but never answered,
 * as when the provider's answer is lost on the way back.
 */
export type Failure = number | "timeout";

/** One request to a send endpoint, as it arrived, and how it was answered. */
export type SendAttempt = {
  at: number;
  idempotencyKey: string | null;
  to: string[];
  /** "replayed": answered from an earlier request with the same idempotency key. */
  answer: number | "timeout" | "replayed";
};

export type FakeResend = {
  url: string;
  emails(): Email[];
  attempts(): SendAttempt[];
  /** Sends whose idempotency key has been received and not yet answered. */
  inProgress(): number;
  /** The next `count` sends fail so (after any failures already queued). */
  failNext(count: number, failure?: Failure): void;
  /**
   * Every later send to `address` is refused with 422, as Resend refuses an invalid `to`
   * (`refuse` false accepts it again).
   */
  reject(address: string, refuse?: boolean): void;
  clear(): void;
  stop(): Promise<void>;
};

type Payload = Record<string, unknown>;

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];

function validate(body: Payload): string | null {
  if (typeof body.from !== "string" || !body.from) return "The `from` field is missing.";
  if (asList(body.to).length === 0) return "The `to` field is missing.";
  if (typeof body.subject !== "string" || !body.subject) return "The `subject` field is missing.";
  if (typeof body.html !== "string" && typeof body.text !== "string")
    return "Either `html` or `text` is required.";
  return null;
}

/** An in-memory stand-in for Resend's send-email API, plus a mailbox page for e2e specs. */
export async function startFakeResend(
  options: {
    port?: number;
    /** How long each send takes to answer, like a real API's round trip. */ latencyMs?: number;
  } = {},
): Promise<FakeResend> {
  let stored: Email[] = [];
  let attempts: SendAttempt[] = [];
  // As Resend does: a key remembers the payload it came with and, once answered, the answer.
  const byKey = new Map<string, { fingerprint: string; ids: string[] | null }>();
  // The next sends' failures, in order (failNext appends).
  let failures: Failure[] = [];
  const rejected = new Set<string>();
  const held = new Set<ServerResponse>();

  function store(body: Payload, idempotencyKey: string | null): Email {
    const email: Email = {
      id: randomUUID(),
      from: String(body.from),
      to: asList(body.to),
      subject: String(body.subject),
      html: body.html as string | undefined,
      text: body.text as string | undefined,
      cc: body.cc as Email["cc"],
      bcc: body.bcc as Email["bcc"],
      reply_to: body.reply_to as Email["reply_to"],
      headers: body.headers as Email["headers"],
      tags: body.tags as Email["tags"],
      attachments: body.attachments as unknown[] | undefined,
      idempotencyKey,
      createdAt: new Date().toISOString(),
    };
    stored.push(email);
    return email;
  }

  const FAILURE_NAMES: Record<number, string> = {
    429: "rate_limit_exceeded",
    500: "internal_server_error",
    503: "service_unavailable",
  };

  /** Answers one send request; `finish` runs after the simulated latency. */
  function sendEmails(
    request: IncomingMessage,
    response: ServerResponse,
    body: unknown,
    isBatch: boolean,
  ) {
    const key = header(request, "idempotency-key");
    const items = (isBatch ? body : [body]) as Payload[];
    const attempt: SendAttempt = {
      at: Date.now(),
      idempotencyKey: key,
      to: Array.isArray(items) ? items.flatMap((item) => asList(item?.to)) : [],
      answer: 200,
    };
    attempts.push(attempt);
    const answer = (status: number, payload: unknown) => {
      attempt.answer = status;
      json(response, status, payload);
    };

    if (!/^Bearer \S+/.test(request.headers.authorization ?? "")) {
      return answer(401, {
        statusCode: 401,
        name: "missing_api_key",
        message: "Missing API key in the authorization header.",
      });
    }
    const failure = failures.shift() ?? null;
    if (typeof failure === "number") {
      if (failure === 429) response.setHeader("retry-after", "1");
      return answer(failure, {
        statusCode: failure,
        name: FAILURE_NAMES[failure] ?? "application_error",
        message: `Fake failure (failNext ${failure}).`,
      });
    }
    if (!Array.isArray(items) || items.some((item) => !item || typeof item !== "object")) {
      return answer(422, {
        statusCode: 422,
        name: "validation_error",
        message: "Invalid JSON body.",
      });
    }
    const problem = items.map(validate).find(Boolean);
    if (problem)
      return answer(422, { statusCode: 422, name: "validation_error", message: problem });
    const refused = attempt.to.find((to) => rejected.has(to.toLowerCase()));
    if (refused)
      return answer(422, {
        statusCode: 422,
        name: "validation_error",
        message: `Invalid \`to\` field: ${refused} cannot receive email (fake rejection).`,
      });

    const fingerprint = createHash("sha256").update(JSON.stringify(body)).digest("hex");
    const known = key ? byKey.get(key) : undefined;
    if (known && known.fingerprint !== fingerprint)
      return answer(409, {
        statusCode: 409,
        name: "invalid_idempotent_request",
        message: "Same idempotency key used with a different request payload.",
      });
    if (known && !known.ids)
      return answer(409, {
        statusCode: 409,
        name: "concurrent_idempotent_requests",
        message: "Same idempotency key used while original request is still in progress.",
      });
    if (known?.ids) {
      attempt.answer = "replayed";
      return json(response, 200, reply(known.ids, isBatch));
    }
    const entry = { fingerprint, ids: null as string[] | null };
    if (key) byKey.set(key, entry);

    const finish = () => {
      entry.ids = items.map((item) => store(item, key).id);
      if (failure === "timeout") {
        // Accepted but never answered: the client gives up, the connection stays open.
        attempt.answer = "timeout";
        held.add(response);
        return;
      }
      json(response, 200, reply(entry.ids, isBatch));
    };
    if (options.latencyMs) setTimeout(finish, options.latencyMs);
    else finish();
  }

  const reply = (ids: string[], isBatch: boolean) =>
    isBatch ? { data: ids.map((id) => ({ id })) } : { id: ids[0] };

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      json(response, 500, { statusCode: 500, name: "application_error", message: String(error) });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? "/", "http://fake");
    const path = url.pathname.replace(/\/+$/, "") || "/";
    const route = `${request.method} ${path}`;
    if (route === "POST /emails" || route === "POST /emails/batch") {
      const body = await readJson(request);
      if (body === undefined)
        return json(response, 400, {
          statusCode: 400,
          name: "invalid_json",
          message: "Body is not JSON.",
        });
      return sendEmails(request, response, body, path.endsWith("/batch"));
    }
    if (route === "GET /__emails") {
      // ?to=address: that recipient's only, for a harness polling one inbox among many.
      const to = url.searchParams.get("to");
      return json(
        response,
        200,
        to ? newestFirst().filter((e) => e.to.includes(to)) : newestFirst(),
      );
    }
    if (route === "DELETE /__emails") {
      clear();
      return json(response, 200, { ok: true });
    }
    if (route === "POST /__fail-next") {
      const body = ((await readJson(request)) ?? {}) as { count?: number; status?: Failure };
      failNext(Number(body.count ?? 1), body.status);
      return json(response, 200, { ok: true });
    }
    if (route === "POST /__reject") {
      const body = ((await readJson(request)) ?? {}) as { address?: string; reject?: boolean };
      if (!body.address)
        return json(response, 400, { statusCode: 400, name: "invalid", message: "No address." });
      reject(body.address, body.reject ?? true);
      return json(response, 200, { ok: true });
    }
    if (route === "GET /") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return response.end(mailboxPage(newestFirst()));
    }
    return json(response, 404, {
      statusCode: 404,
      name: "not_found",
      message: `No route ${route}.`,
    });
  }

  const newestFirst = () => [...stored].reverse();
  const clear = () => {
    stored = [];
    attempts = [];
    byKey.clear();
    rejected.clear();
    failures = [];
  };
  const failNext = (count: number, failure: Failure = 500) => {
    for (let i = 0; i < count; i++) failures.push(failure);
  };
  const reject = (address: string, refuse = true) =>
    void (refuse ? rejected.add(address.toLowerCase()) : rejected.delete(address.toLowerCase()));

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    emails: newestFirst,
    attempts: () => [...attempts],
    inProgress: () => [...byKey.values()].filter((entry) => !entry.ids).length,
    failNext,
    reject,
    clear,
    stop: () =>
      new Promise<void>((resolve, fail) => {
        for (const response of held) response.destroy();
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : resolve()));
      }),
  };
}

function header(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "null") as unknown;
  } catch {
    return undefined;
  }
}

function json(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/** Plain text with every http(s) URL turned into a link, as a mail client would show it. */
function linkify(text: string): string {
  return text
    .split(/(https?:\/\/[^\s<>"]+)/g)
    .map((part, index) =>
      index % 2 === 1 ? `<a href="${escapeHtml(part)}">${escapeHtml(part)}</a>` : escapeHtml(part),
    )
    .join("");
}

function mailboxPage(emails: Email[]): string {
  const articles = emails
    .map(
      (email) => `<article>
  <h2>${escapeHtml(email.subject)}</h2>
  <p><strong>To:</strong> ${escapeHtml(email.to.join(", "))}</p>
  <p><strong>Subject:</strong> ${escapeHtml(email.subject)}</p>
  <p><strong>From:</strong> ${escapeHtml(email.from)} · <time datetime="${email.createdAt}">${email.createdAt}</time></p>
  <pre>${linkify(email.text ?? "")}</pre>
</article>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Fake Resend mailbox</title>
<style>body{font-family:sans-serif;max-width:48rem;margin:2rem auto}article{border:1px solid #ccc;border-radius:6px;padding:0 1rem;margin:1rem 0}pre{white-space:pre-wrap}</style>
</head><body><h1>Fake Resend mailbox</h1>
<p>${emails.length} email(s), newest first.</p>
${articles || "<p>No emails yet.</p>"}
</body></html>`;
}
