// A Stryker ignore-plugin for the sampled mutation run (scripts/mutation-sample.js, `ignorers: ["mutation-sample"]`).
// A `mutate` range (file:line:col-line:col) selects every node inside it, so the range of a sampled block or `a && b`
// also selects the mutants nested in it; this plugin ignores every node that neither is a sampled mutant's node nor
// contains one, so only the sampled nodes (and the few other mutants on the very same nodes) are tested.
// Stryker ignores a node's whole subtree once an ignorer names it (instrumenter's IgnorerBookkeeper), which is why a
// node that contains a sampled one must stay. The sampled locations come from the JSON file in STRYKER_SAMPLE_LOCATIONS:
// { "src/core/x.ts": [[startLine, startColumn, endLine, endColumn], …] } in Babel's terms (1-based lines, 0-based columns).
import fs from "node:fs";
import path from "node:path";
import { PluginKind, declareValuePlugin } from "@stryker-mutator/api/plugin";

const wanted = JSON.parse(fs.readFileSync(process.env.STRYKER_SAMPLE_LOCATIONS, "utf8"));

const before = (l1, c1, l2, c2) => l1 < l2 || (l1 === l2 && c1 <= c2);
const contains = (outer, inner) =>
  before(outer.start.line, outer.start.column, inner[0], inner[1]) &&
  before(inner[2], inner[3], outer.end.line, outer.end.column);

function projectPath(fileName) {
  const relative = path.relative(process.cwd(), fileName).replace(/\\/g, "/");
  return relative;
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, "mutation-sample", {
    shouldIgnore(nodePath) {
      const loc = nodePath.node.loc;
      const fileName = nodePath.hub?.file?.opts?.filename;
      if (!loc || !fileName) return undefined;
      const ranges = wanted[projectPath(fileName)];
      if (!ranges) return "Not in the mutation sample (file)";
      return ranges.some((range) => contains(loc, range))
        ? undefined
        : "Not in the mutation sample";
    },
  }),
];
