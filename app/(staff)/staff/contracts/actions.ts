"use server";

import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { parseAndRun } from "@/lib/actions/action-result";
import { requireStaff } from "@/lib/auth/actor";
import { createContract } from "@/lib/contracts/create-contract";
import { importContracts, previewContractsImport } from "@/lib/contracts/import-contracts";
import { regenerateContractKey } from "@/lib/contracts/regenerate-contract-key";
import {
  contractIdSchema,
  contractInputSchema,
  contractsCsvSchema,
  updateContractSchema,
} from "@/lib/contracts/staff-schemas";
import { updateContract } from "@/lib/contracts/update-contract";
import { getRequestContext } from "@/lib/http/request-context";

// Each action: parse, re-check the session, one lib call (which checks the role). Keys are
// returned to the browser once, in the result of the call that issued them.

export async function createContractAction(input: unknown) {
  return parseAndRun(contractInputSchema, input, async (data) => {
    const actor = await requireStaff();
    return createContract(actor, data, await getRequestContext());
  });
}

export async function updateContractAction(id: unknown, input: unknown) {
  return parseAndRun(updateContractSchema, { id, contract: input }, async (data) => {
    const actor = await requireStaff();
    return updateContract(actor, data, await getRequestContext());
  });
}

export async function regenerateContractKeyAction(id: unknown) {
  return parseAndRun(z.object({ id: contractIdSchema }), { id }, async (data) => {
    const actor = await requireStaff();
    return regenerateContractKey(actor, data.id, await getRequestContext());
  });
}

export async function previewContractsImportAction(input: unknown) {
  return parseAndRun(contractsCsvSchema, input, async (data) => {
    const actor = await requireStaff();
    return previewContractsImport(actor, data.csv);
  });
}

export async function importContractsAction(input: unknown) {
  return parseAndRun(contractsCsvSchema, input, async (data) => {
    const actor = await requireStaff();
    const result = await importContracts(actor, data.csv, {
      fileName: data.fileName,
      context: await getRequestContext(),
    });
    if (!result.ok) return result;
    const { keys, ...summary } = result;
    const keysCsv = keys.length
      ? stringify([
          ["contract_number", "customer_name", "activation_key"],
          ...keys.map((k) => [k.number, k.customerName, k.key]),
        ])
      : null;
    return { ...summary, keysCsv };
  });
}
