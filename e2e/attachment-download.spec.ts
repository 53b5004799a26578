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
