// The calculator in cell formulas: the pure half of the KKR.* custom functions (functions.ts is the Excel half).
// Each wrapper takes what Excel passes – 2-D arrays of numbers, strings, booleans and "" (or null) for blank cells –
// reads it, calls the SAME core functions the pane and the command line use, and returns a value or a
// FunctionFailure. functions.ts turns a failure into an Excel error (#VÆRDI!, #NUM!, #DIVISION/0!, #I/T).
// No Office globals here, so Node tests run this file as it is.
//
// Error rule: a bad argument is #VÆRDI! (invalidValue) with a Danish message naming the argument and the cell;
// no data at all (no answers, no companies, an empty key) is #NUM! (invalidNumber); answers that all left the
// denominator (ANDEL's `uden`) is #DIVISION/0!; a result not in yet (blank or "Afventer") is #I/T (notAvailable).
import { allocate, type Method } from "../core/allocate";
import { formatKroner, formatNumber } from "../core/format";
import { parseGoalTable } from "../core/goalTable";
import { mapGoalColumns, normaliseHeader } from "../core/headers";
import { answerKey, newShare, nps, share } from "../core/metrics";
import type { CellError, RawCell, RawTable } from "../core/model";
import { DANISH, isBlank, readPlainNumber } from "../core/numbers";
import { evaluateRow, type RowEvaluation } from "../core/rules";
import { bodyCellAddress, cellText } from "../core/tables";

/** The Excel errors the functions return, by their CustomFunctions.ErrorCode names. */
export type FailureCode = "invalidValue" | "notAvailable" | "invalidNumber" | "divisionByZero";

export interface FunctionFailure {
  readonly failure: true;
  readonly code: FailureCode;
  /** Danish, for the cell's error flag. Excel shows it for #VÆRDI! and #I/T only. */
  readonly message: string;
}

export function isFailure(value: unknown): value is FunctionFailure {
  return (
    typeof value === "object" && value !== null && (value as { failure?: unknown }).failure === true
  );
}

export function fail(code: FailureCode, message: string): FunctionFailure {
  return { failure: true, code, message };
}

// Reading Excel's arguments ..........................................................................................

/** A range argument flattened row by row, with its shape for naming a cell ("svar række 3"). */
export interface Cells {
  param: string;
  values: RawCell[];
  rows: number;
  columns: number;
}

/**
 * One cell as the core reads it. Excel data types (a number with a format, an entity) arrive as objects when the
 * metadata allows custom data for `any` parameters: their `basicValue` is what the cell shows.
 */
function toRawCell(value: unknown): { ok: true; value: RawCell } | { ok: false; text: string } {
  if (value === null || value === undefined) return { ok: true, value: null };
  if (typeof value === "string" || typeof value === "boolean") return { ok: true, value };
  if (typeof value === "number")
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, text: `'${String(value)}'` };
  if (typeof value === "object" && "basicValue" in value) {
    const basic = (value as { basicValue: unknown }).basicValue;
    if (typeof basic !== "object" || basic === null) return toRawCell(basic);
  }
  // An entity or another object with no plain value behind it; functions, symbols and NaN are not cell values either.
  return {
    ok: false,
    text: typeof value === "object" ? "et objekt uden en værdi" : `'${String(value)}'`,
  };
}

/** The cell as the user sees it, quoted: 'ja', '7,5', 'SAND'. */
function quote(value: RawCell): string {
  return `'${typeof value === "number" ? formatNumber(value, "da", 10) : cellText(value)}'`;
}

/** "svar række 3" in a column, "svar kolonne 2" in a row, "svar række 3, kolonne 2" in a block, "total" alone. */
export function where(cells: Cells, index: number): string {
  const row = Math.floor(index / cells.columns) + 1;
  const column = (index % cells.columns) + 1;
  if (cells.rows === 1 && cells.columns === 1) return cells.param;
  if (cells.columns === 1) return `${cells.param} række ${row}`;
  if (cells.rows === 1) return `${cells.param} kolonne ${column}`;
  return `${cells.param} række ${row}, kolonne ${column}`;
}

