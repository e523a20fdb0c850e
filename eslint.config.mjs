// Office add-in lint flavour (office-addin-lint / eslint-plugin-office-addins), plus the project's own rules:
// the calculator in src/core must stay pure (no Office, DOM or Node), and no stray console output in the pane.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";

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
];
