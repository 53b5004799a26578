import { redirect } from "next/navigation";

export default function HomePage() {
  // Signed-in users will go to their dashboard once sign-in exists.
  redirect("/login");
}
