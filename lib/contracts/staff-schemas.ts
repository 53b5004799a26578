import { z } from "zod";
import { plainText } from "@/lib/validation/plain-text";
import { SERVICE_LEVELS } from "@/lib/enums";
import { vendorNames } from "@/lib/vendors";
import { serviceLevelLabels } from "./service-levels";

// Shared by the orders team's contract forms (react-hook-form + zodResolver), their server
// actions and the CSV import, so a contract is checked by the same rules wherever it comes from.

export const serviceLevelOptions = SERVICE_LEVELS.map((value) => ({
  value,
  label: serviceLevelLabels[value],
}));

export const VENDOR_IDS = Object.keys(vendorNames) as [string, ...string[]];
export const vendorOptions = Object.entries(vendorNames).map(([value, label]) => ({
  value,
  label,
}));

export const LIMITS = {
  number: 100,
  customerName: 200,
  product: 200,
  serialNumber: 100,
  description: 1000,
  assets: 500,
} as const;

const text = (what: string, max: number) =>
  plainText().min(1, `Enter the ${what}.`).max(max, `Use at most ${max} characters.`);

// An empty date field (a date input the person left, or only half filled) asks for the date;
// the format is named only for text that is there, as in a CSV cell.
const isoDate = (what: string) =>
  plainText()
    .min(1, { message: `Enter the ${what}.`, abort: true })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `Enter the ${what} as YYYY-MM-DD.`, abort: true })
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }, `The ${what} is not a real date.`);

export const contractNumberSchema = text("contract number", LIMITS.number).regex(
  /^[^\s,;]+(?: [^\s,;]+)*$/,
  "Use the number as printed: no commas, semicolons or doubled spaces.",
);

export const serviceLevelSchema = z.enum(SERVICE_LEVELS, "Choose a service level.");
export const vendorSchema = z.enum(VENDOR_IDS, "Choose a vendor.");

export const assetInputSchema = z.object({
  /** Set for an asset that already exists (edit form); new rows have none. */
  id: z.uuid().optional(),
  vendor: vendorSchema,
  product: text("product or model", LIMITS.product),
  serialNumber: text("serial number", LIMITS.serialNumber),
  description: plainText({ multiLine: true })
    .max(LIMITS.description, `Use at most ${LIMITS.description} characters.`)
    .optional(),
});
export type AssetInput = z.infer<typeof assetInputSchema>;

export const contractFieldsSchema = z.object({
  number: contractNumberSchema,
  customerName: text("customer name", LIMITS.customerName),
  serviceLevel: serviceLevelSchema,
  validFrom: isoDate("start date"),
  validTo: isoDate("end date"),
});

/** The first valid day must not come after the last: checked on validTo so the error sits there. */
const checkDates = (value: { validFrom: string; validTo: string }, ctx: z.RefinementCtx) => {
  if (value.validFrom && value.validTo && value.validTo < value.validFrom) {
    ctx.addIssue({
      code: "custom",
      path: ["validTo"],
      message: "The end date must be on or after the start date.",
    });
  }
};

export const contractInputSchema = contractFieldsSchema
  .extend({
    assets: z
      .array(assetInputSchema)
      .min(1, "Add at least one covered asset.")
      .max(LIMITS.assets, `A contract covers at most ${LIMITS.assets} assets.`),
  })
  .superRefine((value, ctx) => {
    checkDates(value, ctx);
    // A serial number names one asset of the contract: the import merges assets by it.
    const seen = new Map<string, number>();
    value.assets.forEach((asset, index) => {
      const key = asset.serialNumber.toUpperCase();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else
        ctx.addIssue({
          code: "custom",
          path: ["assets", index, "serialNumber"],
          message: `This serial number is already on asset ${first + 1}.`,
        });
    });
  });
export type ContractInput = z.infer<typeof contractInputSchema>;
export type ContractFormValues = z.input<typeof contractInputSchema>;

export const contractIdSchema = z.uuid("Contract not found.");

/** A CSV upload from the import page, as text. Server actions take up to 1 MB. */
export const CSV_MAX_CHARS = 900_000;
export const contractsCsvSchema = z.object({
  fileName: plainText().max(200).default("upload.csv"),
  csv: z
    .string()
    .min(1, "Choose a CSV file.")
    .max(CSV_MAX_CHARS, "The file is too large for the browser: use npm run contracts:import."),
});
