"use client";

import type { ReactNode } from "react";
import type { FormAction } from "@/components/forms/form-state";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { FormMessage } from "@/components/ui/alert";

/** A notification's ticket link: a POST (it marks the notification read), then the ticket. */
export function NotificationLink<T>({
  action,
  children,
}: {
  action: FormAction<T>;
  children: ReactNode;
}) {
  const { formProps, formError, isPending } = useCheckedForm({ action, defaultValues: {} });
  return (
    <form {...formProps} className="min-w-0">
      <button
        type="submit"
        disabled={isPending}
        className="text-left font-medium text-navy-700 underline decoration-navy-300 underline-offset-2 hover:decoration-navy-700 disabled:opacity-60"
      >
        {children}
      </button>
      <FormMessage message={formError} />
    </form>
  );
}
