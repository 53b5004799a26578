import type {
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from "react";
import { useTranslations } from "next-intl";
import { useMessageText } from "@/components/i18n/use-message-text";
import { cn } from "./cn";

type FieldMeta = {
  /** The visible label; required for every control. */
  label: ReactNode;
  /** Help text under the control, linked with aria-describedby. */
  hint?: ReactNode;
  /** Error message(s); sets aria-invalid and is announced (role="alert"). */
  error?: string | string[] | null;
  /** Extra content to the right of the label (e.g. a "Forgot my password" link). */
  labelAside?: ReactNode;
  /** Marks the field "Optional" next to its label; required fields carry no marker. */
  optional?: boolean;
  className?: string;
};

const controlBase =
  "block w-full rounded-md border bg-white px-3 text-base text-slate-900 shadow-sm transition-colors placeholder:text-slate-400 focus-visible:border-focus disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-500 sm:text-sm";
const controlOk = "border-slate-300 hover:border-slate-400";
const controlError = "border-brand-600 hover:border-brand-700";

function errorList(error: FieldMeta["error"]): string[] {
  if (!error) return [];
  return (Array.isArray(error) ? error : [error]).filter(Boolean);
}

/** The ids and aria attributes that tie a control to its hint and error text. */
function describe(id: string, hint: ReactNode, errors: string[], describedBy?: string) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  const ids = [describedBy, hintId, errorId].filter(Boolean).join(" ");
  return {
    hintId,
    errorId,
    aria: {
      "aria-invalid": errors.length ? (true as const) : undefined,
      "aria-describedby": ids || undefined,
    },
  };
}

function FieldFrame({
  id,
  label,
  labelAside,
  optional,
  hint,
  hintId,
  errors,
  errorId,
  className,
  children,
}: Omit<FieldMeta, "error"> & {
  id: string;
  hintId?: string;
  errors: string[];
  errorId?: string;
  children: ReactNode;
}) {
  const t = useTranslations("ui");
  const text = useMessageText();
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <div className="flex items-baseline justify-between gap-3">
        {/* The label holds only its text, so "Login" is the field's whole accessible name. */}
        <span className="flex items-baseline gap-2">
          <label htmlFor={id} className="text-sm font-medium text-navy-900">
            {label}
          </label>
          {optional ? <span className="text-xs text-slate-500">{t("optional")}</span> : null}
        </span>
        {labelAside ? <div className="text-sm">{labelAside}</div> : null}
      </div>
      {children}
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {errors.length ? (
        <div
          id={errorId}
          role="alert"
          className="flex flex-col gap-0.5 text-sm font-medium text-brand-700"
        >
          {errors.map((message) => (
            <p key={message} className="flex items-start gap-1.5">
              <svg
                aria-hidden="true"
                viewBox="0 0 20 20"
                className="mt-0.5 size-4 shrink-0"
                fill="currentColor"
              >
                <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm-.75 4h1.5v5.5h-1.5V6Zm.75 8.75a1 1 0 1 1 0-2 1 1 0 0 1 0 2Z" />
              </svg>
              <span>{text(message)}</span>
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** Splits a field's props into its frame (label, hint, errors) and its control's own props. */
function fieldParts<
  P extends FieldMeta & { id?: string; name: string; "aria-describedby"?: string },
>(props: P) {
  const { label, hint, error, labelAside, optional, className, id, ...control } = props;
  const controlId = id ?? props.name;
  const errors = errorList(error);
  const { hintId, errorId, aria } = describe(controlId, hint, errors, control["aria-describedby"]);
  return {
    frame: { id: controlId, label, labelAside, optional, hint, hintId, errors, errorId, className },
    control: { ...control, id: controlId, ...aria },
    stateClass: errors.length ? controlError : controlOk,
  };
}

export type FieldProps = FieldMeta &
  Omit<InputHTMLAttributes<HTMLInputElement>, "className"> & {
    name: string;
    inputClassName?: string;
  };

/** A labelled text input with optional hint and error text. `id` defaults to `name`. */
export function Field({ inputClassName, ...props }: FieldProps) {
  const { frame, control, stateClass } = fieldParts(props);
  return (
    <FieldFrame {...frame}>
      <input {...control} className={cn(controlBase, "h-10", stateClass, inputClassName)} />
    </FieldFrame>
  );
}

export type TextareaFieldProps = FieldMeta &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "className"> & { name: string };

/** A labelled multi-line input. */
export function TextareaField(props: TextareaFieldProps) {
  const { frame, control, stateClass } = fieldParts(props);
  return (
    <FieldFrame {...frame}>
      <textarea rows={6} {...control} className={cn(controlBase, "py-2", stateClass)} />
    </FieldFrame>
  );
}

export type SelectFieldProps = FieldMeta &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "className"> & {
    name: string;
    options: Array<{ value: string; label: string }>;
    /** Text of an empty first option, e.g. "Choose…". */
    placeholder?: string;
  };

/** A labelled native select. */
export function SelectField({ options, placeholder, ...props }: SelectFieldProps) {
  const { frame, control, stateClass } = fieldParts(props);
  return (
    <FieldFrame {...frame}>
      <select {...control} className={cn(controlBase, "h-10 pr-8", stateClass)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
