import { z } from "zod";
import { msg } from "@/lib/i18n/message";
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
// A field's words are messages under `vendors.<vendor>.fields.<key>` (messages/<locale>.json):
// label, help and the validation messages its schema gives (as `msg` texts, written in the
// reader's language by the page): `missing` ("Enter the firmware version."), `notText` or
// `notInList`, `format`, and for a conditional requirement `requiredWhen` and `missingWhen`.

/** Form input before parsing: what react-hook-form or a server action hands over. */
type RawValues = Record<string, unknown>;

/** A conditional requirement: `when` decides; its words are `requiredWhen`/`missingWhen`. */
type RequiredWhen = { when: (values: RawValues) => boolean };

export type FieldSpec = {
  field: VendorField;
  /** Absent for file fields, which are attachments, not stored values. */
  schema?: z.ZodType<VendorValue | undefined>;
  /** The message when a conditionally required field is missing. */
  requiredWhen?: { when: RequiredWhen["when"]; message: string };
};

/**
 * A choice whose label is a word, translated (`<messages>.options.<id>`); `was` is the
 * English label tickets stored before choices had ids, when it is not the id itself.
 * A choice given as a plain string is a name: its id, shown as it is in every language.
 */
export type WordOption = { id: string; was?: string };
export const word = (id: string, was?: string): WordOption => ({ id, was });
type OptionSpec = string | WordOption;

const TEXT_MAX = 200;

function requirement(required: boolean | RequiredWhen) {
  return { required: typeof required === "object" ? ("conditional" as const) : required };
}

function optionalUnless<T extends z.ZodType<VendorValue>>(schema: T, required: unknown) {
  return required === true ? schema : schema.optional();
}

type Common = { key: string };

type TextOptions = Common & {
  required: boolean | RequiredWhen;
  placeholder?: string;
  /** The shape the value must have; the message otherwise is `<messages>.format`. */
  format?: RegExp;
  /** Applied after validation, e.g. upper-casing a licence key. */
  normalize?: (value: string) => string;
  max?: number;
};

type ChoiceOptions = Common & {
  required: boolean | RequiredWhen;
  options: readonly [OptionSpec, ...OptionSpec[]];
};

/** A conditional requirement's check and message, for `defineVersion`. */
function conditional(messages: string, required: boolean | RequiredWhen) {
  return typeof required === "object"
    ? { requiredWhen: { when: required.when, message: msg(`${messages}.missingWhen`) } }
    : {};
}

