import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";

export default async function HomePage() {
  redirect((await getActor()) ? "/dashboard" : "/login");
}
