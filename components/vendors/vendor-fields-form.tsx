"use client";

import type { ReactNode } from "react";
import { get, useFormContext, type FieldErrors } from "react-hook-form";
import { Field, SelectField } from "@/components/ui/field";
import { getVendor } from "@/lib/vendors";
import type { ChoiceField, FileField, TextField, VendorField } from "@/lib/vendors/types";

type Props = {
  /** The asset's vendor id; an id not in the registry gets the "Other" fields. */
  vendorId: string;
  /** Where the values sit in the form: `vendorFields.productFamily`, … */
  namePrefix?: string;
  /**
   * Renders a file field (e.g. as an attachment upload). By default a plain file input named
   * `<namePrefix>Files.<key>`, not registered with the form: files are never vendor values.
   */
  renderFileField?: (field: FileField, ids: { inputId: string; hintId: string }) => ReactNode;
};

/**
 * The vendor's "Additional Information" fields, current version, inside a react-hook-form
 * `<FormProvider>`. Give the form `vendorDefaultValues(vendorId)` under `namePrefix` and
 * validate with `getVendor(vendorId).current.schema` there (the server does the same with
 * `validateVendorFields`); errors on `<namePrefix>.<key>` show next to their field.
 */
export function VendorFieldsForm({
  vendorId,
  namePrefix = "vendorFields",
  renderFileField,
}: Props) {
  const { fields } = getVendor(vendorId).current;
  const {
    formState: { errors },
  } = useFormContext();
  const idPrefix = namePrefix.replace(/[^A-Za-z0-9_-]/g, "-");
  return (
    <div className="flex flex-col gap-5">
      {fields.map((field) => (
        <VendorFieldControl
          key={field.key}
          field={field}
          name={`${namePrefix}.${field.key}`}
          id={`${idPrefix}-${field.key}`}
          fileName={`${namePrefix}Files.${field.key}`}
          errors={errorsOf(errors, `${namePrefix}.${field.key}`)}
          renderFileField={renderFileField}
        />
      ))}
    </div>
  );
}

function errorsOf(errors: FieldErrors, name: string): string[] {
  const error: unknown = get(errors, name);
  if (typeof error !== "object" || error === null) return [];
  const { message, root } = error as { message?: unknown; root?: { message?: unknown } };
  const text = typeof message === "string" ? message : root?.message;
  return typeof text === "string" && text ? [text] : [];
}

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
  name: string;
  id: string;
  fileName: string;
  errors: string[];
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

function TextControl({ field, name, id, errors }: ControlProps & { field: TextField }) {
  const { register } = useFormContext();
  return (
    <Field
      id={id}
      label={field.label}
      optional={field.required === false}
      labelAside={requiredWhenNote(field)}
      hint={<HelpText text={field.help} example={field.placeholder} />}
      error={errors}
      type="text"
      inputMode={field.widget === "number" ? "numeric" : undefined}
      autoComplete="off"
      spellCheck={false}
      placeholder={field.placeholder}
      {...register(name)}
    />
  );
}

function SelectControl({ field, name, id, errors }: ControlProps & { field: ChoiceField }) {
  const { register } = useFormContext();
  return (
    <SelectField
      id={id}
      label={field.label}
      optional={field.required === false}
      labelAside={requiredWhenNote(field)}
      hint={<HelpText text={field.help} />}
      error={errors}
      placeholder="Choose…"
      options={field.options.map((option) => ({ value: option, label: option }))}
      {...register(name)}
    />
  );
}

function MultiselectControl({ field, name, id, errors }: ControlProps & { field: ChoiceField }) {
  const { register } = useFormContext();
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
              aria-invalid={errors.length ? true : undefined}
              className="mt-0.5 size-4 shrink-0 accent-navy-700"
              {...register(name)}
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

function CheckboxControl({ field, name, id, errors }: ControlProps) {
  const { register } = useFormContext();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-start gap-2">
        <input
          type="checkbox"
          id={id}
          aria-invalid={errors.length ? true : undefined}
          aria-describedby={errors.length ? `${hintId} ${errorId}` : hintId}
          className="mt-0.5 size-4 shrink-0 accent-navy-700"
          {...register(name)}
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
  id,
  fileName,
  errors,
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
      error={errors}
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
