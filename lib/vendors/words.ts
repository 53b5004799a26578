import type { Translate } from "@/lib/i18n/message";
import type { ChoiceField, VendorField } from "./types";

// A field's words in the reader's language: `t` is next-intl's translator of the whole catalog
// (`useTranslations()`, `await getTranslations()`, or `translatorFor` outside a page), whose
// `vendors` namespace has every vendor's words (see `messages` in ./types.ts).

/** "Firmware version". */
export const fieldLabel = (t: Translate, field: VendorField) => t(`${field.messages}.label`);

/** Where the user finds the value; `backticks` mark CLI commands. */
export const fieldHelp = (t: Translate, field: VendorField) => t(`${field.messages}.help`);

/** "for FortiGate", for a conditionally required field; null for any other. */
export const fieldRequiredWhen = (t: Translate, field: VendorField) =>
  field.required === "conditional" ? t(`${field.messages}.requiredWhen`) : null;

/**
 * The choice a stored or posted value means, as its id: an id of the field, or the English
 * label a ticket stored before choices had ids ("FGCP active-passive"); null for anything else.
 */
export function choiceId(field: ChoiceField, value: unknown): string | null {
  if (typeof value !== "string") return null;
  if (field.options.includes(value)) return value;
  return field.legacy[value] ?? null;
}

/**
 * A choice as the reader sees it: a word's label in `t`'s language, a name as it is. A value
 * that is no choice of the field (never expected) is shown as it is rather than hidden.
 */
export function choiceLabel(t: Translate, field: ChoiceField, value: string): string {
  const id = choiceId(field, value);
  if (id === null) return value;
  return field.translated.includes(id) ? t(`${field.messages}.options.${id}`) : id;
}

/**
 * A vendor's name as the reader sees it: the product names as they are, "Other" (the
 * registry's vendor for the rest) in `t`'s language.
 */
export const vendorDisplayName = (t: Translate, id: string, name: string) =>
  id === "other" ? t("vendors.other.name") : name;
