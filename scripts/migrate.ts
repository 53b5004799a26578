/** `DATABASE_URL=… npm run db:migrate`: applies the committed migrations (as `npm start` does at start). */
import { runMigrations } from "../db/migrate";

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error("DATABASE_URL is not set. Usage: DATABASE_URL=postgres://… npm run db:migrate");
  process.exit(2);
}

try {
  await runMigrations(connectionString);
  console.log("Migrations applied.");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
