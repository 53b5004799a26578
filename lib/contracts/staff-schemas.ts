import { z } from "zod";
import { msg } from "@/lib/i18n/message";
import { plainText } from "@/lib/validation/plain-text";
import { SERVICE_LEVELS } from "@/lib/enums";
import { vendorNames } from "@/lib/vendors";
import { serviceLevelLabels } from "./service-levels";

// Shared by the orders team's contract forms (react-hook-form + zodResolver), their server
// actions and the CSV import, so a contract is checked by the same rules wherever it comes from.
// Messages are keys of messages/<locale>.json (lib/i18n/message.ts): pages write them in the
// reader's language.

export const serviceLevelOptions = SERVICE_LEVELS.map((value) => ({
  value,
  label: serviceLevelLabels[value],
}));

export const VENDOR_IDS = Object.keys(vendorNames) as [string, ...string[]];
export const LIMITS = {
  number: 100,
  customerName: 200,
  product: 200,
  serialNumber: 100,
  description: 1000,
  assets: 500,
} as const;

const atMost = (max: number) => msg("admin.errors.maxChars", { max });

const text = (requiredKey: string, max: number) =>
  plainText().min(1, msg(requiredKey)).max(max, atMost(max));

// An empty date field (a date input the person left, or only half filled) asks for the date;
// the format is named only for text that is there, as in a CSV cell.
const isoDate = (which: "startDate" | "endDate") =>
  plainText()
    .min(1, { message: msg(`admin.errors.${which}Required`), abort: true })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: msg(`admin.errors.${which}Format`), abort: true })
    .refine(
      (value) => {
        const date = new Date(`${value}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
      },
      msg(`admin.errors.${which}NotReal`),
    );

export const contractNumberSchema = text("admin.errors.numberRequired", LIMITS.number).regex(
  /^[^\s,;]+(?: [^\s,;]+)*$/,
  msg("admin.errors.numberFormat"),
);

export const serviceLevelSchema = z.enum(SERVICE_LEVELS, msg("admin.errors.chooseServiceLevel"));
export const vendorSchema = z.enum(VENDOR_IDS, msg("admin.errors.chooseVendor"));

export const assetInputSchema = z.object({
  /** Set for an asset that already exists (edit form); new rows have none. */
  id: z.uuid().optional(),
  vendor: vendorSchema,
  product: text("admin.errors.productRequired", LIMITS.product),
  serialNumber: text("admin.errors.serialNumberRequired", LIMITS.serialNumber),
  description: plainText({ multiLine: true })
    .max(LIMITS.description, atMost(LIMITS.description))
    .optional(),
});
export type AssetInput = z.infer<typeof assetInputSchema>;

export const contractFieldsSchema = z.object({
  number: contractNumberSchema,
  customerName: text("admin.errors.customerNameRequired", LIMITS.customerName),
  serviceLevel: serviceLevelSchema,
  validFrom: isoDate("startDate"),
  validTo: isoDate("endDate"),
});

/** The first valid day must not come after the last: checked on validTo so the error sits there. */
const checkDates = (value: { validFrom: string; validTo: string }, ctx: z.RefinementCtx) => {
  if (value.validFrom && value.validTo && value.validTo < value.validFrom) {
    ctx.addIssue({
      code: "custom",
      path: ["validTo"],
      message: msg("admin.errors.endBeforeStart"),
    });
  }
};

export const contractInputSchema = contractFieldsSchema
  .extend({
    assets: z
      .array(assetInputSchema)
      .min(1, msg("admin.errors.assetsMin"))
      .max(LIMITS.assets, msg("admin.errors.assetsMax", { max: LIMITS.assets })),
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
          message: msg("admin.errors.serialDuplicate", { n: first + 1 }),
        });
    });
  });
export type ContractInput = z.infer<typeof contractInputSchema>;
export type ContractFormValues = z.input<typeof contractInputSchema>;

export const contractIdSchema = z.uuid(msg("admin.errors.contractNotFound"));

/** A CSV upload from the import page, as text. Server actions take up to 1 MB. */
export const CSV_MAX_CHARS = 900_000;
export const contractsCsvSchema = z.object({
  fileName: plainText().max(200).default("upload.csv"),
  csv: z
    .string()
    .min(1, msg("admin.errors.csvRequired"))
    .max(CSV_MAX_CHARS, msg("admin.errors.csvTooLarge")),
});
