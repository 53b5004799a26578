import { NotFoundPanel } from "@/components/shell/not-found-panel";

/**
 * A record of the portal that does not exist or is not the customer's, inside the portal's shell:
 * without it the root not-found page, which brings a header and footer of its own, lands inside
 * this layout's.
 */
export default function PortalNotFound() {
  return <NotFoundPanel />;
}
