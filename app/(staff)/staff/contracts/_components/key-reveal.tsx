"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LinkButton } from "@/components/ui/link-button";
import "./contract-card.css";

/**
 * The activation key, shown once right after it was issued: copy it or print the contract card
 * for the customer now. Only this component's state holds it; a reload shows it no more.
 */
export function KeyReveal({
  number,
  customerName,
  activationKey,
  contractHref,
  regenerated = false,
}: {
  number: string;
  customerName?: string;
  activationKey: string;
  contractHref?: string;
  regenerated?: boolean;
}) {
  const t = useTranslations("admin.contracts.key");
  const [copied, setCopied] = useState<"ok" | "failed" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(activationKey);
      setCopied("ok");
    } catch {
      setCopied("failed");
    }
  }

  return (
    <section aria-labelledby="key-heading" className="flex flex-col gap-4">
      <Alert tone="warning" title={t("alertTitle")}>
        {regenerated ? t("previousGone") : t("saved", { number })} {t("onlyOnce")}
      </Alert>
      <div
        data-print-card
        className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-6 shadow-sm"
      >
        <h2 id="key-heading" className="text-lg font-semibold text-navy-900">
          {t("cardTitle")}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-[max-content_1fr] sm:gap-x-6">
          <dt className="text-sm text-slate-600">{t("number")}</dt>
          <dd className="font-mono text-lg font-semibold text-navy-900">{number}</dd>
          {customerName ? (
            <>
              <dt className="text-sm text-slate-600">{t("customer")}</dt>
              <dd className="text-navy-900">{customerName}</dd>
            </>
          ) : null}
          <dt className="text-sm text-slate-600">{t("key")}</dt>
          <dd
            data-testid="activation-key"
            className="font-mono text-2xl font-bold tracking-wider break-all text-navy-900"
          >
            {activationKey}
          </dd>
        </dl>
        <p className="text-sm text-slate-600">{t("registerNote")}</p>
      </div>
      <div className="flex flex-wrap items-center gap-2 print:hidden">
        <Button onClick={copy} variant="primary">
          {t("copy")}
        </Button>
        <Button onClick={() => window.print()} variant="secondary">
          {t("print")}
        </Button>
        {contractHref ? (
          <LinkButton href={contractHref} variant="ghost">
            {t("goToContract")}
          </LinkButton>
        ) : null}
        <span aria-live="polite" className="text-sm text-slate-600">
          {copied === "ok" ? t("copied") : null}
          {copied === "failed" ? t("copyFailed") : null}
        </span>
      </div>
    </section>
  );
}
