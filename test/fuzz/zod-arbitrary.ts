import fc from "fast-check";
import type { z } from "zod";
import { hostileString, hostileValue } from "./hostile-strings";

// zod-fast-check supports zod 3 only; this walks a zod 4 schema's definition instead. Each
// value has the schema's shape, and each leaf is what the schema accepts (as far as its
// lengths, formats and options tell; refinements can still refuse it) or hostile input, so a
// run reaches both the validation and the code behind it.

type Def = {
  type: string;
  format?: string;
  checks?: Array<{ _zod: { def: CheckDef } }>;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  valueType?: z.ZodType;
};
type CheckDef = {
  check: string;
  minimum?: number;
  maximum?: number;
  length?: number;
  format?: string;
  pattern?: RegExp;
};

/** Values the database holds for fields of the top object: a list, or an arbitrary of them. */
export type Known = Record<string, readonly unknown[] | fc.Arbitrary<unknown>>;

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** How often a leaf is hostile rather than what the schema asks for. */
const HOSTILE_WEIGHT = 1;
const FITTING_WEIGHT = 4;

const orHostile = <T>(fitting: fc.Arbitrary<T>, hostile: fc.Arbitrary<unknown> = hostileString) =>
  fc.oneof(
    { weight: FITTING_WEIGHT, arbitrary: fitting as fc.Arbitrary<unknown> },
    { weight: HOSTILE_WEIGHT, arbitrary: hostile },
  );

function lengthsOf(def: Def) {
  let min = 0;
  let max: number | undefined;
  let pattern: RegExp | undefined;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === "min_length") min = Math.max(min, c.minimum ?? 0);
    if (c.check === "max_length") max = Math.min(max ?? Infinity, c.maximum ?? Infinity);
    if (c.check === "length_equals") min = max = c.length ?? 0;
    if (c.check === "string_format" && c.format === "regex") pattern = c.pattern;
  }
  return { min, max, pattern };
}

function fittingString(def: Def): fc.Arbitrary<string> {
  if (def.format === "email") return fc.emailAddress();
  if (def.format === "uuid") return fc.uuid({ version: 4 });
  const { min, max, pattern } = lengthsOf(def);
  const maxLength = Math.min(max ?? 300, Math.max(min, 300));
  const text = pattern
    ? fc.stringMatching(pattern).filter((s) => s.length >= min && s.length <= maxLength)
    : fc.string({ unit: "grapheme", minLength: min, maxLength });
  // the longest accepted value, padded with a hostile payload
  const atTheLimit =
    max === undefined || max > 100_000
      ? text
      : hostileString.map((s) => {
          const piece = s.slice(0, max) || "x";
          return piece.repeat(Math.ceil(max / piece.length)).slice(0, max);
        });
  return fc.oneof({ weight: 4, arbitrary: text }, { weight: 1, arbitrary: atTheLimit });
}

/**
 * Values shaped like `schema`'s input, each leaf fitting or hostile. `known` adds values the
 * database holds for a field of the top object (the id of an asset the user may choose), so
 * runs reach past the lookups.
 */
export function arbitraryFor(schema: z.ZodType, known: Known = {}): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      return orHostile(fittingString(def));
    case "boolean":
      return orHostile(fc.boolean());
    case "number":
      return orHostile(fc.oneof(fc.integer(), fc.double()));
    case "enum":
      return orHostile(fc.constantFrom(...Object.values(def.entries!)));
    case "literal":
      return orHostile(fc.constantFrom(...def.values!));
    case "object": {
      const shape = Object.entries(def.shape!);
      const required = shape.filter(([, field]) => !isOptional(field)).map(([key]) => key);
      return fc.record(
        Object.fromEntries(
          shape.map(([key, field]) => {
            const values = known[key];
            const derived = arbitraryFor(field);
            if (values instanceof fc.Arbitrary) return [key, fc.oneof(derived, values)];
            return [key, values?.length ? fc.oneof(derived, fc.constantFrom(...values)) : derived];
          }),
        ),
        { requiredKeys: required },
      );
    }
    case "array": {
      const { min, max } = lengthsOf(def);
      const element = arbitraryFor(def.element!);
      return orHostile(
        fc.array(element, { minLength: min, maxLength: Math.min(max ?? 4, Math.max(min, 4)) }),
        hostileValue,
      );
    }
    case "union":
      return fc.oneof(...def.options!.map((option) => arbitraryFor(option)));
    case "optional":
    case "nullable":
    case "default":
    case "catch":
      return fc.option(arbitraryFor(def.innerType!), { nil: undefined });
    case "pipe":
      if (defOf(def.in!).type === "object") return arbitraryFor(def.in!, known);
      // what a form posts is the input side's value; the output side's (z.email() after
      // plainText()) is often the better guess at an accepted one
      return fc.oneof(arbitraryFor(def.in!), arbitraryFor(def.out!));
    case "record":
      return fc.dictionary(hostileString, arbitraryFor(def.valueType!), { maxKeys: 4 });
    default:
      // unknown, any and the rest: anything at all
      return hostileValue;
  }
}

const isOptional = (schema: z.ZodType) =>
  ["optional", "default", "catch"].includes(defOf(schema).type);