/** A range (2-D array), a single value, or nothing (an optional argument left out) as flat cells. */
export function readRange(arg: unknown, param: string): Cells | FunctionFailure {
  if (arg === null || arg === undefined) return { param, values: [], rows: 0, columns: 0 };
  const grid: unknown[][] = Array.isArray(arg)
    ? arg.map((row) => (Array.isArray(row) ? row : [row]))
    : [[arg]];
  const rows = grid.length;
  const columns = grid.reduce((max, row) => Math.max(max, row.length), 0);
  const cells: Cells = { param, values: [], rows, columns };
  for (const row of grid) {
    for (let c = 0; c < columns; c++) {
      const read = toRawCell(row[c]);
      if (!read.ok) {
        return fail(
          "invalidValue",
          `${where(cells, cells.values.length)} indeholder ${read.text}, som ikke kan læses`
        );
      }
      cells.values.push(read.value);
    }
  }
  return cells;
}

/** One value: a scalar argument, or a 1×1 range given where one cell is expected. */
export function readScalar(arg: unknown, param: string): { value: RawCell } | FunctionFailure {
  const cells = readRange(arg, param);
  if (isFailure(cells)) return cells;
  if (cells.values.length > 1)
    return fail("invalidValue", `${param} skal være én celle, ikke et område`);
  return { value: cells.values[0] ?? null };
}

/** A plain number typed as a number or as Danish text ("16.500.000", "72,5"). Blank gives undefined. */
export function readNumberArg(
  arg: unknown,
  param: string
): { value: number | undefined } | FunctionFailure {
  const cell = readScalar(arg, param);
  if (isFailure(cell)) return cell;
  if (isBlank(cell.value)) return { value: undefined };
  const n = readPlainNumber(cell.value, DANISH);
  if (n.ok) return { value: n.value };
  const hint = n.reason.startsWith("decimal:")
    ? `: brug komma som decimaltegn (${n.reason.slice(8)})`
    : "";
  return fail("invalidValue", `${quote(cell.value)} i ${param} er ikke et tal${hint}`);
}

export function nonBlank(cells: Cells): RawCell[] {
  return cells.values.filter((v) => !isBlank(v));
}

export function plural(n: number, one: string, many: string): string {
  return `${formatNumber(n, "da", 0)} ${n === 1 ? one : many}`;
}

// KKR.NPS ............................................................................................................

/** NPS (−100 … 100) of 0–10 answers, blanks ignored: the core's nps(), as Indikator NPS(…) in the goal table. */
export function npsScore(svar: unknown): number | FunctionFailure {
  const cells = readRange(svar, "svar");
  if (isFailure(cells)) return cells;
  const result = nps(cells.values, undefined, DANISH);
  if (result.invalid.length > 0) {
    const first = result.invalid[0];
    const others = result.invalid.length - 1;
    const more =
      others > 0 ? ` (og ${plural(others, "andet ugyldigt svar", "andre ugyldige svar")})` : "";
    return fail(
      "invalidValue",
      `${quote(cells.values[first.row])} i ${where(cells, first.row)} er ikke et tal fra 0 til 10${more}`
    );
  }
  if (result.score === null)
    return fail("invalidNumber", "svar indeholder ingen svar: alle celler er tomme");
  return result.score;
}

// KKR.ANDEL ..........................................................................................................

/**
 * Share (0–1) of the answers equal to one of `match`, with the answers listed in `uden` (e.g. "Ved ikke") left out
 * of the denominator: the core's share(), compared as the pane compares (trimmed, case-insensitive).
 */
export function answerShare(
  svar: unknown,
  match: unknown,
  uden?: unknown
): number | FunctionFailure {
  const answers = readRange(svar, "svar");
  if (isFailure(answers)) return answers;
  const matchCells = readRange(match, "match");
  if (isFailure(matchCells)) return matchCells;
  const withoutCells = readRange(uden, "uden");
  if (isFailure(withoutCells)) return withoutCells;
  // String(true) is what answerKey() makes of a TRUE cell among the answers, so booleans compare as booleans.
  const matches = nonBlank(matchCells).map((v) => String(v));
  const without = nonBlank(withoutCells).map((v) => String(v));
  if (matches.length === 0) {
    return fail(
      "invalidValue",
      `match er tom: skriv det svar, der skal tælles, fx "Meget tilfreds", eller peg på celler med flere svar`
    );
  }
  const withoutKeys = new Set(without.map(answerKey));
  const both = matches.find((m) => withoutKeys.has(answerKey(m)));
  if (both !== undefined) {
    return fail(
      "invalidValue",
      `'${both}' står både i match og uden: et svar kan ikke både tælle med og være udeladt`
    );
  }
  const result = share(answers.values, matches, without);
  if (result.share === null) {
    if (result.excluded > 0) {
      return fail(
        "divisionByZero",
        `alle ${plural(result.excluded, "svar", "svar")} i svar er udeladt af uden, så der er ingen svar at dele med`
      );
    }
    return fail("invalidNumber", "svar indeholder ingen svar: alle celler er tomme");
  }
  return result.share;
}

