/* global require, module, __dirname */
// Build-time parts of the KKR.* custom functions, for webpack.config.js (Node, CommonJS). See docs/functions.md,
// "Wiring", for the lines that use them. Tested by test/functions/wiring.test.ts.
//
// functions.json is generated from the JSDoc in functions.ts with custom-functions-metadata (the generator inside
// CustomFunctionsMetadataPlugin) through a CopyWebpackPlugin transform rather than with the plugin itself, because
// the plugin's loader also appends unguarded `CustomFunctions.associate(...)` lines to functions.ts: they would
// register every function a second time (Office.js warns "[DuplicatedName]") and throw where Office.js is absent.
// functions.ts registers its functions itself, guarded. A generator error fails the build, as the plugin's would.
const path = require("path");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

const FUNCTIONS_SOURCE = path.join(__dirname, "functions.ts");

/** functions.json (Danish names and help) from the JSDoc in functions.ts; rejects with every generator error. */
function functionsMetadata(source = FUNCTIONS_SOURCE) {
  return generateCustomFunctionsMetadata(source).then((result) => {
    if (result.errors.length > 0) {
      throw new Error(`custom functions metadata (${source}):\n  ${result.errors.join("\n  ")}`);
    }
    return result.metadataJson;
  });
}

/** The webpack entry: a fixed file name, because the manifest's Functions.Script.Url names it. */
const functionsEntry = { import: "./src/functions/functions.ts", filename: "functions.js" };

/** CopyWebpackPlugin patterns: functions.json (generated) and functions.en-US.json (English, kept in step by tests). */
const functionsCopyPatterns = [
  {
    from: "src/functions/functions.ts",
    to: "functions.json",
    transform: { transformer: (_content, absoluteFrom) => functionsMetadata(absoluteFrom) },
  },
  { from: "src/functions/functions.en-US.json", to: "functions.en-US.json" },
];

module.exports = { functionsMetadata, functionsEntry, functionsCopyPatterns, FUNCTIONS_SOURCE };
