"use client";

import type { ReactNode } from "react";
import { Field, SelectField } from "@/components/ui/field";
import { getVendor } from "@/lib/vendors";
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
  /**
   * Renders a file field (e.g. as an attachment upload). By default a plain file input named
   * `<namePrefix>Files.<key>`: files are never vendor values.
   */
  renderFileField?: (field: FileField, ids: { inputId: string; hintId: string }) => ReactNode;
};

/**
 * The vendor's "Additional Information" fields, current version, as plain named controls of
 * the form around them (`<namePrefix>.<key>`), which posts them as they are: the server checks
 * them with `validateVendorFields`, the browser with `getVendor(vendorId).current.schema`, and
 * the errors come back on `<namePrefix>.<key>` through `field`.
 */
export function VendorFieldsForm({
  vendorId,
  namePrefix = "vendorFields",
  values = {},
  field: control,
  renderFileField,
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

/** Help text with `backticked` CLI commands set in code. */
function HelpText({ text, example }: { text: string; example?: string }) {
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
      {example ? ` Example: ${example}.` : null}
    </>
  );
}

/** "Required for FortiGate", beside the label of a conditionally required field. */
function requiredWhenNote(field: VendorField) {
  return field.required === "conditional" ? (
    <span className="text-xs text-slate-500">Required {field.requiredWhen}</span>
  ) : undefined;
}

type ControlProps = {
  field: VendorField;
  control: FieldControl;
  value: unknown;
  id: string;
  fileName: string;
  renderFileField?: Props["renderFileField"];
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

function TextControl({ field, control, value, id }: ControlProps & { field: TextField }) {
  return (
    <Field
      id={id}
      label={field.label}
      optional={field.required === false}
      labelAside={requiredWhenNote(field)}
      hint={<HelpText text={field.help} example={field.placeholder} />}
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

function SelectControl({ field, control, value, id }: ControlProps & { field: ChoiceField }) {
  return (
    <SelectField
      id={id}
      label={field.label}
      optional={field.required === false}
      labelAside={requiredWhenNote(field)}
      hint={<HelpText text={field.help} />}
      placeholder="Choose…"
      options={field.options.map((option) => ({ value: option, label: option }))}
      {...control}
      defaultValue={typeof value === "string" ? value : ""}
    />
  );
}

function MultiselectControl({ field, control, value, id }: ControlProps & { field: ChoiceField }) {
  const { error, ...handlers } = control;
  const errors = errorsOf(control);
  const ticked = chosen(value);
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
          {field.label}
        </span>
        {field.required === false ? <span className="text-xs text-slate-500">Optional</span> : null}
        {requiredWhenNote(field)}
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
            {option}
          </label>
        ))}
      </div>
      <p id={hintId} className="text-sm text-slate-600">
        <HelpText text={field.help} />
      </p>
      <ErrorText id={errorId} errors={errors} />
    </fieldset>
  );
}

function CheckboxControl({ field, control, value, id }: ControlProps) {
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
          {field.label}
        </label>
      </div>
      <p id={hintId} className="text-sm text-slate-600">
        <HelpText text={field.help} />
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
  const hintId = `${id}-hint`;
  if (renderFileField) return <>{renderFileField(field, { inputId: id, hintId })}</>;
  return (
    <Field
      id={id}
      name={fileName}
      type="file"
      label={field.label}
      optional
      hint={
        <>
          <HelpText text={field.help} /> Suggested name:{" "}
          <code className="font-mono">{field.filePattern}</code>
        </>
      }
      error={control.error}
      inputClassName="py-1.5"
    />
  );
}

function ErrorText({ id, errors }: { id: string; errors: string[] }) {
  if (!errors.length) return null;
  return (
    <div id={id} role="alert" className="flex flex-col gap-0.5 text-sm font-medium text-brand-700">
      {errors.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
