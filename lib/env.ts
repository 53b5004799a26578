import { z } from "zod";
import { parseStorageSettings } from "@/lib/storage/settings";

const isProduction = () => process.env.NODE_ENV === "production";

/** Configuration read from the environment, validated once where it is used. */
export const appEnv = {
  /** Public origin used in email links, without a trailing slash. */
  appUrl: () => (process.env.APP_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
  mailFrom: () => process.env.MAIL_FROM ?? "CLICO Support System <support-system@clico.pl>",
  isProduction,
};

const productionSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is missing: the PostgreSQL connection string." })
    .min(1, "DATABASE_URL is missing: the PostgreSQL connection string."),
  AUTH_SECRET: z
    .string({ error: "AUTH_SECRET is missing: generate one with `openssl rand -base64 33`." })
    .min(32, "AUTH_SECRET must be at least 32 characters."),
});

/**
 * TRUSTED_PROXY_COUNT: how many proxies in front append to X-Forwarded-For (unset: none, the
 * client connects to us directly). Anything but a non-negative integer is refused, as a typo
 * here would trust client-written addresses or lump every client under the proxy's address.
 */
export function trustedProxyCount(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.TRUSTED_PROXY_COUNT?.trim();
  if (!value) return 0;
  if (!/^\d+$/.test(value)) {
    throw new Error(
      `TRUSTED_PROXY_COUNT must be a whole number of proxies in front of the app (0 or more), not "${value}".`,
    );
  }
  return Number(value);
}

/**
 * WEB_CONCURRENCY: how many server processes `npm start` runs on its one port (node:cluster).
 * Unset, one per core: a Node process renders on one core only. Anything but a whole number of
 * at least 1 is refused.
 */
export function serverProcessCount(
  cores: number,
  env: Partial<NodeJS.ProcessEnv> = process.env,
): number {
  const value = env.WEB_CONCURRENCY?.trim();
  if (!value) return Math.max(1, cores);
  if (!/^[1-9]\d*$/.test(value)) {
    throw new Error(
      `WEB_CONCURRENCY must be a whole number of server processes (1 or more), not "${value}".`,
    );
  }
  return Number(value);
}

/** Throws one error naming every missing or invalid production setting. */
export function assertProductionConfig(env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV !== "production") return;
  const problems =
    productionSchema.safeParse(env).error?.issues.map((issue) => issue.message) ?? [];
  if (!env.RESEND_API_KEY && env.MAIL_TRANSPORT !== "none") {
    problems.push(
      "No mail transport: set RESEND_API_KEY, or MAIL_TRANSPORT=none to run deliberately without sending email.",
    );
  }
  problems.push(...(parseStorageSettings(env).problems ?? []));
  if (problems.length) {
    throw new Error(
      `The CLICO Support System cannot start in production:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`,
    );
  }
}
