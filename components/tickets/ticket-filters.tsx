import { SelectField } from "@/components/ui/field";
import { PRIORITIES, TYPE_LABELS } from "@/lib/tickets/priorities";

/** The Priority and Type filters the customer's ticket list and the staff queue share. */
export function PriorityAndTypeFilters({
  priority,
  type,
}: {
  priority: string | undefined;
  type: string | undefined;
}) {
  return (
    <>
      <SelectField
        label="Priority"
        name="priority"
        defaultValue={priority ?? ""}
        placeholder="Any priority"
        options={PRIORITIES.map(({ value, label }) => ({ value, label }))}
      />
      <SelectField
        label="Type"
        name="type"
        defaultValue={type ?? ""}
        placeholder="Any type"
        options={Object.entries(TYPE_LABELS).map(([value, label]) => ({ value, label }))}
      />
    </>
  );
}
