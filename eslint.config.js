// ESLint: JavaScript's recommended rules and typescript-eslint's, without type information
// (tsc --noEmit, which npm test runs first, does the type checking). Formatting is Prettier's.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["node_modules/", "_site*/", "tmp/", "exports/", "test/fixtures/", "lib/types/content.generated.ts"],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: "module", globals: globals.node },
    rules: {
      // A leading underscore names what is left out on purpose (a destructured field, a parameter a signature needs).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // Finding control characters is the point of several patterns: editors' files, spreadsheet
      // cells and link addresses are refused or cleaned when they hold one.
      "no-control-regex": "off",
    },
  },
  {
    // The scripts readers' browsers run as they are: the search page and the offline page.
    files: ["templates/assets/**/*.js"],
    languageOptions: { sourceType: "script", globals: globals.browser },
  },
  {
    // The service workers name the globals they use in a /* global */ comment of their own.
    files: ["lib/offline/**/*.js"],
    languageOptions: { sourceType: "script", globals: {} },
    rules: {
      "@typescript-eslint/no-unused-vars": "off",
      "no-unused-vars": ["error", { vars: "local" }],
      "no-redeclare": ["error", { builtinGlobals: false }],
    },
  },
  {
    // Code bundled for the editor's browser (the CMS).
    files: ["lib/cms/browser/**/*.ts"],
    languageOptions: { globals: globals.browser },
  },
);
