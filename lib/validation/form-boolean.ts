import { z } from "zod";

/** A yes/no field: `true`/`false` from code, or the string a posted form sends ("true", "on"). */
export const formBoolean = z.union([z.boolean(), z.stringbool()]);
