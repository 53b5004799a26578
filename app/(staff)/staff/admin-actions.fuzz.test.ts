import fc from "fast-check";
import { beforeAll, describe, it, vi } from "vitest";
import { z } from "zod";
import { db } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import {
  inviteStaffSchema,
  outboxIdSchema,
  staffRoleSchema,
  userIdSchema,
} from "@/lib/admin/schemas";
import {
  contractIdSchema,
  contractInputSchema,
  contractsCsvSchema,
} from "@/lib/contracts/staff-schemas";
import { contractInput, createContract, createUser } from "@/test/factories";
import { boundId, fuzzAction, fuzzTimeout } from "@/test/fuzz/action-fuzz";
import { hostileString } from "@/test/fuzz/hostile-strings";
import { signIn } from "@/test/fuzz/request-scope";
import {
  createContractAction,
  importContractsAction,
  previewContractsImportAction,
  regenerateContractKeyAction,
  updateContractAction,
} from "./contracts/actions";
import { retryEmailAction } from "./email-delivery/actions";
import {
  changeRoleAction,
  forcePasswordResetAction,
  inviteStaffAction,
  setUserDisabledAction,
} from "./users/actions";

vi.mock("next/headers", () => import("@/test/fuzz/request-scope").then((m) => m.nextHeaders));
vi.mock("next/cache", () => import("@/test/fuzz/request-scope").then((m) => m.nextCache));
vi.mock("@/lib/auth/actor", async (original) => ({
  ...(await original<object>()),
  ...(await import("@/test/fuzz/request-scope")).signedInUser,
}));
vi.mock("@/lib/http/request-context", () =>
  import("@/test/fuzz/request-scope").then((m) => m.requestContext),
);
vi.mock("@/lib/crypto/secrets", async (original) => ({
  ...(await original<object>()),
  ...(await import("@/test/fuzz/fast-hashing")).fastHashing,
}));

/** A contracts CSV as the orders team uploads one: the header, rows of fitting or hostile cells. */
const HEADER =
  "contract_number,customer_name,service_level,valid_from,valid_to,vendor,product,serial_number";
const cell = fc.oneof(
  fc.constantFrom(
    "CLICO/2026/FUZZ",
    "Energa S.A.",
    "24x7_4h",
    "2026-01-01",
    "2099-12-31",
    "fortinet",
  ),
  fc.stringMatching(/^[A-Z0-9]{4,12}$/),
  hostileString.map((text) => text.slice(0, 300)),
);
const csvText = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .array(
        fc.array(cell, { minLength: 1, maxLength: 9 }).map((cells) => cells.join(",")),
        {
          maxLength: 5,
        },
      )
      .map((rows) => [HEADER, ...rows].join("\n")),
  },
  { weight: 1, arbitrary: hostileString },
);

describe("the orders team's and admins' actions, for any input", () => {
  const contractIds: string[] = [];
  const userIds: string[] = [];
  const outboxIds: string[] = [];

  beforeAll(async () => {
    const admin = await signIn("admin");
    for (let i = 0; i < 3; i++) contractIds.push((await createContract()).id);
    for (const role of ["customer", "support_engineer", "orders_team", "admin"] as const)
      userIds.push((await createUser({ role })).id);
    userIds.push(admin.id); // an admin acting on their own account
    const failed = await db
      .insert(emailOutbox)
      .values(
        ["failed", "failed", "sent"].map((status) => ({
          to: "someone@example.com",
          subject: "Your login code",
          html: "<p>123456</p>",
          text: "123456",
          status: status as "failed" | "sent",
        })),
      )
      .returning({ id: emailOutbox.id });
    outboxIds.push(...failed.map((row) => row.id));
  });

  const contractId = () => [{ schema: contractIdSchema, values: boundId(contractIds) }];
  /** Fitting dates and assets of a contract, so that whole contracts reach the use cases. */
  const contract = {
    number: fc.uuid().map((id) => `CLICO/2026/${id.slice(0, 8).toUpperCase()}`),
    validFrom: ["2026-01-01"],
    validTo: ["2099-12-31"],
    assets: fc.uuid().map((id) =>
      contractInput({}).assets.map((asset, i) => ({
        ...asset,
        serialNumber: `SN${i}-${id.slice(0, 13)}`,
      })),
    ),
  };
  const userId = () => [{ schema: userIdSchema, values: boundId(userIds) }];

  it(
    "Create contract",
    () => fuzzAction({ action: createContractAction, input: contractInputSchema, known: contract }),
    fuzzTimeout(),
  );

  it(
    "editing a contract",
    () =>
      fuzzAction({
        action: updateContractAction,
        input: contractInputSchema,
        bound: contractId(),
        known: contract,
      }),
    fuzzTimeout(),
  );

  it(
    "a new contract key",
    () =>
      fuzzAction({
        action: regenerateContractKeyAction,
        input: z.object({}),
        bound: contractId(),
      }),
    fuzzTimeout(),
  );

  it(
    "contracts import: the preview",
    () =>
      fuzzAction({
        action: previewContractsImportAction,
        input: contractsCsvSchema,
        known: { csv: csvText },
      }),
    fuzzTimeout(),
  );

  it(
    "contracts import",
    () =>
      fuzzAction({
        action: importContractsAction,
        input: contractsCsvSchema,
        known: { csv: csvText },
      }),
    fuzzTimeout(),
  );

  it(
    "inviting staff",
    () =>
      fuzzAction({
        action: inviteStaffAction,
        input: inviteStaffSchema,
        known: {
          email: fc.uuid().map((id) => `${id}@clico.example`),
          login: fc.uuid().map((id) => `eng.${id.slice(0, 8)}`),
        },
        rateLimited: true,
      }),
    fuzzTimeout(),
  );

  it(
    "disabling and enabling an account",
    () =>
      fuzzAction({
        action: setUserDisabledAction,
        input: z.object({}),
        bound: [
          ...userId(),
          { schema: z.boolean(), values: fc.oneof(fc.boolean(), fc.anything({ maxDepth: 0 })) },
        ],
      }),
    fuzzTimeout(),
  );

  it(
    "forcing a password reset",
    () =>
      fuzzAction({
        action: forcePasswordResetAction,
        input: z.object({}),
        // not the admin's own account: the fuzz acts as that admin to the end
        bound: [{ schema: userIdSchema, values: boundId(userIds.slice(0, -1)) }],
        rateLimited: true,
      }),
    fuzzTimeout(),
  );

  it(
    "changing a role",
    () =>
      fuzzAction({
        action: changeRoleAction,
        input: z.object({ role: staffRoleSchema }),
        bound: userId(),
      }),
    fuzzTimeout(),
  );

  it(
    "retrying a failed email",
    () =>
      fuzzAction({
        action: retryEmailAction,
        input: z.object({}),
        bound: [{ schema: outboxIdSchema, values: boundId(outboxIds) }],
      }),
    fuzzTimeout(),
  );
});
