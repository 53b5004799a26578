import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTicketRow } from "@/test/factories";
import { pageAndNotes, params, signIn, signInAs, uploadRequest } from "@/test/route-handlers";
import { startS3, type TestS3 } from "@/test/s3";
import { setUpUploadsDir } from "@/test/uploads";
import { POST } from "@/app/api/tickets/[id]/attachments/route";
import { GET } from "./route";

vi.mock("@/lib/auth/actor", () => import("@/test/route-handlers"));
vi.mock("@/lib/http/request-context", () => import("@/test/route-handlers"));

setUpUploadsDir();

describe("GET /api/attachments/[id]", () => {
  it("downloads an uploaded file with safe headers, to its readers only", async () => {
    const actor = await signIn();
    const ticket = await createTicketRow({ requesterId: actor.id });
    const response = await POST(uploadRequest(ticket.id, pageAndNotes()), params(ticket.id));
    const { attachments: saved } = (await response.json()) as {
      attachments: Array<{ id: string }>;
    };

    const html = await GET(new Request("http://localhost:3000/"), params(saved[0]!.id));
    expect(html.status).toBe(200);
    expect(html.headers.get("content-type")).toBe("application/octet-stream");
    expect(html.headers.get("x-content-type-options")).toBe("nosniff");
    expect(html.headers.get("cache-control")).toBe("private, no-store, no-transform");
    expect(html.headers.get("content-disposition")).toBe(
      `attachment; filename="page.html"; filename*=UTF-8''page.html`,
    );
    expect(await html.text()).toBe("<html><script>alert(1)</script></html>");

    const notes = await GET(new Request("http://localhost:3000/"), params(saved[1]!.id));
    expect(notes.headers.get("content-type")).toBe("text/plain");
    expect(notes.headers.get("content-length")).toBe("2000");
    expect(notes.headers.get("content-disposition")).toBe(
      `attachment; filename="notes _.txt"; filename*=UTF-8''notes%20%C5%BC.txt`,
    );
    expect(await notes.text()).toBe("a".repeat(2000));

    await signIn();
    expect((await GET(new Request("http://localhost:3000/"), params(saved[1]!.id))).status).toBe(
      404,
    );
    signInAs(null);
    expect((await GET(new Request("http://localhost:3000/"), params(saved[1]!.id))).status).toBe(
      401,
    );
  });
});

describe.each(["local", "s3"])("GET /api/attachments/[id] with Range, %s storage", (driver) => {
  let s3: TestS3 | undefined;
  beforeAll(async () => {
    if (driver !== "s3") return;
    s3 = await startS3();
    for (const [name, value] of Object.entries(s3.env)) vi.stubEnv(name, value);
  });
  afterAll(async () => {
    await s3?.stop();
  });

  const body = "0123456789".repeat(100);
  const etag = `"${createHash("sha256").update(body).digest("hex")}"`;
  let fileId = "";

  const download = (headers: Record<string, string>) =>
    GET(new Request("http://localhost:3000/", { headers }), params(fileId));

  beforeAll(async () => {
    const actor = await signIn();
    const ticket = await createTicketRow({ requesterId: actor.id });
    const file = new Blob([body], { type: "text/plain" });
    const response = await POST(
      uploadRequest(ticket.id, [["file", file, "debug.log"]]),
      params(ticket.id),
    );
    expect(response.status).toBe(201);
    fileId = ((await response.json()) as { attachments: Array<{ id: string }> }).attachments[0]!.id;
    if (s3) expect(await s3.keys()).toHaveLength(1);
  });

  it("answers the whole file with its validator and the offer of ranges", async () => {
    const whole = await download({});
    expect(whole.status).toBe(200);
    expect(whole.headers.get("accept-ranges")).toBe("bytes");
    expect(whole.headers.get("etag")).toBe(etag);
    expect(whole.headers.get("content-length")).toBe("1000");
    expect(whole.headers.get("content-range")).toBeNull();
    expect(await whole.text()).toBe(body);
  });

  it("answers one byte range with 206 and Content-Range", async () => {
    for (const [range, start, end] of [
      ["bytes=10-19", 10, 19],
      ["bytes=995-", 995, 999],
      ["bytes=-3", 997, 999],
      ["bytes=990-5000", 990, 999],
      ["bytes=5-9, 8-12", 5, 12],
    ] as const) {
      const part = await download({ range });
      expect(part.status, range).toBe(206);
      expect(part.headers.get("content-range"), range).toBe(`bytes ${start}-${end}/1000`);
      expect(part.headers.get("content-length"), range).toBe(String(end - start + 1));
      expect(part.headers.get("content-type"), range).toBe("text/plain");
      expect(part.headers.get("content-disposition"), range).toContain('filename="debug.log"');
      expect(part.headers.get("content-security-policy"), range).toBe(
        "default-src 'none'; sandbox",
      );
      expect(await part.text(), range).toBe(body.slice(start, end + 1));
    }
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    for (const [headers, status, length] of [
      [{}, 200, "1000"],
      [{ range: "bytes=100-" }, 206, "900"],
    ] as const) {
      const head = await GET(
        new Request("http://localhost:3000/", { method: "HEAD", headers }),
        params(fileId),
      );
      expect(head.status).toBe(status);
      expect(head.headers.get("content-length")).toBe(length);
      expect(head.headers.get("etag")).toBe(etag);
      expect(head.body).toBeNull();
    }
  });

  it("answers 416 for a range past the end", async () => {
    for (const range of ["bytes=1000-", "bytes=2000-3000"]) {
      const answer = await download({ range });
      expect(answer.status, range).toBe(416);
      expect(answer.headers.get("content-range"), range).toBe("bytes */1000");
      expect(await answer.text(), range).toBe("");
    }
  });

  it("sends the whole file for a Range it may ignore, or one for another copy", async () => {
    const ignored: Array<Record<string, string>> = [
      { range: "bytes=abc" },
      { range: "lines=1-2" },
      { range: "bytes=0-1,10-11" },
      { range: "bytes=10-19", "if-range": '"an-older-copy"' },
      { range: "bytes=10-19", "if-range": `W/${etag}` },
      { range: "bytes=10-19", "if-range": "Wed, 02 Dec 2026 10:00:00 GMT" },
    ];
    for (const headers of ignored) {
      const whole = await download(headers);
      expect(whole.status, JSON.stringify(headers)).toBe(200);
      expect(await whole.text()).toBe(body);
    }
    const resumed = await download({ range: "bytes=10-19", "if-range": etag });
    expect(resumed.status).toBe(206);
    expect(await resumed.text()).toBe(body.slice(10, 20));
  });

  it("checks the reader's rights before any range", async () => {
    await signIn();
    expect((await download({ range: "bytes=0-9" })).status).toBe(404);
    expect((await download({ range: "bytes=5000-" })).status).toBe(404);
  });
});
