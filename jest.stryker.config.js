// The tests a mutation run repeats for every mutant (npm run mutate, stryker.*.config.json), as one plain Jest project
// (Stryker's Jest runner measures coverage per test in a single project). On a 2-core machine a mutant may cost a few
// seconds, not minutes, so each folder is mutated against its own tests:
//   MUTATE_TESTS=core  → test/core: the calculator, pure, with independent oracles (src/core's mutants)
//   MUTATE_TESTS=excel → test/excel and test/cli: the adapter on the in-memory host (src/excel's mutants)
// The golden test, the reliability fuzzers and fault matrices, the host's, the pane's and the browser's tests take
// minutes per run and stay with `npm test`; MUTATION_RUN=1 skips the scale tests inside the files used here.
const base = require("./jest.config.js");

const node = base.projects.find((p) => p.displayName === "node");
const { displayName: _unused, ...project } = node;

const TESTS = {
  core: ["<rootDir>/test/core/**/*.test.ts"],
  excel: ["<rootDir>/test/excel/**/*.test.ts", "<rootDir>/test/cli/**/*.test.ts"],
};

module.exports = {
  ...project,
  testTimeout: base.testTimeout,
  testMatch: TESTS[process.env.MUTATE_TESTS ?? "core"],
};
