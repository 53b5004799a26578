import { uniqueSuffix } from "@/test/factories";
import type { ContractInput } from "./staff-schemas";

/** A valid contract for the orders team's use cases, unique per call. Tests only. */
export function contractInput(overrides: Partial<ContractInput> = {}): ContractInput {
  const s = uniqueSuffix().toUpperCase();
  return {
    number: `CLICO/2026/${s}`,
    customerName: `Energa ${s} S.A.`,
    serviceLevel: "24x7_4h",
    validFrom: "2026-01-01",
    validTo: "2099-12-31",
    assets: [
      {
        vendor: "fortinet",
        product: "FortiGate 100F",
        serialNumber: `FG100F${s}`,
        description: "HQ",
      },
      { vendor: "checkpoint", product: "Quantum 6200", serialNumber: `CP${s}` },
    ],
    ...overrides,
  };
}
