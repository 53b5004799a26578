import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";
import i18next from "eslint-plugin-i18next";
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

// Pages and components write no words of their own in JSX text or attributes (issue #15), only
// messages from messages/<locale>.json.
const TRANSLATED = ["app/**/*.tsx", "components/**/*.tsx"];
// the development mailbox is a developer's tool, not a page of the portal
const NEVER_TRANSLATED = ["app/dev/**"];
const NOT_WORDS = [
  ...["className", "type", "key", "id", "href", "name", "value", "autoComplete", "inputMode"],
  ...["pattern", "variant", "size", "tone", "lang", "role", "method", "as", "level", "width"],
  ...["autoCapitalize", "autoCorrect", "htmlFor", "viewBox", "fill", "d", "target", "rel"],
  ...["inputClassName", "aria-hidden", "aria-live", "aria-atomic", "aria-labelledby", "namespaces"],
];

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
  {
    files: TRANSLATED,
    ignores: [...layerTests, ...NEVER_TRANSLATED],
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "jsx-only",
          "jsx-attributes": { exclude: NOT_WORDS },
          // one lower-case token is a name in code ("td", "confirm"), not words people read;
          // the plugin's defaults: punctuation and digits, upper-case constants
          words: { exclude: ["^[a-z][a-zA-Z0-9]*$", "^[0-9!-/:-@[-`{-~]+$", "^[A-Z_-]+$"] },
          // calls whose strings are keys or names, not words: t("key"), field("login")
          callees: {
            exclude: ["t", "t\\.rich", "field", "msg", "useTranslations", "getTranslations"],
          },
        },
      ],
    },
  },
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
