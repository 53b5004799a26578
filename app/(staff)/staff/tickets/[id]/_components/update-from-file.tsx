"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { useMessageText, useTranslate } from "@/components/i18n/use-message-text";
import { Alert, FormMessage } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-action";
import type { Proposal } from "@/lib/debug-files/update-from-attachment";
import { choiceLabel, fieldLabel, getVendorVersion } from "@/lib/vendors";

type Action<T> = (state: FormState<T>, formData: FormData) => Promise<FormState<T>>;

/**
 * "Update Additional Information from this file" for an engineer: pick one of the ticket's
 * files, see what it would change (the ticket's value → the file's), tick what to accept.
 */
export function UpdateFromFile({
  vendor,
  version,
  files,
  propose,
  apply,
}: {
  vendor: string;
  version: number;
  files: Array<{ id: string; fileName: string }>;
  propose: Action<Proposal>;
  apply: Action<{ fileName: string; applied: string[] }>;
}) {
  const t = useTranslations("desk.ticket.updateFromFile");
  const words = useTranslate();
  const messageText = useMessageText();
  const [proposed, proposeAction, reading] = useActionState(propose, initialFormState);
  const [applied, applyAction, saving] = useActionState(apply, initialFormState);
  const headingId = useId();
  const { fields } = getVendorVersion(vendor, version);

  const shown = (key: string, value: unknown) => {
    const field = fields.find((candidate) => candidate.key === key);
    if (value === undefined || value === null || value === "") return t("empty");
    if (field && (field.widget === "select" || field.widget === "multiselect"))
      return [value]
        .flat()
        .map((id) => choiceLabel(words, field, String(id)))
        .join(", ");
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    return String(value);
  };
  const labelOf = (key: string) => {
    const field = fields.find((candidate) => candidate.key === key);
    return field ? fieldLabel(words, field) : key;
  };

  const proposal = proposed.result?.ok ? proposed.result.data : null;
  const proposalError = proposed.result && !proposed.result.ok ? proposed.result : null;
  const done = applied.result?.ok ? applied.result.data : null;
  const applyError = applied.result && !applied.result.ok ? applied.result : null;

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 border-t border-slate-200 pt-4"
    >
      <h3 id={headingId} className="text-sm font-semibold text-navy-900">
        {t("title")}
      </h3>
      <form action={proposeAction} className="flex flex-col gap-2">
        <SelectField
          name="attachmentId"
          label={t("file")}
          options={files.map((file) => ({ value: file.id, label: file.fileName }))}
          error={messageText(proposalError?.fieldErrors?.attachmentId?.[0]) ?? undefined}
        />
        <SubmitButton size="sm" variant="secondary" className="self-start" pending={reading}>
          {t("read")}
        </SubmitButton>
      </form>
      <div aria-live="polite" className="flex flex-col gap-3">
        <FormMessage message={proposalError?.formError ?? null} />
        {done ? (
          <Alert tone="success">
            {done.applied.length
              ? t("applied", {
                  fileName: done.fileName,
                  fields: done.applied.map(labelOf).join(", "),
                })
              : t("nothingApplied")}
          </Alert>
        ) : null}
        {proposal && !done ? (
          proposal.changes.length ? (
            <form action={applyAction} className="flex flex-col gap-2">
              <input type="hidden" name="attachmentId" value={proposal.attachmentId} />
              <FormMessage
                message={applyError?.formError ?? applyError?.fieldErrors?.keys?.[0] ?? null}
              />
              <table className="w-full text-left text-sm">
                <caption className="mb-1 text-left text-slate-600">
                  {t("caption", { fileName: proposal.fileName })}
                </caption>
                <thead>
                  <tr className="text-xs text-slate-500">
                    <th scope="col">{t("accept")}</th>
                    <th scope="col">{t("field")}</th>
                    <th scope="col">{t("now")}</th>
                    <th scope="col">{t("fromFile")}</th>
                  </tr>
                </thead>
                <tbody>
                  {proposal.changes.map((change) => (
                    <tr key={change.key} className="border-t border-slate-100 align-top">
                      <td className="py-1">
                        <input
                          type="checkbox"
                          name="keys"
                          value={change.key}
                          defaultChecked
                          aria-label={t("acceptField", { field: labelOf(change.key) })}
                        />
                      </td>
                      <th scope="row" className="py-1 font-medium">
                        {labelOf(change.key)}
                      </th>
                      <td className="py-1 text-slate-600">{shown(change.key, change.from)}</td>
                      <td className="py-1 font-medium text-emerald-800">
                        {shown(change.key, change.to)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <SubmitButton size="sm" className="self-start" pending={saving}>
                {t("apply")}
              </SubmitButton>
            </form>
          ) : (
            <Alert tone="info">{t("noChanges", { fileName: proposal.fileName })}</Alert>
          )
        ) : null}
      </div>
    </section>
  );
}