/** The field builders of one vendor: their words are under `vendors.<vendor>.fields`. */
export function fieldsOf(vendor: string) {
  const messagesOf = (key: string) => `vendors.${vendor}.fields.${key}`;

  function textLike(widget: TextField["widget"], options: TextOptions): FieldSpec {
    const messages = messagesOf(options.key);
    const notText = msg(`${messages}.notText`);
    // Only a required field can be missing: an optional one accepts undefined.
    const missing = options.required === true ? msg(`${messages}.missing`) : notText;
    const max = options.max ?? TEXT_MAX;
    let schema: z.ZodType<string> = plainText({
      params: { error: (issue) => (issue.input === undefined ? missing : notText) },
    }).max(max, msg("validation.maxChars", { max }));
    if (options.format)
      schema = (schema as z.ZodString).regex(options.format, msg(`${messages}.format`));
    if (options.normalize) schema = schema.transform(options.normalize);
    return {
      field: {
        key: options.key,
        messages,
        widget,
        placeholder: options.placeholder,
        ...requirement(options.required),
      },
      schema: optionalUnless(schema, options.required),
      ...conditional(messages, options.required),
    };
  }

  /** Several choices: `options` for the field, the ids for the schema. */
  function choices(widget: ChoiceField["widget"], options: ChoiceOptions): ChoiceField {
    const specs = options.options.map((option) =>
      typeof option === "string"
        ? { id: option, translated: false }
        : { ...option, translated: true },
    );
    const legacy: Record<string, string> = {};
    for (const spec of specs) if ("was" in spec && spec.was) legacy[spec.was] = spec.id;
    return {
      key: options.key,
      messages: messagesOf(options.key),
      widget,
      options: specs.map((spec) => spec.id),
      translated: specs.filter((spec) => spec.translated).map((spec) => spec.id),
      legacy,
      ...requirement(options.required),
    };
  }

  return {
    text: (options: TextOptions) => textLike("text", options),

    /** A version string; `format` is required because a version always has a known shape. */
    version: (options: TextOptions & { format: RegExp }) =>
      textLike("version", { max: 40, ...options }),

    serial: (options: TextOptions) => textLike("serial", { max: 64, ...options }),

    /** Digits only, stored as a number. */
    number(
      options: Common & { required: boolean | RequiredWhen; placeholder?: string },
    ): FieldSpec {
      const messages = messagesOf(options.key);
      const missing = msg(`${messages}.missing`);
      const digitsOnly = options.placeholder
        ? msg("vendors.form.digitsOnlyLike", { example: options.placeholder })
        : msg("vendors.form.digitsOnly");
      const schema = z
        .string({ error: missing })
        .regex(/^\d{1,9}$/, digitsOnly)
        .transform(Number);
      return {
        field: {
          key: options.key,
          messages,
          widget: "number",
          placeholder: options.placeholder,
          ...requirement(options.required),
        },
        schema: optionalUnless(schema, options.required),
        ...conditional(messages, options.required),
      };
    },

    select(options: ChoiceOptions): FieldSpec {
      const field = choices("select", options);
      const notInList = msg(`${field.messages}.notInList`);
      const missing = options.required === true ? msg(`${field.messages}.missing`) : notInList;
      const schema = z.enum(field.options as [string, ...string[]], {
        error: (issue) => (issue.input === undefined ? missing : notInList),
      });
      return {
        field,
        schema: optionalUnless(schema, options.required),
        ...conditional(field.messages, options.required),
      };
    },

    /** Several choices ("Choose at least one blade." is `missing`). */
    multiselect(options: ChoiceOptions): FieldSpec {
      const field = choices("multiselect", options);
      const missing = msg(`${field.messages}.missing`);
      const allowed = new Set<string>(field.options);
      let schema = z
        .array(z.string(), { error: missing })
        .refine((values) => values.every((value) => allowed.has(value)), {
          message: msg(`${field.messages}.notInList`),
        });
      if (options.required === true) schema = schema.min(1, missing);
      return {
        field,
        schema: optionalUnless(
          schema.transform((values) => [...new Set(values)]),
          options.required,
        ),
        ...conditional(field.messages, options.required),
      };
    },

    /** A yes/no tick; always answered (unticked is stored as `false`). */
    checkbox(options: Common): FieldSpec {
      const field: CheckboxField = {
        key: options.key,
        messages: messagesOf(options.key),
        widget: "checkbox",
        required: false,
      };
      return { field, schema: z.boolean({ error: msg("vendors.form.notTick") }) };
    },

    /** An attachment the vendor's support asks for; declared for the form, never stored. */
    file(options: Common & { filePattern: string }): FieldSpec {
      const field: FileField = {
        key: options.key,
        messages: messagesOf(options.key),
        widget: "file",
        required: false,
        filePattern: options.filePattern,
      };
      return { field };
    },
  };
}

const isRecord = (value: unknown): value is RawValues =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A choice as its id: an English label stored before ids (`legacy`) becomes its id. */
const idOf = (field: ChoiceField, value: unknown) =>
  typeof value === "string" ? (field.legacy[value] ?? value) : value;

/**
 * Form values into schema input: trimmed text, blanks dropped, ticks and choices coerced, a
 * choice's old English label read as its id.
 */
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
      if (Array.isArray(value)) value = value.map((choice) => idOf(field, choice));
      if (Array.isArray(value) && value.length === 0 && field.required !== true) value = undefined;
    } else if (value === "" || value === null) {
      value = undefined;
    } else if (field.widget === "select") {
      value = idOf(field, value);
    }
    if (value === undefined) delete values[field.key];
    else values[field.key] = value;
  }
  return values;
}

/**
 * One version of a vendor's fields. `refine` adds cross-field rules beyond the conditional
 * requirements, which are enforced here with the message on the conditional field; its
 * messages are `msg` texts too. `when` and `refine` see choices as ids.
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
    .object(shape, { error: msg("vendors.form.notObject") })
    .superRefine(
      (values, ctx) => {
        const addIssue = (key: string, message: string) =>
          ctx.addIssue({ code: "custom", path: [key], message });
        for (const spec of options.fields) {
          const key = spec.field.key;
          if (spec.requiredWhen?.when(values) && values[key] === undefined) {
            addIssue(key, spec.requiredWhen.message);
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

/** A `when` for conditional requirements: the other field holds one of these choices (ids). */
export const whenValue =
  (key: string, ...accepted: string[]) =>
  (values: RawValues) =>
    accepted.includes(values[key] as string);

/**
 * A `fromAsset` for vendor modules: each field key gets the value (a choice's id) of the first
 * rule whose pattern the asset's product (model) name matches; keys no rule matches are left out.
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
