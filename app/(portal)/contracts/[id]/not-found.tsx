import { NotFoundPanel } from "@/components/shell/not-found-panel";

/** A contract that does not exist or is not activated on this account: the same answer. */
export default function ContractNotFound() {
  return <NotFoundPanel />;
}
