import fc from "fast-check";
import { count } from "drizzle-orm";
import { parse } from "csv-parse/sync";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { attachments } from "@/db/schema";
import { AttachmentList } from "@/components/tickets/attachment-list";
import type { Actor } from "@/lib/auth/actor";
import { logger } from "@/lib/logger";
import { queueQuerySchema } from "@/lib/tickets/queue-query";
import { createContract, createMessages, createTicketRow, createUser } from "@/test/factories";
import { assets } from "@/db/schema";
import { eq } from "drizzle-orm";
import { FUZZ_RUNS, fuzzTimeout } from "@/test/fuzz/action-fuzz";
import { hostileString } from "@/test/fuzz/hostile-strings";
import { liveHtmlIn } from "@/test/fuzz/rendered-html";
import { arbitraryFor } from "@/test/fuzz/zod-arbitrary";
import { params, signIn, signInAs } from "@/test/route-handlers";
import { InEnglish } from "@/test/intl";
import { setUpUploadsDir } from "@/test/uploads";
import { GET as download } from "./attachments/[id]/route";
import { GET as health } from "./health/route";
import { GET as unreadNotifications } from "./notifications/unread/route";
import { GET as sessionLeft, POST as staySignedIn } from "./session/route";
import { GET as exportQueue } from "./staff/queue/export/route";
import { GET as newQueueTickets } from "./staff/queue/new/route";
import { POST as presence } from "./staff/tickets/[id]/presence/route";
import { POST as readDebugFile } from "./debug-files/route";
import { POST as upload } from "./tickets/[id]/attachments/route";

vi.mock("@/lib/auth/actor", async (original) => ({
  ...(await original<object>()),
  getActor: (await import("@/test/route-handlers")).getActor,
}));
vi.mock("@/lib/http/request-context", () => import("@/test/route-handlers"));
// the session route reads the session cookie itself: a request scope without one
vi.mock("next/headers", () => import("@/test/fuzz/request-scope").then((m) => m.nextHeaders));

const storedFiles = setUpUploadsDir();
const ORIGIN = "https://support.example.com";

/** Status codes a route may answer; a 500 is never among them. */
const expectHandled = (response: Response, allowed: number[]) =>
  expect({ status: response.status, allowed }).toEqual({
    status: expect.toSatisfy((status: number) => allowed.includes(status)),
    allowed,
  });

/** Runs a route property with errors logged counted: an unexpected error is logged once. */
async function withErrorsCounted<T>(property: fc.IAsyncProperty<T>) {
  const errors = vi.spyOn(logger, "error").mockImplementation((() => {}) as never);
  try {
    await fc.assert(property, { numRuns: FUZZ_RUNS });
    expect(errors.mock.calls).toEqual([]);
  } finally {
    errors.mockRestore();
  }
}

/** A value as text in a URL, whatever it is (an object without a prototype has no String()). */
const asText = (value: unknown) => {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
};

const attachmentCount = async () => (await db.select({ n: count() }).from(attachments))[0]!.n;

