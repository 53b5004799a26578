import type { z } from "zod";

/** How a field is asked in the ticket form. */
export type Widget =
  "text" | "select" | "multiselect" | "checkbox" | "version" | "serial" | "number" | "file";

/**
 * `true`: always required; `false`: optional; `"conditional"`: required only when another
 * answer makes it so, described by `requiredWhen` (e.g. "for FortiGate") and enforced by the
 * version's schema with the message on this field.
 */
type Requirement =
  | { required: boolean; requiredWhen?: undefined }
  | { required: "conditional"; requiredWhen: string };

type FieldBase = {
  /** Key in the stored JSON; never rename it within a version. */
  key: string;
  /** Visible label, e.g. "Firmware version". */
  label: string;
  /** Where the user finds the value; `backticks` mark CLI commands. */
  help: string;
} & Requirement;

type TextWidget = "text" | "version" | "serial" | "number";
type ChoiceWidget = "select" | "multiselect";

// One union member per widget, so `field.widget === "select"` narrows in if/else chains.
export type TextField = {
  [W in TextWidget]: FieldBase & {
    widget: W;
    /** An example shown inside the empty input, e.g. "7.4.3 build2573". */
    placeholder?: string;
  };
}[TextWidget];

export type ChoiceField = {
  [W in ChoiceWidget]: FieldBase & {
    widget: W;
    /** The stored values, shown as they are. */
    options: readonly string[];
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

/** A stored answer: text, a digits-only number, a choice, several choices or a tick. */
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
  /** The id assets store, e.g. "fortinet". */
  id: string;
  /** Display name, e.g. "Palo Alto Networks". */
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
