// A single formula written to a multi-cell range (range.formulas = "=B1") is filled like Excel's fill-down: each
// cell gets the formula with its relative references moved by the cell's offset from the top-left cell ("=B2" in
// the second row), while "$"-anchored parts stay. String literals, quoted sheet names and structured references
// ("Table1[Col]") are left alone, and so are function names such as LOG10( and sheet names such as Ark1! that
// look like cell references.

import { MAX_COLUMNS, MAX_ROWS, columnFromLetters, columnLetters } from "../address";

const REFERENCE = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])/y;

export function shiftFormula(formula: string, rowOffset: number, colOffset: number): string {
  if (rowOffset === 0 && colOffset === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'" || ch === "[") {
      const close = ch === "[" ? "]" : ch;
      let j = i + 1;
      while (j < formula.length && formula[j] !== close) j++;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : "";
    if (!/[A-Za-z0-9_.]/.test(prev)) {
      REFERENCE.lastIndex = i;
      const m = REFERENCE.exec(formula);
      if (m) {
        out += shiftReference(m, rowOffset, colOffset);
        i += m[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

function shiftReference(m: RegExpExecArray, rowOffset: number, colOffset: number): string {
  const [, colAbs, letters, rowAbs, digits] = m;
  let col = columnFromLetters(letters);
  let row = Number(digits) - 1;
  if (!colAbs) col += colOffset;
  if (!rowAbs) row += rowOffset;
  // Excel shows #REF! for references pushed off the sheet.
  if (col < 0 || col >= MAX_COLUMNS || row < 0 || row >= MAX_ROWS) return "#REF!";
  return `${colAbs}${columnLetters(col)}${rowAbs}${row + 1}`;
}
