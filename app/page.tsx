import { redirect } from "next/navigation";
import { getActor, isStaff } from "@/lib/auth/actor";

export default async function HomePage() {
  const actor = await getActor();
  redirect(!actor ? "/login" : isStaff(actor) ? "/staff" : "/dashboard");
}