describe("the route handlers, for any request", () => {
  let customer: Actor;
  let engineer: Actor;
  const ticketIds: string[] = [];
  let messageIds: string[] = [];

  beforeAll(async () => {
    customer = await signIn("customer");
    engineer = await signIn("support_engineer");
    const other = await createUser();
    for (const subject of fc.sample(hostileString, { numRuns: 5, seed: 13 })) {
      ticketIds.push(
        (await createTicketRow({ requesterId: customer.id, subject: subject.slice(0, 200) || "x" }))
          .id,
      );
    }
    ticketIds.push((await createTicketRow({ requesterId: other.id })).id);
    const [message] = await createMessages({
      ticketId: ticketIds[0]!,
      authorId: customer.id,
      body: "see the attached log",
    });
    messageIds = [message!.id];
    vi.stubEnv("ATTACHMENT_MAX_FILES_PER_TICKET", "100000");
    vi.stubEnv("UPLOAD_MAX_BYTES_PER_DAY", String(1024 ** 4));
  });

  it(
    "health answers for any request",
    () =>
      withErrorsCounted(
        fc.asyncProperty(fc.constant(null), async () => {
          const response = await health();
          expect(response.status).toBe(200);
        }),
      ),
    fuzzTimeout(),
  );

  const fileName = fc.oneof(
    hostileString.map((name) => name.slice(0, 5_000)),
    fc.constant("log.txt"),
  );
  const file = fc.record({
    name: fileName,
    type: fc.oneof(
      fc.constantFrom("text/plain", "text/html", "image/svg+xml", "application/pdf", ""),
      hostileString.map((type) => type.slice(0, 200)),
    ),
    content: fc.oneof(
      hostileString.map((text) => text.slice(0, 20_000)),
      fc.uint8Array({ maxLength: 2_000 }),
    ),
  });
  const multipart = () =>
    fc
      .tuple(
        fc.option(fc.oneof(fc.constantFrom(...messageIds), fc.uuid(), hostileString), {
          nil: undefined,
        }),
        fc.array(file, { maxLength: 3 }),
        fc.array(
          fc.tuple(
            hostileString.map((n) => n.slice(0, 100)),
            hostileString,
          ),
          { maxLength: 2 },
        ),
      )
      .map(([messageId, files, fields]) => {
        const form = new FormData();
        if (messageId !== undefined) form.append("messageId", messageId);
        for (const [name, value] of fields) form.append(name, value);
        for (const f of files) form.append("file", new Blob([f.content], { type: f.type }), f.name);
        return { body: form as BodyInit, contentType: undefined as string | undefined };
      });
  /** A body no browser sends: any bytes under any content type. */
  const rawBody = fc.record({
    body: fc.oneof(hostileString, fc.uint8Array({ maxLength: 4_000 })) as fc.Arbitrary<BodyInit>,
    contentType: fc.oneof(
      fc.constantFrom(
        "multipart/form-data",
        "multipart/form-data; boundary=x",
        "multipart/form-data; boundary=",
        "application/json",
      ),
      hostileString.map((type) => `multipart/form-data; boundary=${type.slice(0, 100)}`),
    ),
  });

  it(
    "upload: a status for every body, nothing kept of a refusal, every stored name shown as text",
    async () => {
      signInAs(customer);
      await withErrorsCounted(
        fc.asyncProperty(
          fc.oneof(fc.constantFrom(...ticketIds), fc.uuid(), hostileString),
          fc.oneof({ weight: 3, arbitrary: multipart() }, rawBody),
          fc.oneof({ weight: 5, arbitrary: fc.constant(ORIGIN) }, fc.constant(null), hostileString),
          async (ticketId, { body, contentType }, origin) => {
            const headers = new Headers({ host: "support.example.com" });
            if (origin !== null && /^[\t\x20-\x7e]*$/.test(origin)) headers.set("origin", origin);
            if (contentType && /^[\t\x20-\x7e]*$/.test(contentType))
              headers.set("content-type", contentType);
            const rowsBefore = await attachmentCount();
            const filesBefore = await storedFiles();
            const response = await upload(
              new Request(`${ORIGIN}/api/tickets/x/attachments`, { method: "POST", body, headers }),
              params(ticketId),
            );
            expectHandled(response, [201, 400, 403, 404, 413, 415, 429]);
            const answer = (await response.json()) as {
              attachments?: Array<{ id: string; fileName: string; sizeBytes: number }>;
            };
            const saved = answer.attachments ?? [];
            if (!saved.length) {
              expect(await attachmentCount()).toBe(rowsBefore);
              expect(await storedFiles()).toEqual(filesBefore);
            }
            if (saved.length) {
              const list = (names: string[]) =>
                renderToStaticMarkup(
                  <InEnglish>
                    <AttachmentList
                      attachments={saved.map((a, i) => ({
                        ...a,
                        fileName: names[i]!,
                        createdAt: new Date(0),
                      }))}
                    />
                  </InEnglish>,
                );
              expect(
                liveHtmlIn(list(saved.map((a) => a.fileName)), list(saved.map(() => "log.txt"))),
              ).toEqual([]);
            }
          },
        ),
      );
    },
    fuzzTimeout(),
  );

  it(
    "download: a status for any id, and a valid download of every stored name",
    async () => {
      const stored = (await db.select({ id: attachments.id }).from(attachments)).map((a) => a.id);
      expect(stored.length).toBeGreaterThan(0);
      await withErrorsCounted(
        fc.asyncProperty(
          fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...stored) }, fc.uuid(), hostileString),
          fc.constantFrom<Actor | null>(customer, engineer, null),
          async (id, actor) => {
            signInAs(actor);
            const response = await download(new Request(`${ORIGIN}/api/attachments/x`), params(id));
            expectHandled(response, [200, 401, 404]);
            if (response.status === 200) {
              expect(response.headers.get("content-disposition")).toMatch(
                /^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[\w.~%!-]*$/,
              );
            }
            await response.body?.cancel();
          },
        ),
      );
    },
    fuzzTimeout(),
  );

  /** What a page's timer polls, asked with anything in place of its query, body and origin. */
  const pollingRequest = () =>
    fc.record({
      route: fc.constantFrom("unread", "session", "stay signed in", "new tickets", "presence"),
      ticketId: fc.oneof(fc.constantFrom(...ticketIds), fc.uuid(), hostileString),
      since: fc.oneof(
        fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
        hostileString,
      ),
      body: fc.oneof(
        fc.record({ typing: fc.oneof(fc.boolean(), fc.anything()) }).map((b) => JSON.stringify(b)),
        fc.anything().map((value) => JSON.stringify(value) ?? ""),
        hostileString,
      ),
      origin: fc.oneof(
        { weight: 5, arbitrary: fc.constant(ORIGIN) },
        fc.constant(null),
        hostileString,
      ),
      actor: fc.constantFrom<"customer" | "engineer" | null>("customer", "engineer", null),
    });

  it(
    "polling routes (bell, session, new tickets, presence): a status for any request",
    async () => {
      await withErrorsCounted(
        fc.asyncProperty(pollingRequest(), async (poll) => {
          signInAs(poll.actor === "customer" ? customer : poll.actor ? engineer : null);
          const headers = new Headers({ host: "support.example.com" });
          if (poll.origin !== null && /^[\t\x20-\x7e]*$/.test(poll.origin))
            headers.set("origin", poll.origin);
          const post = (path: string) =>
            new Request(`${ORIGIN}${path}`, { method: "POST", body: poll.body, headers });
          const none = { params: Promise.resolve({}) };
          const response = await {
            unread: () =>
              unreadNotifications(new Request(`${ORIGIN}/api/notifications/unread`), none),
            session: () => sessionLeft(new Request(`${ORIGIN}/api/session`), none),
            "stay signed in": () => staySignedIn(post("/api/session"), none),
            "new tickets": () =>
              newQueueTickets(
                new Request(
                  `${ORIGIN}/api/staff/queue/new?${new URLSearchParams({ since: poll.since })}`,
                ),
                none,
              ),
            presence: () => presence(post("/api/staff/tickets/x/presence"), params(poll.ticketId)),
          }[poll.route]();
          expectHandled(response, [200, 400, 401, 403, 404]);
          expect(await response.json()).toBeInstanceOf(Object);
        }),
      );
    },
    fuzzTimeout(),
  );

  it(
    "debug files: a status for any file, query and origin",
    async () => {
      const contract = await createContract({ activatedFor: [customer.id], vendors: ["fortinet"] });
      const [asset] = await db.select().from(assets).where(eq(assets.contractId, contract.id));
      const status =
        "Version: FortiGate-200F v7.4.3,build2573,240201 (GA.F)\nCurrent HA mode: standalone\n";
      await withErrorsCounted(
        fc.asyncProperty(
          fc.oneof(fc.constant(asset!.id), fc.uuid(), hostileString),
          hostileString.map((name) => name.slice(0, 600)),
          fc.oneof(
            fc.constant(status),
            hostileString.map((text) => text.slice(0, 20_000)),
            fc.uint8Array({ maxLength: 4_000 }),
          ),
          fc.constantFrom("text/plain", "application/octet-stream", "", "multipart/form-data"),
          fc.oneof({ weight: 5, arbitrary: fc.constant(ORIGIN) }, fc.constant(null), hostileString),
          fc.constantFrom<Actor | null>(customer, engineer, null),
          async (assetId, name, body, contentType, origin, actor) => {
            signInAs(actor);
            const headers = new Headers({ host: "support.example.com" });
            if (origin !== null && /^[\t\x20-\x7e]*$/.test(origin)) headers.set("origin", origin);
            if (contentType) headers.set("content-type", contentType);
            const query = new URLSearchParams({ assetId, name });
            const response = await readDebugFile(
              new Request(`${ORIGIN}/api/debug-files?${query}`, { method: "POST", body, headers }),
              { params: Promise.resolve({}) },
            );
            expectHandled(response, [200, 400, 401, 403, 404]);
            expect(await response.json()).toBeInstanceOf(Object);
          },
        ),
      );
    },
    fuzzTimeout(),
  );

  /** The queue's query string as a link or a hand-edited URL may give it. */
  const queueQuery = fc
    .tuple(
      arbitraryFor(queueQuerySchema),
      fc.array(
        fc.tuple(
          hostileString.map((n) => n.slice(0, 50)),
          hostileString,
        ),
        { maxLength: 2 },
      ),
    )
    .map(([query, extra]) => {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
        for (const item of [value].flat()) if (item !== undefined) search.append(key, asText(item));
      }
      for (const [key, value] of extra) search.append(key, value);
      return search.toString();
    });

  it(
    "queue export: a CSV for any query, with no cell a spreadsheet would run",
    async () => {
      await withErrorsCounted(
        fc.asyncProperty(
          queueQuery,
          fc.constantFrom<Actor | null>(engineer, customer, null),
          async (search, actor) => {
            signInAs(actor);
            const response = await exportQueue(
              new Request(`${ORIGIN}/api/staff/queue/export?${search}`),
              { params: Promise.resolve({}) },
            );
            expectHandled(response, [200, 401, 403]);
            if (response.status !== 200) return;
            const rows = parse(await response.text(), { relax_column_count: true }) as string[][];
            for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          },
        ),
      );
    },
    fuzzTimeout(),
  );
});
