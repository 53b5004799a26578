import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layer rules in eslint.config.mjs, run on snippets as if they sat at the given path.
const eslint = new ESLint({ cwd: import.meta.dirname });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((message) => message.ruleId === "no-restricted-imports")
    .map((message) => message.message);
}

describe("layer rules", () => {
  it.each([
    ["app/x.tsx", 'import { db } from "@/db/client";'],
    ["app/(staff)/staff/x/page.tsx", 'import type { TicketStatus } from "@/db/schema";'],
    ["components/x.tsx", 'import { users } from "@/db/schema/users";'],
    ["components/ui/x.tsx", 'import { db } from "../../db/client";'],
    ["lib/tickets/x.ts", 'import { Button } from "@/components/ui/button";'],
    ["lib/x.ts", 'import { signOutAction } from "@/app/sign-out-action";'],
    ["db/schema/x.ts", 'import { appEnv } from "@/lib/env";'],
    ["db/x.ts", 'import { appEnv } from "../lib/env";'],
  ])("%s may not %s", async (filePath, code) => {
    expect(await restrictedImports(filePath, `${code}\nexport {};\n`)).toHaveLength(1);
  });

  it.each([
    ["app/x.tsx", 'import { TICKET_STATUSES } from "@/lib/enums";'],
    ["components/x.tsx", 'import { vendorName } from "@/lib/vendors";'],
    ["lib/x.ts", 'import { db } from "@/db/client";'],
    ["db/schema/x.ts", 'import { USER_ROLES } from "./enums";'],
    ["lib/x.test.ts", 'import { GET } from "@/app/api/health/route";'],
  ])("%s may %s", async (filePath, code) => {
    expect(await restrictedImports(filePath, `${code}\nexport {};\n`)).toEqual([]);
  });
});
