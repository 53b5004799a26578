import { formatDay } from "@/lib/format";

/** A contract date ('YYYY-MM-DD') written for people, machine-readable in `dateTime`. */
export function ContractDate({ value }: { value: string }) {
  return <time dateTime={value}>{formatDay(value)}</time>;
}
