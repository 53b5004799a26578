import { spawn } from "node:child_process";
import { once } from "node:events";
import { expect, it } from "vitest";
import { freePort } from "@/db/embedded";

// README: `npm start` refuses to start without DATABASE_URL, AUTH_SECRET and a mail transport.
// The check ran only in Next's instrumentation hook, which production starts without waiting
// for: the server listened and answered every request with an error instead.
it("npm start refuses to start, naming what is missing, before it listens", async () => {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: "production",
    PATH: process.env.PATH,
    PORT: String(port),
    HOME: process.env.HOME,
  };
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions", "react-server", "scripts/start.ts"],
    { env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const killer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  const [code] = (await once(child, "exit")) as [number | null];
  clearTimeout(killer);
  expect(output).toContain("The CLICO Support System cannot start in production");
  expect(output).toContain("DATABASE_URL is missing");
  expect(output).toContain("AUTH_SECRET is missing");
  expect(output).toContain("No mail transport");
  expect(output).not.toContain("CLICO Support System on");
  expect(code).toBe(1);
}, 90_000);
