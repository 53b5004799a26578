import { useFormatters } from "@/components/i18n/use-formatters";

/** A contract date ('YYYY-MM-DD') written for people, machine-readable in `dateTime`. */
export function ContractDate({ value }: { value: string }) {
  const format = useFormatters();
  return <time dateTime={value}>{format.day(value)}</time>;
}
