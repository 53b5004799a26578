import { msg } from "@/lib/i18n/message";
import { describe, expect, it, vi } from "vitest";
import type { ContractFormValues } from "@/lib/contracts/staff-schemas";
import { actorOf, createContract, createUser } from "@/test/factories";

const staff = vi.hoisted(() => ({ actor: null as unknown }));
vi.mock("@/lib/auth/actor", async (original) => ({
  ...(await original<typeof import("@/lib/auth/actor")>()),
  requireStaff: async () => staff.actor,
}));
vi.mock("@/lib/http/request-context", () => ({
  getRequestContext: async () => ({ ip: "192.0.2.1", userAgent: "vitest" }),
}));

const { updateContractAction } = await import("./actions");
const { initialFormState } = await import("@/lib/actions/form-action");

const form = (number: string): ContractFormValues => ({
  number,
  customerName: "Energa Operator S.A.",
  serviceLevel: "24x7_4h",
  validFrom: "2026-01-01",
  validTo: "2026-12-31",
  assets: [{ vendor: "fortinet", product: "FortiGate 200F", serialNumber: "FG-1" }],
});

// Failed before the action helper: a server-side field error came back as "contract.number".
describe("the edit contract action", () => {
  it("keys its field errors by the form's own field names", async () => {
    staff.actor = actorOf(await createUser({ role: "orders_team" }));
    const contract = await createContract();
    const other = await createContract();

    const update = async (number: string) =>
      (await updateContractAction(contract.id, initialFormState, form(number))).result;
    const invalid = await update("A, B");
    const taken = await update(other.number);

    expect(invalid).toMatchObject({ ok: false, fieldErrors: { number: [expect.any(String)] } });
    expect(taken).toMatchObject({
      ok: false,
      fieldErrors: { number: [msg("errors.contracts.numberTaken")] },
    });
  });
});
