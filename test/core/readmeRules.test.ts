// The README's rule words come from the rule registry (src/core/rules/registry.ts): the rules table under "### Rules
// (from the seeds)" has exactly one row per registered kind — its English name (and its Danish one where that is not
// the word), its Regel word and every alias — and nothing else; the `Regel` row of the columns table lists the words.
// A new rule kind, a renamed word or a dropped alias fails here until the README says it.
import fs from "fs";
import path from "path";
import { DEFAULT_RULE, ruleDefinition, ruleKinds, ruleWord } from "../../src/core/rules";

const README = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((c) => c.trim());
}

/** The body rows of the first table after `heading`. */
function tableAfter(heading: string): string[][] {
  const start = README.indexOf(heading);
  if (start < 0) throw new Error(`README has no '${heading}'`);
  const lines = README.slice(start).split("\n").slice(1);
  const first = lines.findIndex((l) => l.startsWith("|"));
  const table: string[] = [];
  for (const l of lines.slice(first)) {
    if (!l.startsWith("|")) break;
    table.push(l);
  }
  return table.slice(2).map(cells);
}

const code = (w: string) => `\`${w}\``;

test("the rules table has one row per registered rule kind, with its names, word and aliases, and nothing else", () => {
  const rows = tableAfter("### Rules (from the seeds)").map((c) => c.slice(0, 3).join(" | "));
  const expected = ruleKinds().map((kind) => {
    const def = ruleDefinition(kind);
    const name = def.names.da === def.word ? def.names.en : `${def.names.en} (*${def.names.da}*)`;
    return [name, code(def.word), def.aliases.map(code).join(", ")].join(" | ");
  });
  expect([...rows].sort()).toEqual([...expected].sort());
});

test("the Regel row of the columns table lists every rule's word, in the registry's order, the default marked", () => {
  const row = README.split("\n").find((l) => l.startsWith("| `Regel` |"));
  if (!row) throw new Error("README has no `Regel` row");
  const words = ruleKinds()
    .map((k) => `${code(ruleWord(k))}${k === DEFAULT_RULE ? " (default)" : ""}`)
    .join(", ");
  expect(cells(row)[2]).toBe(`${words}. Inferred when empty.`);
});
