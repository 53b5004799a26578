import "server-only";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/auth/actor";
import { getStaffContract } from "@/lib/contracts/get-staff-contract";
import { isDomainError } from "@/lib/errors";

/** The signed-in staff member and the contract, or the 404 page for an unknown id. */
export async function loadStaffContract(id: string) {
  const actor = await requireStaff();
  try {
    return { actor, contract: await getStaffContract(actor, id) };
  } catch (error) {
    if (isDomainError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
