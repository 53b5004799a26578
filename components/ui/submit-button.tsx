"use client";

import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "./button";

/** A submit button that disables itself and shows a spinner while its form is submitting. */
export function SubmitButton({ pending, pendingLabel, ...props }: Omit<ButtonProps, "type">) {
  const t = useTranslations("ui");
  const status = useFormStatus();
  return (
    <Button
      type="submit"
      pending={pending || status.pending}
      pendingLabel={pendingLabel ?? t("submitting")}
      {...props}
    />
  );
}
