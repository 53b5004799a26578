import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { aptInstall } from "./apt";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/**
 * Chromium's flags for every headless run here (Playwright, the benchmarks): as root it needs
 * --no-sandbox, and on a closed network its background connections only fail.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Playwright's own Chromium when it is installed, else Debian's; installs Debian's with apt-get
 * when running as root (scripts/lib/apt.ts). Returns the executable path, or undefined for Playwright's default.
 */
export async function ensureChromium(): Promise<string | undefined> {
  if (existsSync(chromium.executablePath())) return undefined;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  console.log("Installing Chromium with apt-get (Playwright's browser download is not available)…");
  if ((await aptInstall(["chromium"])) && existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  throw new Error(
    "No Chromium for the end-to-end tests. Install one: `npx playwright install chromium`, " +
      "or on Debian/Ubuntu `sudo apt-get install chromium`.",
  );
}
