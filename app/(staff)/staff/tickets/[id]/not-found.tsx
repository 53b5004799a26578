import { NotFoundPanel } from "@/components/shell/not-found-panel";

/** A ticket that does not exist, or one this staff role does not work on: the same answer. */
export default function StaffTicketNotFound() {
  return <NotFoundPanel />;
}
