import type { z } from "zod";

/** How a field is asked in the ticket form. */
export type Widget =
  "text" | "select" | "multiselect" | "checkbox" | "version" | "serial" | "number" | "file";

/**
 * `true`: always required; `false`: optional; `"conditional"`: required only when another
 * answer makes it so, described by the message `<messages>.requiredWhen` (e.g. "for
 * FortiGate") and enforced by the version's schema with the message on this field.
 */
type Requirement = { required: boolean | "conditional" };

type FieldBase = {
  /** Key in the stored JSON; never rename it within a version. */
  key: string;
  /**
   * Where its words are in messages/<locale>.json, e.g. "vendors.fortinet.fields.haMode":
   * `.label` (visible label, "Firmware version"), `.help` (where the user finds the value;
   * `backticks` mark CLI commands), `.requiredWhen` for a conditional requirement,
   * `.options.<id>` for the choices that are words (lib/vendors/words.ts reads them).
   */
  messages: string;
} & Requirement;

type TextWidget = "text" | "version" | "serial" | "number";
type ChoiceWidget = "select" | "multiselect";

// One union member per widget, so `field.widget === "select"` narrows in if/else chains.
export type TextField = {
  [W in TextWidget]: FieldBase & {
    widget: W;
    /** An example shown inside the empty input, e.g. "7.4.3 build2573" (the same in every language). */
    placeholder?: string;
  };
}[TextWidget];

export type ChoiceField = {
  [W in ChoiceWidget]: FieldBase & {
    widget: W;
    /** The ids of the choices, in form order: what is stored (language-neutral). */
    options: readonly string[];
    /**
     * The ids whose label is a message (`<messages>.options.<id>`, "FGCP active-passive");
     * every other id is a name (a product, a version, a protocol), shown as it is.
     */
    translated: readonly string[];
    /**
     * What tickets stored before choices had ids, the English label, → its id
     * ("FGCP active-passive" → "activePassive"): read and accepted as that id. Never change.
     */
    legacy: Readonly<Record<string, string>>;
  };
}[ChoiceWidget];

export type CheckboxField = FieldBase & { widget: "checkbox"; required: false };

/**
 * An attachment the vendor's support usually asks for. Not part of the stored values or the
 * schema: the ticket form offers an upload for it.
 */
export type FileField = FieldBase & {
  widget: "file";
  required: false;
  /** Suggested file name, e.g. "<hostname>.qkview". */
  filePattern: string;
};

export type VendorField = TextField | ChoiceField | CheckboxField | FileField;

/** A stored answer: text, a digits-only number, a choice's id, several ids or a tick. */
export type VendorValue = string | number | boolean | string[];
export type VendorValues = Record<string, VendorValue>;

export type VendorVersion = {
  version: number;
  /** Every field of this version in form order, file fields included. */
  fields: readonly VendorField[];
  /** Parses the form's (or an action's) input into the values to store. */
  schema: z.ZodType<VendorValues>;
};

/** What an asset row tells about the product, for prefilling the form. */
export type AssetFacts = { product: string; serialNumber: string };

export type VendorDefinition = {
  /** The id assets store, e.g. "fortinet"; its words are under `vendors.<id>` in the catalogs. */
  id: string;
  /** Display name, e.g. "Palo Alto Networks" ("Other"'s is the message vendors.other.name). */
  name: string;
  /** Asked on new tickets. */
  current: VendorVersion;
  /** Older field lists, kept so tickets validated against them still render. */
  previous: readonly VendorVersion[];
  /**
   * Answers of `current` the asset already tells (e.g. the product family from the model
   * "FortiGate 200F"), prefilled on a new ticket; the customer can change them.
   */
  fromAsset?: (asset: AssetFacts) => Record<string, string>;
};
