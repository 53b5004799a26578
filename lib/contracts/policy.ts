import { and, eq, exists, sql, type SQL } from "drizzle-orm";
import { contractActivations, contracts, type UserRole } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { forbidden } from "@/lib/errors";

export type ContractAction =
  "list" | "read" | "register" | "create" | "update" | "regenerate_key" | "import" | "export";

/** "all": every contract; "own": only contracts activated on the actor's account; false: never. */
type Scope = "all" | "own" | false;

// Who may do what to contracts and their assets: one table, read by every use case.
const CONTRACT_PERMISSIONS: Record<UserRole, Record<ContractAction, Scope>> = {
  customer: {
    list: "own",
    read: "own",
    register: "own",
    create: false,
    update: false,
    regenerate_key: false,
    import: false,
    export: false,
  },
  support_engineer: {
    list: "all",
    read: "all",
    register: false,
    create: false,
    update: false,
    regenerate_key: false,
    import: false,
    export: false,
  },
  orders_team: {
    list: "all",
    read: "all",
    register: false,
    create: "all",
    update: "all",
    regenerate_key: "all",
    import: "all",
    export: "all",
  },
  admin: {
    list: "all",
    read: "all",
    register: false,
    create: "all",
    update: "all",
    regenerate_key: "all",
    import: "all",
    export: "all",
  },
};

export function contractScope(actor: Pick<Actor, "role">, action: ContractAction): Scope {
  return CONTRACT_PERMISSIONS[actor.role][action];
}

/** Throws `forbidden` unless the actor's role may do `action` to some contract. */
export function assertContractPermission(
  actor: Pick<Actor, "role">,
  action: ContractAction,
): "all" | "own" {
  const scope = contractScope(actor, action);
  if (!scope) throw forbidden();
  return scope;
}

/**
 * The WHERE condition that limits a contracts query to what the actor may see for `action`
 * (undefined = every contract). Queries always include it, so a missed check still finds nothing.
 */
export function contractVisibility(
  actor: Pick<Actor, "id" | "role">,
  action: ContractAction = "read",
): SQL | undefined {
  const scope = assertContractPermission(actor, action);
  if (scope === "all") return undefined;
  return exists(
    // exists() does not parenthesise raw SQL: the subquery brings its own parentheses.
    sql`(select 1 from ${contractActivations} where ${and(
      eq(contractActivations.contractId, contracts.id),
      eq(contractActivations.userId, actor.id),
    )})`,
  );
}
