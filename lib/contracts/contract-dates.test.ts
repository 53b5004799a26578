import { catalogTranslator } from "@/lib/i18n/translator";
import { expect, it } from "vitest";
import { writeMessage } from "@/lib/i18n/message";
import { contractInput } from "@/test/factories";
import { contractInputSchema } from "./staff-schemas";

const english = catalogTranslator("en");

/** The messages as the form writes them for an English reader. */
const errorsOf = (validFrom: string) => {
  const result = contractInputSchema.safeParse(contractInput({ validFrom }));
  return result.success
    ? []
    : result.error.issues.map((issue) => writeMessage(english, issue.message));
};

// The form's date input shows the browser's own format: an empty one asks for the date
// without naming a format it does not show; typed text (a CSV cell) is told the format.
it("asks for a missing date, and names the format only for text that does not fit it", () => {
  expect(errorsOf("")).toEqual(["Enter the start date."]);
  expect(errorsOf("03.12.2026")).toEqual(["Enter the start date as YYYY-MM-DD."]);
  expect(errorsOf("2026-02-30")).toEqual(["The start date is not a real date."]);
});
