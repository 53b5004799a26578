import { useTranslations } from "next-intl";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { VendorValues } from "@/components/vendors/vendor-values";

/** A support ticket's "Additional Information", rendered through the registry version it was stored with. */
export function AdditionalInformationCard({
  ticket,
}: {
  ticket: {
    vendor: string | null;
    vendorSchemaVersion: number | null;
    vendorFields: Record<string, unknown> | null;
  };
}) {
  const t = useTranslations("tickets");
  if (!ticket.vendor || !ticket.vendorSchemaVersion) return null;
  return (
    <Card as="section" aria-labelledby="additional-heading">
      <CardHeader id="additional-heading" title={t("additionalInformation")} level={2} />
      <CardBody>
        <VendorValues
          vendorId={ticket.vendor}
          version={ticket.vendorSchemaVersion}
          values={ticket.vendorFields}
          className="flex flex-col gap-2 text-sm"
        />
      </CardBody>
    </Card>
  );
}
