"use client";

import { useTranslations } from "next-intl";
import { useDeferredValue, useEffect, useState } from "react";
import { useMessageText } from "@/components/i18n/use-message-text";
import type { checkPassword, PasswordContext } from "@/lib/accounts/password-policy";
import { cn } from "@/components/ui/cn";

const barColors = [
  "bg-brand-600",
  "bg-brand-500",
  "bg-amber-500",
  "bg-emerald-500",
  "bg-emerald-600",
];

type Check = typeof checkPassword;

// The policy's zxcvbn dictionaries (~1.2 MB gzipped) load on the first character typed, in a
// chunk of their own: no page loads them before someone chooses a password. Without JavaScript
// the server's field error says the same.
let loading: Promise<Check> | undefined;
const loadCheck = () =>
  (loading ??= import("@/lib/accounts/password-policy").then((policy) => policy.checkPassword));

/** The strength hint under a new-password field, from the same check the server applies. */
export function PasswordStrength({
  password,
  context,
}: {
  password: string;
  context?: PasswordContext;
}) {
  const t = useTranslations("validation.password");
  const messageText = useMessageText();
  const deferred = useDeferredValue(password ?? "");
  const [check, setCheck] = useState<Check | null>(null);
  const wanted = deferred !== "";
  useEffect(() => {
    if (!wanted || check) return;
    let current = true;
    loadCheck().then(
      (loaded) => current && setCheck(() => loaded),
      () => (loading = undefined), // offline: no hint, the server still checks
    );
    return () => {
      current = false;
    };
  }, [wanted, check]);
  if (!deferred || !check) return null;
  const strength = check(deferred, context);
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
        {t("strength")}{" "}
        <span className="font-medium text-slate-800">{t(`strengthLabels.${strength.label}`)}</span>
        {strength.problem ? (
          <span> {t("problem", { problem: messageText(strength.problem) ?? "" })}</span>
        ) : null}
      </p>
    </div>
  );
}
