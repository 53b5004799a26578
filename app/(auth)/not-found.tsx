import { NotFoundPanel } from "@/components/shell/not-found-panel";

/** notFound() from a public page: the (auth) layout already draws the shell. */
export default function AuthNotFound() {
  return <NotFoundPanel />;
}
