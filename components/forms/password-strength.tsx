"use client";

import { useDeferredValue } from "react";
import { checkPassword, type PasswordContext } from "@/lib/accounts/password-policy";
import { cn } from "@/components/ui/cn";

const barColors = [
  "bg-brand-600",
  "bg-brand-500",
  "bg-amber-500",
  "bg-emerald-500",
  "bg-emerald-600",
];

/** The strength hint under a new-password field, from the same check the server applies. */
export function PasswordStrength({
  password,
  context,
}: {
  password: string;
  context?: PasswordContext;
}) {
  const deferred = useDeferredValue(password ?? "");
  if (!deferred) return null;
  const strength = checkPassword(deferred, context);
  return (
    <div className="flex flex-col gap-1" aria-live="polite">
      <div className="flex gap-1" aria-hidden="true">
        {[0, 1, 2, 3].map((step) => (
          <span
            key={step}
            className={cn(
              "h-1.5 flex-1 rounded-full",
              step < Math.max(1, strength.score) ? barColors[strength.score] : "bg-slate-200",
            )}
          />
        ))}
      </div>
      <p className="text-sm text-slate-600">
        Strength: <span className="font-medium text-slate-800">{strength.label}</span>
        {strength.problem ? <span> — {strength.problem}</span> : null}
      </p>
    </div>
  );
}
