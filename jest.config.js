// Every test runs through `npm test`. Three projects: node (core, adapter on the in-memory host, CLI),
// ui (React pane in jsdom), browser (the built workbench in Debian's Chromium via playwright-core).
const common = {
  transform: { "^.+\\.[jt]sx?$": "babel-jest" },
  moduleFileExtensions: ["ts", "tsx", "js", "jsx", "json"],
  // Stryker's sandboxes (npm run mutate) are copies of the project: not modules of this one.
  modulePathIgnorePatterns: ["<rootDir>/.stryker-tmp/"],
};

module.exports = {
  // A guard against a hang, not a speed check (speed is npm run bench's): on a 2-core machine the UI tests share the
  // cores with the node project, and a jsdom test that renders the pane several times can take over 30 s.
  testTimeout: 120000,
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/ui/", "<rootDir>/test/browser/"],
    },
    {
      ...common,
      displayName: "ui",
      testEnvironment: "jsdom",
      // Resolve packages as Node does (CommonJS builds): jsdom's "browser" condition picks ESM-only builds (uuid's,
      // via ExcelJS) that Jest would have to transform.
      testEnvironmentOptions: { customExportConditions: ["node", "node-addons"] },
      testMatch: ["<rootDir>/test/ui/**/*.test.ts?(x)"],
      setupFiles: ["<rootDir>/test/ui/jsdomGlobals.ts"],
    },
    {
      ...common,
      displayName: "browser",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/browser/**/*.test.ts"],
    },
  ],
};
