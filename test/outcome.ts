import { isDomainError } from "@/lib/errors";

/**
 * What a lib call came to, as a word a test can compare: "allowed" when it succeeds, the
 * DomainError's code when it refuses (`code:field` with `{ field: true }`), and the text of
 * any other error, so an unexpected crash shows in the assertion instead of passing as a code.
 */
export async function outcome(
  work: () => Promise<unknown>,
  options: { field?: boolean } = {},
): Promise<string> {
  try {
    await work();
    return "allowed";
  } catch (error) {
    if (!isDomainError(error)) return (error as { code?: string }).code ?? String(error);
    return options.field && error.field ? `${error.code}:${error.field}` : error.code;
  }
}
