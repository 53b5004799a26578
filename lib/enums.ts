// Every enum's values and type, for code that may not import db/ (pages, components, forms).
// The tuples live beside the schema that reads them (db/schema/enums.ts, no drizzle import).
export * from "@/db/schema/enums";
