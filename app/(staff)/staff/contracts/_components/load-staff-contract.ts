import "server-only";
import { requireStaff } from "@/lib/auth/actor";
import { getStaffContract } from "@/lib/contracts/get-staff-contract";
import { orNotFound } from "@/lib/http/or-not-found";

/** The signed-in staff member and the contract, or the 404 page for an unknown id. */
export async function loadStaffContract(id: string) {
  const actor = await requireStaff();
  return { actor, contract: await orNotFound(getStaffContract(actor, id)) };
}