// KKR.OPFYLDELSE .....................................................................................................

/**
 * The one-row goal table OPFYLDELSE evaluates: the same columns a consultant's goal table has, so the core reads
 * the cells (Danish numbers, "97 %", "højst"/"≤"), checks the tiers and units, and applies the tier rule exactly as
 * for a row of the goal table. Column index → the function's parameter, for messages.
 */
const GOAL_HEADERS = ["Nr", "Mål", "Resultat", "Mål 100 %", "Mål 50 %", "Regel", "Retning"];
const GOAL_PARAMS: (string | null)[] = [null, null, "resultat", "mål100", "mål50", null, "retning"];
const GOAL_MAP = mapGoalColumns(GOAL_HEADERS);

/** A core error about cell "D2" of the one-row table, as "mål100: …". */
function goalError(table: RawTable, error: CellError): FunctionFailure {
  const column = GOAL_HEADERS.findIndex((_, c) => bodyCellAddress(table, 0, c) === error.cell);
  const param = GOAL_PARAMS[column];
  return fail("invalidValue", param ? `${param}: ${error.message}` : error.message);
}

/** The core's evaluation of one tier-rule row; `fulfilment` null while the result awaits data. */
export function fulfilmentDetail(
  resultat: unknown,
  maal100: unknown,
  maal50?: unknown,
  retning?: unknown
): RowEvaluation | FunctionFailure {
  const args = [resultat, maal100, maal50, retning];
  const names = ["resultat", "mål100", "mål50", "retning"];
  const values: RawCell[] = [];
  for (let i = 0; i < args.length; i++) {
    const cell = readScalar(args[i], names[i]);
    if (isFailure(cell)) return cell;
    values.push(cell.value);
  }
  const [result, target100, target50, direction] = values;
  if (isBlank(target100)) {
    return fail(
      "invalidValue",
      "mål100 mangler: skriv tærsklen for 100 % opfyldelse, fx 60 eller 70 %"
    );
  }
  const row: RawCell[] = ["1", "KKR.OPFYLDELSE", result, target100, target50, "trin", direction];
  const table: RawTable = {
    sheet: "KKR.OPFYLDELSE",
    name: "KKR.OPFYLDELSE",
    source: "range",
    headerRowIndex: 0,
    firstColumnIndex: 0,
    headers: GOAL_HEADERS,
    rowCount: 1,
    columns: row.map((v) => [v]),
  };
  const parsed = parseGoalTable(table, GOAL_MAP, "da", DANISH);
  const goalRow = parsed.rows[0];
  if (parsed.errors.length > 0 || !goalRow) return goalError(table, parsed.errors[0]);
  if (goalRow.errors.length > 0) return goalError(table, goalRow.errors[0]);
  const evaluation = evaluateRow({ row: goalRow, locale: "da" });
  if (evaluation.errors.length > 0) return goalError(table, evaluation.errors[0]);
  return evaluation;
}

/** Fulfilment (0, 0,5 or 1) by the tier rule: "NPS 72 ≥ 60 → 100 %". */
export function fulfilment(
  resultat: unknown,
  maal100: unknown,
  maal50?: unknown,
  retning?: unknown
): number | FunctionFailure {
  const detail = fulfilmentDetail(resultat, maal100, maal50, retning);
  if (isFailure(detail)) return detail;
  if (detail.fulfilment === null) {
    return fail(
      "notAvailable",
      "resultat er tomt eller 'Afventer': afventer data, så opfyldelsen kan ikke beregnes endnu"
    );
  }
  return detail.fulfilment;
}

// KKR.NYE ............................................................................................................

/** Share (0–1) of this year's distinct CVR numbers not in last year's list: the core's newShare(). */
export function newCompanyShare(iAar: unknown, sidsteAar: unknown): number | FunctionFailure {
  const thisYear = readRange(iAar, "i_år");
  if (isFailure(thisYear)) return thisYear;
  const lastYear = readRange(sidsteAar, "sidste_år");
  if (isFailure(lastYear)) return lastYear;
  const result = newShare(thisYear.values, lastYear.values);
  if (result.share === null)
    return fail("invalidNumber", "i_år indeholder ingen CVR-numre: alle celler er tomme");
  return result.share;
}

// KKR.FORDEL .........................................................................................................

