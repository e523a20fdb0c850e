/* eslint-disable no-undef */
// What each part of the pane's first-view JavaScript costs (issue 14, item 8): reads a webpack stats file of a
// production build and the emitted files, and prints, for the scripts taskpane.html loads (what `npm run bench`
// counts), each file's gzip size and the modules in it grouped by package or source folder, with their share of the
// file (by minified-input size, so the gzip figure per group is an estimate; the file totals are exact).
//   npx webpack --mode production --env outputPath=/tmp/pane-dist --json=/tmp/pane-stats.json
//   node scripts/pane-js-costs.js /tmp/pane-stats.json /tmp/pane-dist
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const [statsFile, dist] = process.argv.slice(2);
if (!statsFile || !dist) {
  console.error("usage: node scripts/pane-js-costs.js <stats.json> <output dir>");
  process.exit(2);
}
const stats = JSON.parse(fs.readFileSync(statsFile, "utf8"));
const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
const initial = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)]
  .map((m) => m[1])
  .filter((f) => !/^https?:/.test(f));

/** "@fluentui/react-tabs", "react-dom", "src/core", … */
function group(name) {
  const clean = name.replace(/^\.\//, "").replace(/ \+ \d+ modules$/, "");
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
  if (nm) return nm[1];
  const src = /^src\/([^/]+(?:\/[^/]+)?)/.exec(clean);
  return src ? `src/${src[1]}` : clean;
}

/** The modules in a chunk (concatenated modules split into their parts), from the chunk or the top-level list. */
function modulesOf(chunk) {
  const listed = chunk.modules || stats.modules.filter((m) => (m.chunks || []).includes(chunk.id));
  const out = [];
  for (const m of listed) {
    if (m.modules) out.push(...m.modules.map((n) => ({ name: n.name, size: n.size })));
    else out.push({ name: m.name, size: m.size });
  }
  return out;
}

const KB = (n) => `${(n / 1024).toFixed(1)} KB`;
let total = 0;
for (const file of initial) {
  const data = fs.readFileSync(path.join(dist, file));
  const gz = zlib.gzipSync(data).length;
  total += gz;
  const chunk = stats.chunks.find((c) => c.files.includes(file));
  console.log(`\n${file}: ${KB(data.length)} raw, ${KB(gz)} gzip`);
  if (!chunk) continue;
  const groups = new Map();
  for (const m of modulesOf(chunk))
    groups.set(group(m.name), (groups.get(group(m.name)) || 0) + m.size);
  const sum = [...groups.values()].reduce((a, b) => a + b, 0) || 1;
  for (const [g, size] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(
      `  ${g.padEnd(48)} ${KB(size).padStart(10)} input  ≈ ${KB((gz * size) / sum).padStart(9)} gzip`
    );
  }
}
console.log(`\nfirst-view JS (taskpane.html): ${KB(total)} gzip in ${initial.length} files`);
