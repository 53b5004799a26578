/**
 * The per-vendor schema registry: the "Additional Information" a ticket asks for each
 * manufacturer. The ticket form renders the current version's fields
 * (components/vendors/vendor-fields-form.tsx), the server validates with `validateVendorFields`,
 * ticket pages show stored values with `renderVendorValues` (components/vendors/vendor-values.tsx).
 *
 * Adding a vendor = one new file + one line: write `lib/vendors/<id>.ts` exporting a
 * `VendorDefinition` (other.ts is the smallest example; fields.ts has the field builders) and
 * add it to `vendors` below. Nothing else changes.
 *
 * Changing a vendor's fields: move `current` into `previous` and define the new field list as
 * `current` with the next version number. Tickets store the version they were validated
 * against, so old tickets keep their labels. A key keeps its meaning forever: give a changed
 * field a new key rather than reusing an old one.
 *
 * Words: a field's label, help, choices and validation messages are messages under
 * `vendors.<vendor>.fields.<key>` in messages/<locale>.json (./words.ts reads them; the schemas
 * give `msg` texts). A choice stores its id, never its label, so stored values are the same
 * in every language; tickets stored before ids hold the English label, read as its id.
 *
 * Unknown vendor ids (an asset whose vendor has no module) get the "Other" fields: the
 * customer can still open a ticket. `findVendor` tells known ids apart.
 */
import { checkpoint } from "./checkpoint";
import { f5 } from "./f5";
import { fortinet } from "./fortinet";
import { gigamon } from "./gigamon";
import { imperva } from "./imperva";
import { other } from "./other";
import { paloalto } from "./paloalto";
import { tenable } from "./tenable";
import type { Translate } from "@/lib/i18n/message";
import type {
  AssetFacts,
  VendorDefinition,
  VendorField,
  VendorValues,
  VendorVersion,
} from "./types";
import { choiceLabel, fieldLabel, vendorDisplayName } from "./words";

export {
  choiceId,
  choiceLabel,
  fieldHelp,
  fieldLabel,
  fieldRequiredWhen,
  vendorDisplayName,
} from "./words";
export type {
  ChoiceField,
  FileField,
  VendorDefinition,
  VendorField,
  VendorValue,
  VendorValues,
  VendorVersion,
  Widget,
} from "./types";

/** Every registered vendor, in the order selects list them ("Other" last). */
export const vendors: readonly VendorDefinition[] = [
  fortinet,
  checkpoint,
  f5,
  paloalto,
  gigamon,
  imperva,
  tenable,
  other,
];

const byId = new Map(vendors.map((vendor) => [vendor.id, vendor]));

/** The ids assets may store, for `z.enum(vendorIds)`. */
export const vendorIds = vendors.map((vendor) => vendor.id) as [string, ...string[]];

/** id → display name of every registered vendor. */
export const vendorNames: Readonly<Record<string, string>> = Object.fromEntries(
  vendors.map((vendor) => [vendor.id, vendor.name]),
);

/** `{ value, label }` pairs for a vendor select. */
export const vendorOptions = vendors.map((vendor) => ({ value: vendor.id, label: vendor.name }));

/** The vendor's display name, or the id itself for a vendor not in the registry. */
export const vendorName = (id: string): string => byId.get(id)?.name ?? id;

/** The registered vendor, or null. */
export const findVendor = (id: string): VendorDefinition | null => byId.get(id) ?? null;

/** The registered vendor, or "Other" for an id not in the registry (see the top of this file). */
export const getVendor = (id: string): VendorDefinition => byId.get(id) ?? other;

/**
 * The field list a stored ticket was validated against. A version the registry does not know
 * (which a correct registry never produces) falls back to the current one, so the values
 * still render; keys it does not know are shown under their own names.
 */
export function getVendorVersion(id: string, version: number): VendorVersion {
  const vendor = getVendor(id);
  if (vendor.current.version === version) return vendor.current;
  return vendor.previous.find((previous) => previous.version === version) ?? vendor.current;
}

export type VendorValidation =
  | {
      ok: true;
      /** The registry entry used: "other" for an unknown id. */
      vendorId: string;
      /** Store it with the values: it picks the labels when the ticket is shown. */
      version: number;
      values: VendorValues;
    }
  | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * Validates a ticket's Additional Information against the vendor's current fields. Every
 * message of every field is returned, keyed by field key ("form" for a non-object input), as
 * `msg` texts (lib/i18n/message.ts) that pages write in the reader's language.
 */
export function validateVendorFields(id: string, input: unknown): VendorValidation {
  const vendor = getVendor(id);
  const result = vendor.current.schema.safeParse(input);
  if (result.success) {
    return { ok: true, vendorId: vendor.id, version: vendor.current.version, values: result.data };
  }
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const messages = (fieldErrors[String(issue.path[0] ?? "form")] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  return { ok: false, fieldErrors };
}

export type RenderedVendorValue = { key: string; label: string; value: string };

const MISSING = "—";

function formatValue(t: Translate, field: VendorField | undefined, value: unknown): string {
  if (value === undefined || value === null || value === "") return MISSING;
  const text = (one: unknown) =>
    typeof one === "string" && (field?.widget === "select" || field?.widget === "multiselect")
      ? choiceLabel(t, field, one)
      : String(one);
  if (Array.isArray(value)) return value.length ? value.map(text).join(", ") : MISSING;
  if (typeof value === "boolean") return t(value ? "vendors.form.yes" : "vendors.form.no");
  if (typeof value === "string" || typeof value === "number") return text(value);
  // Never expected in stored values; shown rather than hidden.
  return JSON.stringify(value);
}

/**
 * Stored values as label/value pairs in `t`'s language (next-intl's translator of the whole
 * catalog), with the labels of the version they were validated against: choices by their
 * labels (an English label stored before ids too), multi-selects joined, ticks as Yes/No,
 * missing answers as "—". Keys the version does not know come last under their own names,
 * so nothing stored is ever hidden.
 */
export function renderVendorValues(
  id: string,
  version: number,
  values: Readonly<Record<string, unknown>> | null | undefined,
  t: Translate,
): RenderedVendorValue[] {
  const stored = values ?? {};
  const fields = getVendorVersion(id, version).fields.filter((field) => field.widget !== "file");
  const known = new Set(fields.map((field) => field.key));
  return [
    ...fields.map((field) => ({
      key: field.key,
      label: fieldLabel(t, field),
      value: formatValue(t, field, stored[field.key]),
    })),
    ...Object.entries(stored)
      .filter(([key]) => !known.has(key))
      .map(([key, value]) => ({ key, label: key, value: formatValue(t, undefined, value) })),
  ];
}

/**
 * What the asset row already answers of the vendor's current fields, by key: only values the
 * field accepts (an option of its select), so a prefill can never be an invalid answer.
 */
export function valuesFromAsset(id: string, asset: AssetFacts): Record<string, string> {
  const vendor = getVendor(id);
  const told = vendor.fromAsset?.(asset) ?? {};
  return Object.fromEntries(
    vendor.current.fields.flatMap((field) => {
      const value = told[field.key];
      if (value === undefined) return [];
      if (field.widget === "select" && !field.options.includes(value)) return [];
      return [[field.key, value]];
    }),
  );
}

/** A vendor's name as the reader sees it (vendorDisplayName of the registry's name). */
export const vendorLabel = (t: Translate, id: string) => vendorDisplayName(t, id, vendorName(id));

/** vendorOptions with the names as the reader sees them. */
export const vendorOptionsIn = (t: Translate) =>
  vendorOptions.map((option) => ({ ...option, label: vendorLabel(t, option.value) }));
