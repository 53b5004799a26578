import { beforeEach, describe, expect, it } from "vitest";
import type { UserRole } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { isDomainError } from "@/lib/errors";
import { createContract, createUser, actorOf as asActor } from "@/test/factories";

import { findContractByNumber } from "./find-contract-by-number";
import { getContract } from "./get-contract";
import { listContracts } from "./list-contracts";
import { registerContract } from "./register-contract";
import { readsInEnglish } from "@/lib/testing/message-text";

// Every role against every customer-facing contract operation, on a contract activated by
// "owner" and "colleague". A contract the actor may not see reads as not found — never its data.

type Who = "owner" | "colleague" | "other customer" | UserRole;
type Operation = "list" | "read by id" | "read by number" | "register";
type Outcome = "allowed" | "not_found" | "forbidden" | "conflict";

const EXPECTED: Record<Exclude<Who, "customer">, Record<Operation, Outcome>> = {
  owner: {
    list: "allowed",
    "read by id": "allowed",
    "read by number": "allowed",
    register: "conflict",
  },
  colleague: {
    list: "allowed",
    "read by id": "allowed",
    "read by number": "allowed",
    register: "conflict",
  },
  "other customer": {
    list: "not_found",
    "read by id": "not_found",
    "read by number": "not_found",
    register: "allowed",
  },
  support_engineer: {
    list: "allowed",
    "read by id": "allowed",
    "read by number": "allowed",
    register: "forbidden",
  },
  orders_team: {
    list: "allowed",
    "read by id": "allowed",
    "read by number": "allowed",
    register: "forbidden",
  },
  admin: {
    list: "allowed",
    "read by id": "allowed",
    "read by number": "allowed",
    register: "forbidden",
  },
};

let world: {
  actors: Record<keyof typeof EXPECTED, Actor>;
  contract: { id: string; number: string; key: string };
};
let ipCounter = 1;

beforeEach(async () => {
  const [owner, colleague, other, engineer, orders, admin] = await Promise.all([
    createUser(),
    createUser(),
    createUser(),
    createUser({ role: "support_engineer" }),
    createUser({ role: "orders_team" }),
    createUser({ role: "admin" }),
  ]);
  const contract = await createContract({ activatedFor: [owner.id, colleague.id] });
  world = {
    actors: {
      owner: asActor(owner),
      colleague: asActor(colleague),
      "other customer": asActor(other),
      support_engineer: asActor(engineer),
      orders_team: asActor(orders),
      admin: asActor(admin),
    },
    contract,
  };
});

/** Runs one operation and sorts its result into an outcome, checking no data leaks on a refusal. */
async function attempt(actor: Actor, operation: Operation): Promise<Outcome> {
  const { contract } = world;
  try {
    switch (operation) {
      case "list": {
        const listed = await listContracts(actor);
        return listed.some((c) => c.id === contract.id) ? "allowed" : "not_found";
      }
      case "read by id": {
        const detail = await getContract(actor, contract.id);
        expect(detail.number).toBe(contract.number);
        expect(detail.assets).toHaveLength(2);
        return "allowed";
      }
      case "read by number": {
        const found = await findContractByNumber(actor, contract.number.toLowerCase());
        if (!found) return "not_found";
        expect(found.id).toBe(contract.id);
        return "allowed";
      }
      case "register": {
        const registered = await registerContract(
          actor,
          { contractNumber: contract.number, contractKey: contract.key },
          { ip: `192.0.2.${ipCounter++}`, userAgent: "vitest" },
        );
        expect(registered.id).toBe(contract.id);
        return "allowed";
      }
    }
  } catch (error) {
    if (!isDomainError(error)) throw error;
    expect(error.message).not.toContain(contract.key);
    return error.code as Outcome;
  }
}

const cases = Object.entries(EXPECTED).flatMap(([who, operations]) =>
  Object.entries(operations).map(([operation, outcome]) => ({
    who: who as keyof typeof EXPECTED,
    operation: operation as Operation,
    outcome,
  })),
);

describe("contract authorization", () => {
  it.each(cases)("$who: $operation → $outcome", async ({ who, operation, outcome }) => {
    expect(await attempt(world.actors[who], operation)).toBe(outcome);
  });

  it("a customer reading another customer's contract gets not_found, the same as for no contract", async () => {
    const stranger = world.actors["other customer"];
    const missing = await getContract(stranger, "00000000-0000-4000-8000-000000000000").catch(
      (e: unknown) => e,
    );
    const hidden = await getContract(stranger, world.contract.id).catch((e: unknown) => e);
    const malformed = await getContract(stranger, "not-a-uuid").catch((e: unknown) => e);
    for (const error of [missing, hidden, malformed]) {
      expect(error).toMatchObject({
        code: "not_found",
        message: readsInEnglish("Contract not found."),
      });
    }
    expect(await findContractByNumber(stranger, world.contract.number)).toBeNull();
  });

  it("a customer's list holds only contracts activated on their own account", async () => {
    const owner = world.actors.owner;
    await createContract();
    const listed = await listContracts(owner);
    expect(listed.map((c) => c.id)).toEqual([world.contract.id]);
  });

  it("a customer sees colleagues (others who activated it) but not themselves; staff see everyone who activated it", async () => {
    const ownerView = await getContract(world.actors.owner, world.contract.id);
    expect(ownerView.colleagues).toHaveLength(1);
    expect(Object.keys(ownerView.colleagues[0]!).sort()).toEqual(["company", "name"]);
    const staffView = await getContract(world.actors.support_engineer, world.contract.id);
    expect(staffView.colleagues).toHaveLength(2);
  });
});
