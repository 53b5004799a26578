import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";
import { defineConfig, globalIgnores } from "eslint/config";

// The layers (README "How it is built"): pages and components reach data only through lib/,
// lib/ knows nothing of the UI, db/ nothing of the domain. Tests, scripts and e2e specs may
// reach across (they set up what they check). The regexes catch the same paths written as
// relative imports.
const layerTests = ["**/*.test.ts", "**/*.test.tsx"];
const banned = (message, groups) => [
  { group: groups.flatMap((name) => [`@/${name}`, `@/${name}/**`]), message },
  { regex: `^(\\.\\./)+(${groups.join("|")})(/|$)`, message },
];
const layerRule = (files, patterns) => ({
  files,
  ignores: layerTests,
  rules: { "no-restricted-imports": ["error", { patterns }] },
});

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { drizzle },
    rules: {
      // Our drizzle instances are `db` and transactions named `tx`.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  layerRule(
    ["app/**", "components/**"],
    banned("Pages and components reach data through lib/ (enum types: @/lib/enums).", ["db"]),
  ),
  layerRule(
    ["lib/**"],
    banned("lib/ is the domain: it never imports pages or components.", ["app", "components"]),
  ),
  layerRule(["db/**"], banned("db/ is below the domain: it never imports lib/.", ["lib"])),
  globalIgnores([
    ".next/**",
    "node_modules/**",
    ".data/**",
    ".test-data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    "db/migrations/**",
  ]),
]);
