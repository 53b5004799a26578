import type { ReactNode, Ref } from "react";
import { useMessageText } from "@/components/i18n/use-message-text";
import { cn } from "./cn";

export type AlertTone = "info" | "success" | "warning" | "error";

const tones: Record<AlertTone, string> = {
  info: "border-navy-200 bg-navy-50 text-navy-900",
  success: "border-emerald-200 bg-emerald-50 text-emerald-900",
  warning: "border-amber-300 bg-amber-50 text-amber-950",
  error: "border-brand-200 bg-brand-50 text-brand-800",
};

const icons: Record<AlertTone, string> = {
  info: "M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm.75 12h-1.5V9h1.5v5Zm-.75-6.75a1 1 0 1 1 0-2 1 1 0 0 1 0 2Z",
  success:
    "M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm-1.2 11.6L5.4 10.2l1.06-1.06 2.34 2.34 4.74-4.74 1.06 1.06-5.8 5.8Z",
  warning: "M10 2 1.5 17h17L10 2Zm.75 12.5h-1.5V13h1.5v1.5Zm0-3h-1.5V7h1.5v4.5Z",
  error:
    "M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm-.75 4h1.5v5.5h-1.5V6Zm.75 8.75a1 1 0 1 1 0-2 1 1 0 0 1 0 2Z",
};

/** A static notice box (e.g. the "Create new ticket" notice). Not a live region. */
export function Alert({
  tone = "info",
  title,
  children,
  className,
}: {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <div className={cn("flex gap-3 rounded-md border p-3 text-sm", tones[tone], className)}>
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        fill="currentColor"
        className="mt-0.5 size-5 shrink-0"
      >
        <path d={icons[tone]} />
      </svg>
      <div className="flex min-w-0 flex-col gap-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className="leading-relaxed">{children}</div> : null}
      </div>
    </div>
  );
}

/**
 * The form-level message (a server action's `formError`, or a success note). The
 * aria-live="polite" region is always rendered, so a message that appears later is announced.
 * With a `ref` the form can move focus to it (an answer with no field to point at).
 */
export function FormMessage({
  message,
  tone = "error",
  id,
  className,
  ref,
}: {
  message?: ReactNode;
  tone?: AlertTone;
  id?: string;
  className?: string;
  ref?: Ref<HTMLDivElement>;
}) {
  const text = useMessageText();
  return (
    <div
      ref={ref}
      id={id}
      tabIndex={ref ? -1 : undefined}
      aria-live="polite"
      aria-atomic="true"
      className={className}
    >
      {message ? (
        <Alert tone={tone}>{typeof message === "string" ? text(message) : message}</Alert>
      ) : null}
    </div>
  );
}
