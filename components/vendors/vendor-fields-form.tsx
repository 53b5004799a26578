"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useMessageText, useTranslate } from "@/components/i18n/use-message-text";
import { Field, SelectField } from "@/components/ui/field";
import {
  choiceId,
  choiceLabel,
  fieldHelp,
  fieldLabel,
  fieldRequiredWhen,
  getVendor,
} from "@/lib/vendors";
import type { ChoiceField, FileField, TextField, VendorField } from "@/lib/vendors/types";

/** What the form's hook gives each control: its name, its error and its checks. */
export type FieldControl = {
  name: string;
  error?: string;
  onFocus?: () => void;
  onBlur?: () => void;
  onChange?: (event: { currentTarget: { value: string } }) => void;
};

type Props = {
  /** The asset's vendor id; an id not in the registry gets the "Other" fields. */
  vendorId: string;
  /** Where the values sit in the form: `vendorFields.productFamily`, … */
  namePrefix?: string;
  /** What the fields start with, by key (a restored draft, or what was posted). */
  values?: Record<string, unknown>;
  /** The form's props for the control named `name` (`useCheckedForm`'s `field`). */
  field: (name: string) => FieldControl;
  /** Fields whose value came from a debug file: marked "from <file name>" to be checked. */
  filledFrom?: { fileName: string; keys: readonly string[] };
  /**
   * Renders a file field (e.g. as an attachment upload), with its words in the reader's
   * language (`help` with its commands set in code). By default a plain file input named
   * `<namePrefix>Files.<key>`: files are never vendor values.
   */
  renderFileField?: (
    field: FileField,
    ids: { inputId: string; hintId: string },
    words: { label: string; help: ReactNode },
  ) => ReactNode;
};

/**
 * The vendor's "Additional Information" fields, current version, as plain named controls of
 * the form around them (`<namePrefix>.<key>`), which posts them as they are: the server checks
 * them with `validateVendorFields`, the browser with `getVendor(vendorId).current.schema`, and
 * the errors come back on `<namePrefix>.<key>` through `field`. Words in the reader's
 * language (the `vendors` namespace); a choice's value is its id.
 */
export function VendorFieldsForm({
  vendorId,
  namePrefix = "vendorFields",
  values = {},
  field: control,
  renderFileField,
  filledFrom,
}: Props) {
  const { fields } = getVendor(vendorId).current;
  const idPrefix = namePrefix.replace(/[^A-Za-z0-9_-]/g, "-");
  return (
    <div className="flex flex-col gap-5">
      {fields.map((field) => (
        <VendorFieldControl
          key={field.key}
          field={field}
          control={control(`${namePrefix}.${field.key}`)}
          value={values[field.key]}
          id={`${idPrefix}-${field.key}`}
          fileName={`${namePrefix}Files.${field.key}`}
          renderFileField={renderFileField}
          filledFrom={filledFrom?.keys.includes(field.key) ? filledFrom.fileName : undefined}
        />
      ))}
    </div>
  );
}

const errorsOf = (control: FieldControl) => (control.error ? [control.error] : []);

/** A stored or posted tick: true, or "on" from a form. */
const isTicked = (value: unknown) => value === true || value === "on" || value === "true";

/** A stored or posted choice of several: an array, or one string from a form. */
const chosen = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === "string" ? [value] : [];

/** next-intl's translator of the whole catalog: the fields' words are keys known at run time. */
const useWords = () => useTranslate();

