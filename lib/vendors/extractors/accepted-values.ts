// Test utility: what the registry makes of an extraction's values, given the other required
// answers, so a test can ask that every extracted value is stored as it was extracted.
import { expect } from "vitest";
import { validateVendorFields } from "@/lib/vendors";
import type { Extraction } from "@/lib/debug-files/types";

export function expectAcceptedByRegistry(
  vendor: string,
  otherAnswers: Record<string, unknown>,
  values: Extraction["values"],
) {
  const result = validateVendorFields(vendor, { ...otherAnswers, ...values });
  expect(result.ok ? {} : result.fieldErrors).toEqual({});
  if (!result.ok) return;
  for (const [key, value] of Object.entries(values)) expect(result.values[key]).toEqual(value);
}
