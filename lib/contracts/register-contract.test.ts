import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, contractActivations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import { createActor, createContract } from "@/test/factories";
import { expireRateLimits } from "@/test/rate-limits";
import { WRONG_CONTRACT_PAIR } from "./check-contract-key";
import { getContract } from "./get-contract";
import { listContracts } from "./list-contracts";
import { registerContract } from "./register-contract";
import { inEnglish, readsInEnglish } from "@/lib/testing/message-text";

let ipCounter = 1;
/** A fresh client address per test, so the per-IP limit of one test never trips another. */
const freshContext = () => ({ ip: `203.0.113.${ipCounter++}`, userAgent: "vitest" });

const failureOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};

/** Ten wrong keys for the contract: by `actor` (else a new customer each time) from `context` (else a fresh address each time). */
async function tenWrongKeys(
  contract: { number: string },
  by: { actor?: Actor; context?: ReturnType<typeof freshContext> },
) {
  for (let attempt = 0; attempt < 10; attempt++)
    await failureOf(
      registerContract(
        by.actor ?? (await createActor()),
        { contractNumber: contract.number, contractKey: "WRONG" },
        by.context ?? freshContext(),
      ),
    );
}

const auditOf = (actorId: string) =>
  db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.actorId, actorId), eq(auditEvents.action, "contract.register")));

describe("register contract", () => {
  it("activates the contract on the account, lists it at once and records an audit event", async () => {
    const actor = await createActor();
    const contract = await createContract({ customerName: "Energa Przykład S.A." });
    const context = freshContext();

    const result = await registerContract(
      actor,
      {
        contractNumber: ` ${contract.number.toLowerCase()} `,
        contractKey: contract.key.toLowerCase(),
      },
      context,
    );

    expect(result).toEqual({
      id: contract.id,
      number: contract.number,
      customerName: "Energa Przykład S.A.",
    });
    const listed = await listContracts(actor);
    expect(listed).toEqual([
      expect.objectContaining({ id: contract.id, status: "active", assetCount: 2 }),
    ]);
    const [event] = await auditOf(actor.id);
    expect(event).toMatchObject({
      outcome: "success",
      targetType: "contract",
      targetId: contract.id,
      ip: context.ip,
      details: { contractNumber: contract.number },
    });
  });

  it("gives one generic message on the key field for a wrong key or an unknown number", async () => {
    const actor = await createActor();
    const contract = await createContract();
    const context = freshContext();

    const wrongKey = await failureOf(
      registerContract(
        actor,
        { contractNumber: contract.number, contractKey: "NOPE-0000" },
        context,
      ),
    );
    const unknownNumber = await failureOf(
      registerContract(
        actor,
        { contractNumber: "NO-SUCH-CONTRACT", contractKey: contract.key },
        context,
      ),
    );

    for (const error of [wrongKey, unknownNumber]) {
      expect(error).toMatchObject({
        code: "invalid",
        field: "contractKey",
        message: WRONG_CONTRACT_PAIR,
      });
    }
    expect(await listContracts(actor)).toEqual([]);
    const events = await auditOf(actor.id);
    expect(events).toHaveLength(2);
    for (const event of events) {
      expect(event).toMatchObject({ outcome: "failure", details: { reason: "wrong_pair" } });
      expect(JSON.stringify(event.details)).not.toContain(contract.key);
    }
  });

  it("names the end date of an expired contract on the number field", async () => {
    const actor = await createActor();
    const contract = await createContract({ validToDays: -10 });

    const error = await failureOf(
      registerContract(
        actor,
        { contractNumber: contract.number, contractKey: contract.key },
        freshContext(),
      ),
    );

    expect(error).toMatchObject({ code: "invalid", field: "contractNumber", reason: "expired" });
    expect(inEnglish(error.message)).toMatch(
      new RegExp(`^Contract ${contract.number} expired on \\d{1,2} \\w+ \\d{4}\\.$`),
    );
    expect(await listContracts(actor)).toEqual([]);
    const [event] = await auditOf(actor.id);
    expect(event).toMatchObject({ outcome: "failure", details: { reason: "expired" } });
  });

  it("says so when the contract is already active on the account", async () => {
    const actor = await createActor();
    const contract = await createContract({ activatedFor: [actor.id] });

    const error = await failureOf(
      registerContract(
        actor,
        { contractNumber: contract.number, contractKey: contract.key },
        freshContext(),
      ),
    );

    expect(error).toMatchObject({
      code: "conflict",
      field: "contractNumber",
      reason: "already_active",
      message: readsInEnglish(`Contract ${contract.number} is already active on your account.`),
    });
    const rows = await db
      .select()
      .from(contractActivations)
      .where(eq(contractActivations.userId, actor.id));
    expect(rows).toHaveLength(1);
  });

  it("lets colleagues activate the same contract and shows each the other, by name and company only", async () => {
    const anna = await createActor({ firstName: "Anna", lastName: "Mazur", company: "Energa" });
    const piotr = await createActor({
      firstName: "Piotr",
      lastName: "Nowak",
      company: "Partner IT",
    });
    const contract = await createContract();

    for (const actor of [anna, piotr]) {
      await registerContract(
        actor,
        { contractNumber: contract.number, contractKey: contract.key },
        freshContext(),
      );
    }

    expect((await getContract(anna, contract.id)).colleagues).toEqual([
      { name: "Piotr Nowak", company: "Partner IT" },
    ]);
    expect((await getContract(piotr, contract.id)).colleagues).toEqual([
      { name: "Anna Mazur", company: "Energa" },
    ]);
  });

  it("limits key checks per account, whatever the address", async () => {
    const actor = await createActor();
    const contract = await createContract();
    await tenWrongKeys(contract, { actor });

    const error = await failureOf(
      registerContract(
        actor,
        { contractNumber: contract.number, contractKey: contract.key },
        freshContext(),
      ),
    );

    expect(error).toMatchObject({ code: "rate_limited", field: "contractKey" });
    expect(inEnglish(error.message)).toMatch(/Too many attempts/);
    expect(await listContracts(actor)).toEqual([]);
  });

  it("limits key checks per address, whatever the account", async () => {
    const context = freshContext();
    const contract = await createContract();
    await tenWrongKeys(contract, { context });

    const error = await failureOf(
      registerContract(
        await createActor(),
        { contractNumber: contract.number, contractKey: contract.key },
        context,
      ),
    );
    expect(error).toMatchObject({ code: "rate_limited" });
  });

  it("counts only wrong pairs: a partner activates a dozen contracts from one address", async () => {
    const partner = await createActor();
    const context = freshContext();
    for (let activation = 0; activation < 12; activation++) {
      const contract = await createContract();
      await expect(
        registerContract(
          partner,
          { contractNumber: contract.number, contractKey: contract.key },
          context,
        ),
      ).resolves.toMatchObject({ id: contract.id });
    }
    expect(await listContracts(partner)).toHaveLength(12);
  });

  it("refuses the right pair after a lockout until the window passes", async () => {
    const actor = await createActor();
    const contract = await createContract();
    await tenWrongKeys(contract, { actor });
    const right = { contractNumber: contract.number, contractKey: contract.key };
    expect(await failureOf(registerContract(actor, right, freshContext()))).toMatchObject({
      code: "rate_limited",
    });
    await expireRateLimits();
    await expect(registerContract(actor, right, freshContext())).resolves.toMatchObject({
      id: contract.id,
    });
  });
});
