import { NotFoundPanel } from "@/components/shell/not-found-panel";

/**
 * A staff page's record that does not exist, inside the staff shell: without it the root
 * not-found page, which brings a header and footer of its own, lands inside this layout's.
 */
export default function StaffNotFound() {
  return <NotFoundPanel />;
}
