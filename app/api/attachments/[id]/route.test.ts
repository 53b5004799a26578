import { describe, expect, it, vi } from "vitest";
import { createTicketRow } from "@/test/factories";
import { pageAndNotes, params, signIn, signInAs, uploadRequest } from "@/test/route-handlers";
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
    expect(html.headers.get("cache-control")).toBe("private, no-store");
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
