import { inEnglish } from "@/lib/testing/message-text";
import { describe, expect, it, vi } from "vitest";
import { attachmentsOf, createMessages, createTicketRow } from "@/test/factories";
import { pageAndNotes, params, signIn, signInAs, uploadRequest } from "@/test/route-handlers";
import { setUpUploadsDir } from "@/test/uploads";
import { POST } from "./route";

vi.mock("@/lib/auth/actor", () => import("@/test/route-handlers"));
vi.mock("@/lib/http/request-context", () => import("@/test/route-handlers"));

const storedFiles = setUpUploadsDir();

describe("POST /api/tickets/[id]/attachments", () => {
  it("uploads several files as a stream", async () => {
    const actor = await signIn();
    const ticket = await createTicketRow({ requesterId: actor.id });
    const response = await POST(uploadRequest(ticket.id, pageAndNotes()), params(ticket.id));
    expect(response.status).toBe(201);
    const { attachments: saved } = (await response.json()) as {
      attachments: Array<{ id: string; fileName: string; sizeBytes: number }>;
    };
    expect(saved.map(({ fileName, sizeBytes }) => ({ fileName, sizeBytes }))).toEqual([
      { fileName: "page.html", sizeBytes: 38 },
      { fileName: "notes ż.txt", sizeBytes: 2000 },
    ]);
  });

  it("answers 413 for a file over the limit and keeps nothing of it", async () => {
    const actor = await signIn();
    const ticket = await createTicketRow({ requesterId: actor.id });
    vi.stubEnv("ATTACHMENT_MAX_BYTES", "1048576");
    const before = await storedFiles();
    const response = await POST(
      uploadRequest(ticket.id, [["file", new Blob([new Uint8Array(5 * 1048576)]), "cpinfo.out"]]),
      params(ticket.id),
    );
    expect(response.status).toBe(413);
    const tooLarge = await response.json();
    expect(tooLarge).toMatchObject({ field: "file" });
    expect(inEnglish(tooLarge.error)).toBe("The file is larger than the limit of 1 MB.");
    expect(await storedFiles()).toEqual(before);
    expect(await attachmentsOf(ticket.id)).toEqual([]);
  });

  it("answers with the words the upload form shows past the files per ticket and the daily limit", async () => {
    const actor = await signIn();
    const ticket = await createTicketRow({ requesterId: actor.id });
    vi.stubEnv("ATTACHMENT_MAX_FILES_PER_TICKET", "2");
    const files = (count: number) =>
      Array.from(
        { length: count },
        (_, index) =>
          ["file", new Blob([`log ${index}`]), `log-${index}.txt`] as [string, Blob, string],
      );
    const tooMany = await POST(uploadRequest(ticket.id, files(3)), params(ticket.id));
    expect(tooMany.status).toBe(400);
    const tooManyBody = await tooMany.json();
    expect(inEnglish(tooManyBody.error)).toBe("You can attach up to 2 files to a ticket.");
    expect(tooManyBody).toMatchObject({
      field: "file",
    });
    expect(tooManyBody.attachments).toHaveLength(2);

    vi.stubEnv("ATTACHMENT_MAX_FILES_PER_TICKET", "");
    vi.stubEnv("UPLOAD_MAX_BYTES_PER_DAY", "1048576");
    const before = await storedFiles();
    const overDaily = await POST(
      uploadRequest(ticket.id, [["file", new Blob([new Uint8Array(2 * 1048576)]), "cpinfo.out"]]),
      params(ticket.id),
    );
    expect(overDaily.status).toBe(429);
    const overDailyBody = await overDaily.json();
    expect(inEnglish(overDailyBody.error)).toBe(
      "Daily upload limit of 1 MB reached; try again tomorrow.",
    );
    expect(overDailyBody).toMatchObject({
      field: "file",
      attachments: [],
    });
    expect(await storedFiles()).toEqual(before);
  });

  it("attaches to a message named before the files, and refuses it after them", async () => {
    const actor = await signIn();
    const ticket = await createTicketRow({ requesterId: actor.id });
    const [reply] = await createMessages({
      ticketId: ticket.id,
      authorId: actor.id,
      body: "See the file.",
    });
    const ok = await POST(
      uploadRequest(ticket.id, [
        ["messageId", reply!.id],
        ["file", new Blob(["x"]), "x.log"],
      ]),
      params(ticket.id),
    );
    expect(ok.status).toBe(201);
    const [row] = await attachmentsOf(ticket.id);
    expect(row!.messageId).toBe(reply!.id);

    const late = await POST(
      uploadRequest(ticket.id, [
        ["file", new Blob(["x"]), "x.log"],
        ["messageId", reply!.id],
      ]),
      params(ticket.id),
    );
    expect(late.status).toBe(400);
  });

  it("answers 401, 403, 404 and 400 where it should", async () => {
    const owner = await signIn();
    const ticket = await createTicketRow({ requesterId: owner.id });
    const file: [string, Blob, string] = ["file", new Blob(["x"]), "x.log"];

    // cross-site: no Origin, or a foreign one
    expect((await POST(uploadRequest(ticket.id, [file], null), params(ticket.id))).status).toBe(
      403,
    );
    expect(
      (await POST(uploadRequest(ticket.id, [file], "https://evil.example"), params(ticket.id)))
        .status,
    ).toBe(403);
    // APP_URL counts as our origin (behind a proxy that rewrites Host)
    expect(
      (
        await POST(
          uploadRequest(ticket.id, [file], "https://support.example.com"),
          params(ticket.id),
        )
      ).status,
    ).toBe(201);

    await signIn();
    expect((await POST(uploadRequest(ticket.id, [file]), params(ticket.id))).status).toBe(404);
    await signIn("orders_team");
    expect((await POST(uploadRequest(ticket.id, [file]), params(ticket.id))).status).toBe(403);
    signInAs(null);
    expect((await POST(uploadRequest(ticket.id, [file]), params(ticket.id))).status).toBe(401);

    signInAs(owner);
    expect((await POST(uploadRequest(ticket.id, [["note", "hi"]]), params(ticket.id))).status).toBe(
      400,
    );
  });
});