const METHODS: Record<string, Method> = {
  storsterest: "largest-remainder",
  hamilton: "largest-remainder",
  largestremainder: "largest-remainder",
  afrundhver: "round-each",
  roundeach: "round-each",
  gammel: "round-each",
  gammelmetode: "round-each",
  legacy: "round-each",
};

/**
 * Amounts in kroner, one per population, that add up exactly to `total` (largest remainder, the default) or each
 * rounded on its own ("afrund hver", the legacy way, whose sum may miss the total). The core's allocate() with one
 * yearly instalment. Ties (equal populations) give the leftover unit to the upper row. The result has the shape
 * of `indbyggere`: a column for a column, a row for a row.
 */
export function allocateAmounts(
  total: unknown,
  indbyggere: unknown,
  enhed?: unknown,
  metode?: unknown
): number[][] | FunctionFailure {
  const totalArg = readNumberArg(total, "total");
  if (isFailure(totalArg)) return totalArg;
  if (totalArg.value === undefined)
    return fail("invalidValue", "total mangler: skriv det beløb, der skal fordeles, fx 16500000");

  const cells = readRange(indbyggere, "indbyggere");
  if (isFailure(cells)) return cells;
  if (cells.rows > 1 && cells.columns > 1) {
    return fail(
      "invalidValue",
      `indbyggere skal være én kolonne eller én række (fik ${cells.rows} rækker og ${cells.columns} kolonner)`
    );
  }
  if (nonBlank(cells).length === 0)
    return fail("invalidNumber", "indbyggere indeholder ingen indbyggertal: alle celler er tomme");
  const populations: number[] = [];
  for (let i = 0; i < cells.values.length; i++) {
    const v = cells.values[i];
    if (isBlank(v))
      return fail(
        "invalidValue",
        `${where(cells, i)} er tom: hver kommune skal have et indbyggertal`
      );
    const n = readPlainNumber(v, DANISH);
    if (!n.ok) return fail("invalidValue", `${quote(v)} i ${where(cells, i)} er ikke et tal`);
    if (!(n.value > 0) || !Number.isSafeInteger(n.value)) {
      return fail(
        "invalidValue",
        `${quote(v)} i ${where(cells, i)} er ikke et indbyggertal: det skal være et helt tal over 0`
      );
    }
    populations.push(n.value);
  }
  // A total row taken along ("TOTAL 762.264" right under the municipalities) would double the key: the last cell
  // equal to the sum of all the others is refused rather than split by. (A made-up key like 1; 1; 2 trips it too:
  // put the largest elsewhere.)
  const last = populations[populations.length - 1];
  const others = populations.slice(0, -1).reduce((a, b) => a + b, 0);
  if (populations.length >= 3 && last === others) {
    return fail(
      "invalidValue",
      `${where(cells, populations.length - 1)} (${formatNumber(last, "da")}) er summen af de andre indbyggertal: tag I alt-rækken ud af området`
    );
  }

  const unitArg = readNumberArg(enhed, "enhed");
  if (isFailure(unitArg)) return unitArg;
  const unit = unitArg.value ?? 1;

  const methodCell = readScalar(metode, "metode");
  if (isFailure(methodCell)) return methodCell;
  let method: Method = "largest-remainder";
  if (!isBlank(methodCell.value)) {
    const found = METHODS[normaliseHeader(cellText(methodCell.value))];
    if (!found)
      return fail(
        "invalidValue",
        `ukendt metode ${quote(methodCell.value)}: skriv "største rest" (standard) eller "afrund hver" (den gamle metode)`
      );
    method = found;
  }

  // Names only order ties (larger population first, then name): zero-padded positions put the upper row first.
  const width = String(populations.length).length;
  const rows = populations.map((population, i) => ({
    name: String(i + 1).padStart(width, "0"),
    population,
  }));
  const outcome = allocate(
    { rows },
    { total: totalArg.value, unit, instalments: 1, method, locale: "da" }
  );
  if (!outcome.ok) {
    const error = outcome.errors[0];
    if (error.code === "total-not-multiple") {
      const below = Math.floor(totalArg.value / unit) * unit;
      return fail(
        "invalidValue",
        `total ${formatKroner(totalArg.value)} kan ikke deles i hele enheder af ${formatKroner(unit)}: brug fx ${formatKroner(below)} eller ${formatKroner(below + unit)}, eller en mindre enhed`
      );
    }
    return fail("invalidValue", error.message);
  }
  const amounts = outcome.allocation.rows.map((r) => r.amount);
  return cells.columns === 1 ? amounts.map((a) => [a]) : [amounts];
}
