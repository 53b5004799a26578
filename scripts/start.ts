/**
 * `npm start`: the production server (after `npm run build`); `--dev` is `npm run dev`'s
 * development server (scripts/dev.ts starts it with the database ready). See scripts/lib/serve.ts.
 */
import { serve } from "./lib/serve";

const dev = process.argv.includes("--dev");
// As `next start` and `next dev` do, whatever the shell's NODE_ENV says.
Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });

serve({ dev }).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
