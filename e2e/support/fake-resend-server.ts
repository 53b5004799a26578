import { startFakeResend } from "./fake-resend";

// Standalone fake Resend for Playwright's webServer: `tsx e2e/support/fake-resend-server.ts --port 3100`.
// Besides the send API it answers GET / (the mailbox page), GET and DELETE /__emails, and makes
// sends misbehave on demand: POST /__fail-next {count, status: 429 | 500 | … | "timeout"} and
// POST /__reject {address, reject?: boolean} (422 for that recipient).
const portFlag = process.argv.indexOf("--port");
const port =
  portFlag >= 0 ? Number(process.argv[portFlag + 1]) : Number(process.env.FAKE_RESEND_PORT ?? 3100);
if (!Number.isInteger(port) || port < 0) throw new Error("Usage: fake-resend-server.ts --port N");

const fake = await startFakeResend({ port });
console.log(`Fake Resend listening on ${fake.url} (set RESEND_BASE_URL=${fake.url})`);

const shutdown = () => void fake.stop().then(() => process.exit(0));
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