describe("POST /api/tickets/[id]/attachments with another media type", () => {
  it("answers 415 to a body that is not multipart and keeps nothing", async () => {
    const owner = await signIn();
    const ticket = await createTicketRow({ requesterId: owner.id });
    const request = new Request(`http://localhost:3000/api/tickets/${ticket.id}/attachments`, {
      method: "POST",
      body: JSON.stringify({ file: "x" }),
      headers: {
        host: "localhost:3000",
        origin: "http://localhost:3000",
        "content-type": "application/json",
      },
    });
    const answer = await POST(request, params(ticket.id));
    expect(answer.status).toBe(415);
    expect(await answer.json()).toMatchObject({ error: "Send the files as multipart/form-data." });
    expect(await attachmentsOf(ticket.id)).toEqual([]);
  });
});

describe("POST /api/tickets/[id]/attachments over a real connection", () => {
  it("delivers the 413 while the client is still sending", async () => {
    const { createServer, request: httpRequest } = await import("node:http");
    const { Readable } = await import("node:stream");
    const actor = await signIn();
    const ticket = await createTicketRow({ requesterId: actor.id });
    vi.stubEnv("ATTACHMENT_MAX_BYTES", "1048576");

    // The shape of Next's adapter: the Node request body as a web stream, pulled on demand.
    const server = createServer(async (req, res) => {
      const response = await POST(
        new Request(`http://localhost${req.url}`, {
          method: "POST",
          headers: req.headers as Record<string, string>,
          body: Readable.toWeb(req) as ReadableStream,
          duplex: "half",
        } as RequestInit),
        params(ticket.id),
      );
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };

    const boundary = "----clico-test-boundary";
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="qkview.tgz"\r\nContent-Type: application/gzip\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const fileBytes = 20 * 1048576;
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const client = httpRequest(
          {
            host: "127.0.0.1",
            port,
            method: "POST",
            path: `/api/tickets/${ticket.id}/attachments`,
            headers: {
              host: `localhost:${port}`,
              origin: `http://localhost:${port}`,
              "content-type": `multipart/form-data; boundary=${boundary}`,
              "content-length": head.length + fileBytes + tail.length,
            },
          },
          (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          },
        );
        client.on("error", reject);
        client.write(head);
        let sent = 0;
        const chunk = Buffer.alloc(65_536);
        const pump = () => {
          while (sent < fileBytes) {
            sent += chunk.length;
            if (!client.write(chunk)) return void client.once("drain", pump);
          }
          client.end(tail);
        };
        pump();
      });
      expect(status).toBe(413);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
