import { existsSync, rmSync, writeFileSync } from "node:fs";
import { run } from "./run";

const POLICY_RC = "/usr/sbin/policy-rc.d";
let updated = false;

/**
 * Installs Debian packages with apt-get when running as root (CI machines start with nothing
 * installed by hand); false when not root or apt-get failed. The package lists are fetched once
 * per process. Packages that ship a service (nginx) must not start it: a system nginx would take
 * port 80, so a policy-rc.d that refuses every start is in place while apt runs (as Docker's
 * Debian images already have).
 */
export async function aptInstall(packages: string[]): Promise<boolean> {
  if (process.getuid?.() !== 0) return false;
  const ownPolicy = !existsSync(POLICY_RC);
  if (ownPolicy) writeFileSync(POLICY_RC, "#!/bin/sh\nexit 101\n", { mode: 0o755 });
  try {
    if (!updated) updated = (await run("apt-get", ["update", "-qq"])) === 0;
    const code = await run(
      "apt-get",
      ["install", "-y", "-qq", "--no-install-recommends", ...packages],
      { env: { DEBIAN_FRONTEND: "noninteractive" } },
    );
    return code === 0;
  } finally {
    if (ownPolicy) rmSync(POLICY_RC, { force: true });
  }
}