/** Help text with `backticked` CLI commands set in code. */
function HelpText({ text, example }: { text: string; example?: string }) {
  const t = useTranslations("vendors.form");
  return (
    <>
      {text.split(/(`[^`]+`)/).map((part, index) =>
        part.startsWith("`") && part.endsWith("`") && part.length > 1 ? (
          <code
            key={index}
            className="rounded bg-slate-100 px-1 font-mono text-[0.85em] text-slate-800"
          >
            {part.slice(1, -1)}
          </code>
        ) : (
          part
        ),
      )}
      {example ? ` ${t("example", { example })}` : null}
    </>
  );
}

/** "Required for FortiGate", beside the label of a conditionally required field. */
function RequiredWhenNote({ field }: { field: VendorField }) {
  const t = useTranslations("vendors.form");
  const when = fieldRequiredWhen(useWords(), field);
  return when === null ? null : (
    <span className="text-xs text-slate-500">{t("requiredWhen", { when })}</span>
  );
}

/** "from fg-status.txt", beside the label of a field a debug file filled in. */
function FilledFromNote({ fileName }: { fileName: string }) {
  const t = useTranslations("vendors.form");
  return (
    <span className="rounded bg-emerald-50 px-1.5 text-xs font-medium text-emerald-800">
      {t("filledFrom", { fileName })}
    </span>
  );
}

/** What sits beside a field's label: when it is required, and where its value came from. */
const labelNotes = (field: VendorField, filledFrom?: string) =>
  field.required === "conditional" || filledFrom ? (
    <span className="flex flex-wrap items-baseline gap-2">
      {field.required === "conditional" ? <RequiredWhenNote field={field} /> : null}
      {filledFrom ? <FilledFromNote fileName={filledFrom} /> : null}
    </span>
  ) : undefined;

type ControlProps = {
  field: VendorField;
  control: FieldControl;
  value: unknown;
  id: string;
  fileName: string;
  renderFileField?: Props["renderFileField"];
  /** The debug file this field's value came from. */
  filledFrom?: string;
};

function VendorFieldControl(props: ControlProps) {
  const { field } = props;
  switch (field.widget) {
    case "select":
      return <SelectControl {...props} field={field} />;
    case "multiselect":
      return <MultiselectControl {...props} field={field} />;
    case "checkbox":
      return <CheckboxControl {...props} />;
    case "file":
      return <FileControl {...props} field={field} />;
    default:
      return <TextControl {...props} field={field} />;
  }
}

function TextControl({
  field,
  control,
  value,
  id,
  filledFrom,
}: ControlProps & { field: TextField }) {
  const words = useWords();
  return (
    <Field
      id={id}
      label={fieldLabel(words, field)}
      optional={field.required === false}
      labelAside={labelNotes(field, filledFrom)}
      hint={<HelpText text={fieldHelp(words, field)} example={field.placeholder} />}
      type="text"
      inputMode={field.widget === "number" ? "numeric" : undefined}
      autoComplete="off"
      spellCheck={false}
      placeholder={field.placeholder}
      {...control}
      defaultValue={typeof value === "string" ? value : undefined}
    />
  );
}

function SelectControl({
  field,
  control,
  value,
  id,
  filledFrom,
}: ControlProps & { field: ChoiceField }) {
  const t = useTranslations("vendors.form");
  const words = useWords();
  return (
    <SelectField
      id={id}
      label={fieldLabel(words, field)}
      optional={field.required === false}
      labelAside={labelNotes(field, filledFrom)}
      hint={<HelpText text={fieldHelp(words, field)} />}
      placeholder={t("choose")}
      options={field.options.map((option) => ({
        value: option,
        label: choiceLabel(words, field, option),
      }))}
      {...control}
      // a draft saved before choices had ids holds the English label: its id
      defaultValue={choiceId(field, value) ?? ""}
    />
  );
}

function MultiselectControl({
  field,
  control,
  value,
  id,
  filledFrom,
}: ControlProps & { field: ChoiceField }) {
  const t = useTranslations("ui");
  const words = useWords();
  const { error, ...handlers } = control;
  const errors = errorsOf(control);
  const ticked = chosen(value).map((choice) => choiceId(field, choice));
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    // Named by the label alone (not "… Optional"), like the labels of the other fields.
    <fieldset
      className="flex flex-col gap-1.5"
      aria-labelledby={`${id}-label`}
      aria-describedby={errors.length ? `${hintId} ${errorId}` : hintId}
    >
      <legend className="mb-1.5 flex items-baseline gap-2">
        <span id={`${id}-label`} className="text-sm font-medium text-navy-900">
          {fieldLabel(words, field)}
        </span>
        {field.required === false ? (
          <span className="text-xs text-slate-500">{t("optional")}</span>
        ) : null}
        {labelNotes(field, filledFrom)}
      </legend>
      <div className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-2">
        {field.options.map((option, index) => (
          <label key={option} className="flex items-start gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              id={`${id}-${index}`}
              value={option}
              defaultChecked={ticked.includes(option)}
              aria-invalid={error ? true : undefined}
              className="mt-0.5 size-4 shrink-0 accent-navy-700"
              {...handlers}
            />
            {choiceLabel(words, field, option)}
          </label>
        ))}
      </div>
      <p id={hintId} className="text-sm text-slate-600">
        <HelpText text={fieldHelp(words, field)} />
      </p>
      <ErrorText id={errorId} errors={errors} />
    </fieldset>
  );
}

function CheckboxControl({ field, control, value, id, filledFrom }: ControlProps) {
  const words = useWords();
  const { error, ...handlers } = control;
  const errors = errorsOf(control);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-start gap-2">
        <input
          type="checkbox"
          id={id}
          defaultChecked={isTicked(value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          className="mt-0.5 size-4 shrink-0 accent-navy-700"
          {...handlers}
        />
        <label htmlFor={id} className="text-sm font-medium text-navy-900">
          {fieldLabel(words, field)}
        </label>
        {labelNotes(field, filledFrom)}
      </div>
      <p id={hintId} className="text-sm text-slate-600">
        <HelpText text={fieldHelp(words, field)} />
      </p>
      <ErrorText id={errorId} errors={errors} />
    </div>
  );
}

function FileControl({
  field,
  control,
  id,
  fileName,
  renderFileField,
}: ControlProps & { field: FileField }) {
  const t = useTranslations("vendors.form");
  const words = useWords();
  const hintId = `${id}-hint`;
  const label = fieldLabel(words, field);
  const help = <HelpText text={fieldHelp(words, field)} />;
  if (renderFileField)
    return <>{renderFileField(field, { inputId: id, hintId }, { label, help })}</>;
  return (
    <Field
      id={id}
      name={fileName}
      type="file"
      label={label}
      optional
      hint={
        <>
          {help} {t("suggestedName")} <code className="font-mono">{field.filePattern}</code>
        </>
      }
      error={control.error}
      inputClassName="py-1.5"
    />
  );
}

function ErrorText({ id, errors }: { id: string; errors: string[] }) {
  const text = useMessageText();
  if (!errors.length) return null;
  return (
    <div id={id} role="alert" className="flex flex-col gap-0.5 text-sm font-medium text-brand-700">
      {errors.map((message) => (
        <p key={message}>{text(message)}</p>
      ))}
    </div>
  );
}
