import { localUploadsDir } from "../../lib/storage";

/** DATABASE_URL, or the usage line and exit code 2. */
export function databaseUrlOrExit(usage: string): string {
  const url = process.env.DATABASE_URL;
  if (url) return url;
  console.error(`DATABASE_URL is not set. Usage: ${usage}`);
  process.exit(2);
}

/** The uploads folder to save or fill: null when attachments are not on this disk. */
export function uploadsDirOf(env = process.env): string | null {
  return (env.STORAGE_DRIVER || "local") === "local" ? localUploadsDir(env) : null;
}

/** Runs a command-line script's work: its error's message and exit code 1 on failure. */
export function main(work: () => Promise<void>) {
  work().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
