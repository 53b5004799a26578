import { describe, expect, it } from "vitest";
import type { UserRole } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { createActor, createUser, uniqueSuffix } from "@/test/factories";
import { createCannedReply } from "./create-canned-reply";
import { deleteCannedReply } from "./delete-canned-reply";
import { listCannedReplies } from "./list-canned-replies";
import { updateCannedReply } from "./update-canned-reply";
import { outcome } from "@/test/outcome";

type Outcome = "allowed" | "forbidden";

// Every canned-reply use case as every role, each on a reply of its own.
const operations: Record<string, (actor: Actor, id: string) => Promise<unknown>> = {
  list: (actor) => listCannedReplies(actor),
  create: (actor) => createCannedReply(actor, { title: `New ${uniqueSuffix()}`, body: "Hello" }),
  update: (actor, id) =>
    updateCannedReply(actor, id, { title: `Changed ${uniqueSuffix()}`, body: "Changed" }),
  delete: (actor, id) => deleteCannedReply(actor, id),
};

const matrix: Record<UserRole, Record<keyof typeof operations, Outcome>> = {
  customer: { list: "forbidden", create: "forbidden", update: "forbidden", delete: "forbidden" },
  support_engineer: { list: "allowed", create: "allowed", update: "allowed", delete: "allowed" },
  orders_team: { list: "forbidden", create: "forbidden", update: "forbidden", delete: "forbidden" },
  admin: { list: "allowed", create: "allowed", update: "allowed", delete: "allowed" },
};

const cases = Object.entries(matrix).flatMap(([role, outcomes]) =>
  Object.entries(outcomes).map(([operation, outcome]) => ({
    role: role as UserRole,
    operation,
    outcome,
  })),
);

describe("canned replies authorization", () => {
  it.each(cases)("$role → $operation: $outcome", async ({ role, operation, outcome: expected }) => {
    const owner = await createUser({ role: "support_engineer" });
    const { id } = await createCannedReply(owner, {
      title: `Fixture ${uniqueSuffix()}`,
      body: "Fixture body",
    });
    const actor = await createActor({ role });
    expect(await outcome(() => operations[operation]!(actor, id))).toBe(expected);
  });
});
