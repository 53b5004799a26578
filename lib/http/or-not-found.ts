import { notFound } from "next/navigation";
import { isDomainError } from "@/lib/errors";

/**
 * What `work` resolves to, or the 404 page when it fails with `not_found` or `forbidden`: a
 * page says "not found" for a record the actor may not know exists (the orders team sees no
 * ticket, no queue). Any other failure goes on to the error page.
 */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isDomainError(error) && (error.code === "not_found" || error.code === "forbidden")) {
      notFound();
    }
    throw error;
  }
}
