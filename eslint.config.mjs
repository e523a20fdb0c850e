// Office add-in lint flavour (office-addin-lint / eslint-plugin-office-addins), plus the project's own rules:
// the calculator in src/core must stay pure (no Office, DOM or Node), src/excel keeps its folders apart (below), and
// no stray console output in the pane.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";

// src/excel: workbook/ is the machinery every writer shares; each writer has a folder of its own. A writer imports only
// workbook/ and src/core; workbook/ imports no writer; nothing in src/excel imports its public surface (index.ts) or the
// pane, the host or the command line. Only relative imports are checked (the repo uses no path aliases); the patterns
// are written for files directly inside each folder, so a nested folder fails the lint until it is added here.
const EXCEL_WRITERS = ["goals", "allocation", "scenario", "spread"];
const SAME_FOLDER = String.raw`\./[^.]`;
const WORKBOOK = String.raw`\.\./workbook(/|$)`;
const CORE = String.raw`\.\./\.\./core(/|$)`;
const excelBoundary = (allowed, message) => ({
  "no-restricted-imports": [
    "error",
    // Every relative import but those allowed.
    { patterns: [{ regex: `^(?!${[SAME_FOLDER, ...allowed].join("|")})\\.`, message }] },
  ],
});

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
  ...officeAddins.configs.recommended,
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "@typescript-eslint": tsPlugin },
    languageOptions: { parser: tsParser },
    rules: {
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "no-eval": "error",
      "no-new-func": "error",
      // TypeScript checks names itself (typescript-eslint's advice); core purity is enforced below and by tsconfig.core.json.
      "no-undef": "off",
      // The automatic JSX runtime (Babel preset-react "automatic") needs no React in scope.
      "react/react-in-jsx-scope": "off",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "process", "require"],
      "no-restricted-imports": [
        "error",
        { patterns: ["fs", "path", "node:*", "react", "react-dom", "exceljs", "../excel/*", "../host/*", "../taskpane/*"] },
      ],
    },
  },
  {
    files: ["src/excel/workbook/**/*.ts"],
    rules: excelBoundary(
      [CORE],
      "src/excel/workbook/ imports no writer (goals/, allocation/, scenario/ …), no index.ts and nothing outside src/core."
    ),
  },
  ...EXCEL_WRITERS.map((writer) => ({
    files: [`src/excel/${writer}/**/*.ts`],
    rules: excelBoundary(
      [WORKBOOK, CORE],
      `A writer (src/excel/${writer}/) imports only src/excel/workbook/ and src/core: not another writer, not index.ts.`
    ),
  })),
];
