import { z } from "zod";
import { plainText } from "@/lib/validation/plain-text";
import type {
  AssetFacts,
  CheckboxField,
  ChoiceField,
  FileField,
  TextField,
  VendorField,
  VendorValue,
  VendorValues,
  VendorVersion,
} from "./types";

// Builders for the vendor modules: each field's metadata and its zod schema are declared
// together, so the form, the server and the ticket pages can never disagree about a field.

/** Form input before parsing: what react-hook-form or a server action hands over. */
type RawValues = Record<string, unknown>;

/** A conditional requirement: `when` decides, `description` is shown ("for FortiGate"). */
type RequiredWhen = { when: (values: RawValues) => boolean; description: string };

type Common = {
  label: string;
  help: string;
  /** How messages name the field; defaults to the label with a lower-case first letter. */
  noun?: string;
};

export type FieldSpec = {
  field: VendorField;
  /** Absent for file fields, which are attachments, not stored values. */
  schema?: z.ZodType<VendorValue | undefined>;
  /** The message when the field is missing (used by conditional requirements). */
  missingMessage: string;
  requiredWhen?: RequiredWhen["when"];
};

const TEXT_MAX = 200;

/** "Product family" → "product family"; "HA mode" and "PAN-OS version" keep their case. */
function nounOf(common: Common): string {
  if (common.noun) return common.noun;
  const { label } = common;
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

function requirement(required: boolean | RequiredWhen) {
  return typeof required === "object"
    ? ({ required: "conditional", requiredWhen: required.description } as const)
    : ({ required, requiredWhen: undefined } as const);
}

function conditional(
  base: Omit<FieldSpec, "requiredWhen">,
  required: boolean | RequiredWhen,
): FieldSpec {
  if (typeof required !== "object") return base;
  const missing = `${base.missingMessage.slice(0, -1)} (required ${required.description}).`;
  return { ...base, missingMessage: missing, requiredWhen: required.when };
}

function optionalUnless<T extends z.ZodType<VendorValue>>(schema: T, required: unknown) {
  return required === true ? schema : schema.optional();
}

type TextOptions = Common & {
  key: string;
  required: boolean | RequiredWhen;
  placeholder?: string;
  /** The shape the value must have, with the message shown otherwise. */
  format?: { pattern: RegExp; message: string };
  /** Applied after validation, e.g. upper-casing a licence key. */
  normalize?: (value: string) => string;
  max?: number;
};

function textLike(widget: TextField["widget"], options: TextOptions): FieldSpec {
  const noun = nounOf(options);
  const missing = `Enter the ${noun}.`;
  const max = options.max ?? TEXT_MAX;
  let schema: z.ZodType<string> = plainText({
    params: {
      error: (issue) => (issue.input === undefined ? missing : `Enter the ${noun} as text.`),
    },
  }).max(max, `Use at most ${max} characters.`);
  if (options.format)
    schema = (schema as z.ZodString).regex(options.format.pattern, options.format.message);
  if (options.normalize) schema = schema.transform(options.normalize);
  return conditional(
    {
      field: {
        key: options.key,
        label: options.label,
        help: options.help,
        widget,
        placeholder: options.placeholder,
        ...requirement(options.required),
      },
      schema: optionalUnless(schema, options.required),
      missingMessage: missing,
    },
    options.required,
  );
}

export const textField = (options: TextOptions) => textLike("text", options);

/** A version string; `format` is required because a version always has a known shape. */
export const versionField = (options: TextOptions & { format: TextOptions["format"] }) =>
  textLike("version", { max: 40, ...options });

export const serialField = (options: TextOptions) => textLike("serial", { max: 64, ...options });

/** Digits only, stored as a number. */
export function numberField(
  options: Common & { key: string; required: boolean | RequiredWhen; placeholder?: string },
): FieldSpec {
  const noun = nounOf(options);
  const missing = `Enter the ${noun}.`;
  const example = options.placeholder ? `, like ${options.placeholder}` : "";
  const schema = z
    .string({ error: (issue) => (issue.input === undefined ? missing : `Enter the ${noun}.`) })
    .regex(/^\d{1,9}$/, `Use digits only${example}.`)
    .transform(Number);
  return conditional(
    {
      field: {
        key: options.key,
        label: options.label,
        help: options.help,
        widget: "number",
        placeholder: options.placeholder,
        ...requirement(options.required),
      },
      schema: optionalUnless(schema, options.required),
      missingMessage: missing,
    },
    options.required,
  );
}

type ChoiceOptions = Common & {
  key: string;
  required: boolean | RequiredWhen;
  options: readonly [string, ...string[]];
};

export function selectField(options: ChoiceOptions): FieldSpec {
  const noun = nounOf(options);
  const missing = `Choose the ${noun}.`;
  const schema = z.enum(options.options, {
    error: (issue) => (issue.input === undefined ? missing : `Choose the ${noun} from the list.`),
  });
  return conditional(
    {
      field: fieldOf("select", options),
      schema: optionalUnless(schema, options.required),
      missingMessage: missing,
    },
    options.required,
  );
}

/** Several choices; `one` names a single choice in messages ("Choose at least one blade."). */
export function multiselectField(options: ChoiceOptions & { one: string }): FieldSpec {
  const missing = `Choose at least one ${options.one}.`;
  const allowed = new Set<string>(options.options);
  let schema = z
    .array(z.string(), { error: missing })
    .refine((values) => values.every((value) => allowed.has(value)), {
      message: `Choose each ${options.one} from the list.`,
    });
  if (options.required === true) schema = schema.min(1, missing);
  return conditional(
    {
      field: fieldOf("multiselect", options),
      schema: optionalUnless(
        schema.transform((values) => [...new Set(values)]),
        options.required,
      ),
      missingMessage: missing,
    },
    options.required,
  );
}

function fieldOf(widget: ChoiceField["widget"], options: ChoiceOptions): ChoiceField {
  return {
    key: options.key,
    label: options.label,
    help: options.help,
    widget,
    options: options.options,
    ...requirement(options.required),
  };
}

/** A yes/no tick; always answered (unticked is stored as `false`). */
export function checkboxField(options: Common & { key: string }): FieldSpec {
  const field: CheckboxField = {
    key: options.key,
    label: options.label,
    help: options.help,
    widget: "checkbox",
    required: false,
  };
  return { field, schema: z.boolean(), missingMessage: `Answer ${nounOf(options)}.` };
}

/** An attachment the vendor's support asks for; declared for the form, never stored. */
export function fileField(options: Common & { key: string; filePattern: string }): FieldSpec {
  const field: FileField = {
    key: options.key,
    label: options.label,
    help: options.help,
    widget: "file",
    required: false,
    filePattern: options.filePattern,
  };
  return { field, missingMessage: `Attach the ${nounOf(options)}.` };
}

const isRecord = (value: unknown): value is RawValues =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Form values into schema input: trimmed text, blanks dropped, ticks and choices coerced. */
function normalizeInput(input: unknown, fields: readonly VendorField[]): unknown {
  if (!isRecord(input)) return input;
  const values: RawValues = { ...input };
  for (const field of fields) {
    let value = values[field.key];
    if (typeof value === "string") value = value.trim();
    if (typeof value === "number" && field.widget !== "checkbox") value = String(value);
    if (field.widget === "checkbox") {
      if (value === "on" || value === "true") value = true;
      if (value === undefined || value === null || value === "" || value === "false") value = false;
    } else if (field.widget === "multiselect") {
      // A checkbox group yields an array, false (none ticked) or, via FormData, one string.
      if (value === undefined || value === null || value === false || value === "") value = [];
      if (typeof value === "string") value = [value];
      if (Array.isArray(value) && value.length === 0 && field.required !== true) value = undefined;
    } else if (value === "" || value === null) {
      value = undefined;
    }
    if (value === undefined) delete values[field.key];
    else values[field.key] = value;
  }
  return values;
}

/**
 * One version of a vendor's fields. `refine` adds cross-field rules beyond the conditional
 * requirements, which are enforced here with the message on the conditional field.
 */
export function defineVersion(options: {
  version: number;
  fields: readonly FieldSpec[];
  refine?: (values: RawValues, addIssue: (key: string, message: string) => void) => void;
}): VendorVersion {
  const fields = options.fields.map((spec) => spec.field);
  const shape: Record<string, z.ZodType<VendorValue | undefined>> = {};
  for (const spec of options.fields) if (spec.schema) shape[spec.field.key] = spec.schema;
  const object = z
    .object(shape, { error: "Send the additional information as an object." })
    .superRefine(
      (values, ctx) => {
        const addIssue = (key: string, message: string) =>
          ctx.addIssue({ code: "custom", path: [key], message });
        for (const spec of options.fields) {
          const key = spec.field.key;
          if (spec.requiredWhen?.(values) && values[key] === undefined) {
            addIssue(key, spec.missingMessage);
          }
        }
        options.refine?.(values, addIssue);
      },
      // Also when other fields failed, so the user sees every missing answer at once; but
      // only on an object (a non-object already has its error, and `values[key]` would throw).
      { when: (payload) => isRecord(payload.value) },
    )
    .transform((values): VendorValues => {
      const stored: VendorValues = {};
      for (const [key, value] of Object.entries(values))
        if (value !== undefined) stored[key] = value;
      return stored;
    });
  return {
    version: options.version,
    fields,
    schema: z.preprocess((input) => normalizeInput(input, fields), object),
  };
}

/** A `when` for conditional requirements: the other field holds one of these values. */
export const whenValue =
  (key: string, ...accepted: string[]) =>
  (values: RawValues) =>
    accepted.includes(values[key] as string);

/**
 * A `fromAsset` for vendor modules: each field key gets the value of the first rule whose
 * pattern the asset's product (model) name matches; keys no rule matches are left out.
 */
export const fromProduct =
  (rules: Record<string, ReadonlyArray<readonly [RegExp, string]>>) =>
  (asset: AssetFacts): Record<string, string> =>
    Object.fromEntries(
      Object.entries(rules).flatMap(([key, candidates]) => {
        const hit = candidates.find(([pattern]) => pattern.test(asset.product));
        return hit ? [[key, hit[1]]] : [];
      }),
    );
