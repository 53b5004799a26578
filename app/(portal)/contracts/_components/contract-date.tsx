import { formatContractDate } from "@/lib/contracts/contract-status";

/** A contract date ('YYYY-MM-DD') written for people, machine-readable in `dateTime`. */
export function ContractDate({ value }: { value: string }) {
  return <time dateTime={value}>{formatContractDate(value)}</time>;
}
