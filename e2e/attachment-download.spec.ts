import { Readable } from "node:stream";
import { saveAttachment } from "@/lib/tickets/attachments";
import { actorOf, createTicketRow, createUser } from "@/test/factories";
import { expect, test } from "./support/test";

test("a downloaded attachment keeps its own sandboxing Content-Security-Policy, not the page's", async ({
  page,
  signIn,
}) => {
  const customer = await createUser();
  const ticket = await createTicketRow({ requesterId: customer.id });
  const file = await saveAttachment(actorOf(customer), {
    ticketId: ticket.id,
    fileName: "page.html",
    contentType: "text/html",
    stream: Readable.from([Buffer.from("<script>alert(document.cookie)</script>")]),
  });
  await signIn(customer);

  const response = await page.request.get(`/api/attachments/${file.id}`);
  expect(response.status()).toBe(200);
  const policy = response.headers()["content-security-policy"];
  expect(policy).toBe("default-src 'none'; sandbox");
});

test("a download resumes from a byte offset, over HTTP with compression offered", async ({
  page,
  signIn,
}) => {
  const customer = await createUser();
  const ticket = await createTicketRow({ requesterId: customer.id });
  const log = Array.from({ length: 500 }, (_, i) => `line ${String(i).padStart(4, "0")}\n`).join(
    "",
  );
  const file = await saveAttachment(actorOf(customer), {
    ticketId: ticket.id,
    fileName: "debug.log",
    contentType: "text/plain",
    stream: Readable.from([Buffer.from(log)]),
  });
  await signIn(customer);

  const whole = await page.request.get(`/api/attachments/${file.id}`);
  expect(whole.status()).toBe(200);
  expect(whole.headers()["accept-ranges"]).toBe("bytes");
  const etag = whole.headers()["etag"]!;

  const rest = await page.request.get(`/api/attachments/${file.id}`, {
    headers: { range: "bytes=1000-", "if-range": etag, "accept-encoding": "gzip, br" },
  });
  expect(rest.status()).toBe(206);
  expect(rest.headers()["content-range"]).toBe(`bytes 1000-${log.length - 1}/${log.length}`);
  expect(rest.headers()["content-encoding"]).toBeUndefined();
  expect(await rest.text()).toBe(log.slice(1000));

  const head = await page.request.head(`/api/attachments/${file.id}`, {
    headers: { range: "bytes=1000-" },
  });
  expect(head.status()).toBe(206);
  // Content-Length does not reach the client on a HEAD answer here; Content-Range has the length.
  expect(head.headers()["content-range"]).toBe(`bytes 1000-${log.length - 1}/${log.length}`);
  expect(head.headers()["etag"]).toBe(etag);
  expect(await head.body()).toHaveLength(0);

  const past = await page.request.get(`/api/attachments/${file.id}`, {
    headers: { range: `bytes=${log.length}-` },
  });
  expect(past.status()).toBe(416);
  expect(past.headers()["content-range"]).toBe(`bytes */${log.length}`);
});
