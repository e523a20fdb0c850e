#!/usr/bin/env node
// Entry point for `npx maalopfyldelse`. The TypeScript sources are compiled to dist/node by `npm run build:cli`
// (run automatically by `npm ci` / `npm install` through the "prepare" script).
"use strict";
const path = require("path");
const fs = require("fs");
const main = path.join(__dirname, "..", "dist", "node", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write("maalopfyldelse: kommandolinjen er ikke bygget. Kør 'npm run build:cli' først.\n");
  process.exit(2);
}
require(main)
  .runCli(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
