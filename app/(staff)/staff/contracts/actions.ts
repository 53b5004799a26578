"use server";

import { stringify } from "csv-stringify/sync";
import { redirect } from "next/navigation";
import { z } from "zod";
import { serverAction } from "@/lib/actions/server-action";
import { createContract } from "@/lib/contracts/create-contract";
import { importContracts, previewContractsImport } from "@/lib/contracts/import-contracts";
import { regenerateContractKey } from "@/lib/contracts/regenerate-contract-key";
import {
  contractIdSchema,
  contractInputSchema,
  contractsCsvSchema,
} from "@/lib/contracts/staff-schemas";
import { updateContract } from "@/lib/contracts/update-contract";
import { getRequestContext } from "@/lib/http/request-context";

// Keys are returned to the browser once, in the result of the call that issued them.

const contract = { actor: "staff", bound: [contractIdSchema] } as const;

export const createContractAction = serverAction(
  { name: "createContract", actor: "staff", input: contractInputSchema },
  async ({ actor, input }) => ({
    ...(await createContract(actor, input, await getRequestContext())),
    customerName: input.customerName,
  }),
);

export const updateContractAction = serverAction(
  { name: "updateContract", ...contract, input: contractInputSchema },
  async ({ actor, bound: [id], input }) => {
    await updateContract(actor, { id, contract: input }, await getRequestContext());
    redirect(`/staff/contracts/${id}?saved=1`);
  },
);

export const regenerateContractKeyAction = serverAction(
  { name: "regenerateContractKey", ...contract, input: z.object({}) },
  async ({ actor, bound: [id] }) => regenerateContractKey(actor, id, await getRequestContext()),
);

export const previewContractsImportAction = serverAction(
  { name: "previewContractsImport", actor: "staff", input: contractsCsvSchema },
  async ({ actor, input }) => previewContractsImport(actor, input.csv),
);

export const importContractsAction = serverAction(
  { name: "importContracts", actor: "staff", input: contractsCsvSchema },
  async ({ actor, input }) => {
    const result = await importContracts(actor, input.csv, {
      fileName: input.fileName,
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
  },
);
