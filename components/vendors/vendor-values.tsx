import { useTranslate } from "@/components/i18n/use-message-text";
import { renderVendorValues } from "@/lib/vendors";

type Props = {
  vendorId: string;
  /** The version stored with the ticket. */
  version: number;
  values: Readonly<Record<string, unknown>> | null | undefined;
  className?: string;
};

/**
 * A ticket's stored Additional Information, labelled as the version it was validated against,
 * in the reader's language (the `vendors` namespace).
 */
export function VendorValues({ vendorId, version, values, className }: Props) {
  // the fields' words are keys known at run time
  const t = useTranslate();
  const rows = renderVendorValues(vendorId, version, values, t);
  return (
    <dl className={className ?? "grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[auto_1fr]"}>
      {rows.map((row) => (
        <div key={row.key} className="contents">
          <dt className="font-medium text-slate-600">{row.label}</dt>
          <dd className="break-words text-slate-900">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
