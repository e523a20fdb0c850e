// The node tests as one plain Jest project, for mutation testing (stryker.config.json, `npm run mutate`): Stryker's
// Jest runner measures coverage per test in a single project. The UI, browser and packaging tests are left out (they
// do not exercise src/core or src/excel beyond what the node tests do), and so are the slowest whole-file suites,
// whose every mutant run would cost minutes; MUTATION_RUN=1 skips the scale tests inside otherwise useful files.
const base = require("./jest.config.js");

const node = base.projects.find((p) => p.displayName === "node");
const { displayName: _unused, ...project } = node;

module.exports = {
  ...project,
  testTimeout: base.testTimeout,
  testPathIgnorePatterns: [
    ...node.testPathIgnorePatterns,
    "<rootDir>/test/host/", // the in-memory Excel host's own tests (src/host is not mutated)
    "<rootDir>/test/manifest/", // manifest.xml against its schema
    "<rootDir>/test/reliability/licences.test.ts", // licences of dependencies
    "<rootDir>/test/reliability/fuzz.cli.test.ts", // a property of minutes: too slow to repeat per mutant
    "<rootDir>/test/reliability/fuzz.adapter.test.ts", // idem
    "<rootDir>/test/functions/wiring.test.ts", // builds the bundle
  ],
};
