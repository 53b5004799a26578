import { z } from "zod";
import { getVendor } from "@/lib/vendors";
import { createTicketSchema } from "./schemas";

/**
 * The browser's check of "Create new ticket", loaded only once the form is used: the shared
 * fields, and the Additional Information of the vendor the form's hidden `vendor` field names
 * (the chosen asset's), with that vendor's registry schema — as the server checks them.
 */
export const ticketFormSchema = z.looseObject({}).superRefine((values, context) => {
  const vendor = typeof values.vendor === "string" ? values.vendor : "";
  const schema = vendor
    ? createTicketSchema.extend({ vendorFields: getVendor(vendor).current.schema })
    : createTicketSchema;
  const result = schema.safeParse(values);
  if (!result.success)
    for (const issue of result.error.issues)
      context.addIssue({ code: "custom", message: issue.message, path: issue.path });
});
