import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/field";
import { TICKET_PRIORITIES, TICKET_TYPES } from "@/lib/enums";

/** The Priority and Type filters the customer's ticket list and the staff queue share. */
export function PriorityAndTypeFilters({
  priority,
  type,
}: {
  priority: string | undefined;
  type: string | undefined;
}) {
  const t = useTranslations("tickets.filters");
  const enums = useTranslations("enums");
  return (
    <>
      <SelectField
        label={t("priority")}
        name="priority"
        defaultValue={priority ?? ""}
        placeholder={t("anyPriority")}
        options={TICKET_PRIORITIES.map((value) => ({ value, label: enums(`priority.${value}`) }))}
      />
      <SelectField
        label={t("type")}
        name="type"
        defaultValue={type ?? ""}
        placeholder={t("anyType")}
        options={TICKET_TYPES.map((value) => ({ value, label: enums(`type.${value}`) }))}
      />
    </>
  );
}
