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

// Pages already in both languages (issue #15) may not write words of their own.
async function literalStrings(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((message) => message.ruleId === "i18next/no-literal-string")
    .length;
}

describe("no words outside the message catalogs", () => {
  const page = (jsx: string) => `export default function Page() {\n  return ${jsx};\n}\n`;
  it.each([
    ["app/(auth)/login/x.tsx", page("<p>Log in</p>")],
    ["app/(register)/sign-up/x.tsx", page('<Field label="First name" />')],
    ["components/i18n/x.tsx", page('<p title="Write to us" />')],
  ])("%s may not write %s", async (filePath, code) => {
    expect(await literalStrings(filePath, code)).toBeGreaterThan(0);
  });

  it.each([
    ["app/(auth)/login/x.tsx", page('<p className="text-sm">{t("title")}</p>')],
    ["app/(auth)/login/x.tsx", page('<Field type="email" {...field("email")} />')],
    ["app/dev/mailbox/x.tsx", page("<p>Development mailbox</p>")],
  ])("%s may write %s", async (filePath, code) => {
    expect(await literalStrings(filePath, code)).toBe(0);
  });
});
