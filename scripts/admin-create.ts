/** `npm run admin:create -- --email a@b.c --login admin`: the first staff admin. */
import { parseArgs } from "node:util";
import { closeDb, getDb } from "../db/client";
import { createStaffAdmin } from "../lib/accounts/create-staff-admin";
import { isDomainError } from "../lib/errors";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    login: { type: "string" },
    "first-name": { type: "string" },
    "last-name": { type: "string" },
  },
});

if (!values.email || !values.login) {
  console.error("Usage: npm run admin:create -- --email admin@example.com --login admin");
  process.exit(2);
}

try {
  const { link } = await createStaffAdmin(getDb(), {
    email: values.email,
    login: values.login,
    firstName: values["first-name"],
    lastName: values["last-name"],
  });
  console.log(
    `Admin "${values.login}" created. Open this link within 24 hours to set the password:\n${link}`,
  );
} catch (error) {
  console.error(isDomainError(error) ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDb();
}
