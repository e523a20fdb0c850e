// KKR.DÆKNING and KKR.LANDINDEKS, the pure half (functions.ts is the Excel half): the list of municipalities Excel
// passes, read as a one-column activity list for the SAME core function the pane and the command line use
// (computeSpread, src/core/spread), with the shipped municipality data passed in. Apart from kkr.ts because
// functions.ts loads this module and the data on the first call only, so the functions file Excel loads at start-up
// carries neither. No Office globals here.
import {
  unmatchedHubMessage,
  yearProblem,
  type MunicipalityRegistry,
} from "../core/municipalities";
import type { RawTable } from "../core/model";
import { isBlank } from "../core/numbers";
import { computeSpread, inferHub, type SpreadResult } from "../core/spread";
import { cellText } from "../core/tables";
import { formatNumber } from "../core/format";
import {
  fail,
  isFailure,
  nonBlank,
  plural,
  readNumberArg,
  readRange,
  readScalar,
  where,
  type Cells,
  type FunctionFailure,
} from "./kkr";

/**
 * The list of municipalities (and, for LANDINDEKS, a land/by value per row) as the one-column activity list the
 * core's computeSpread() reads: row i of the range is body row i, cell A(i+2), so an error's cell leads back to
 * "kommuner række i+1".
 */
function activityList(
  cells: Cells,
  landBy?: Cells
): { table: RawTable; at: (cell: string) => string } {
  const table: RawTable = {
    sheet: "kommuner",
    name: "kommuner",
    source: "range",
    headerRowIndex: 0,
    firstColumnIndex: 0,
    headers: landBy ? ["Kommune", "Land/by"] : ["Kommune"],
    rowCount: cells.values.length,
    columns: landBy ? [cells.values, landBy.values] : [cells.values],
  };
  const at = (cell: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    if (!m) return cells.param;
    const index = Number(m[2]) - 2;
    return where(m[1] === "B" && landBy ? landBy : cells, index);
  };
  return { table, at };
}

/** The hub argument, or the hub of more than half of the municipalities; a failure naming the argument otherwise. */
function hubArg(
  registry: MunicipalityRegistry,
  hus: unknown,
  table: RawTable,
  fnName: string
): { hub: string } | FunctionFailure {
  const cell = readScalar(hus, "hus");
  if (isFailure(cell)) return cell;
  if (!isBlank(cell.value)) {
    const m = registry.matchHub(cellText(cell.value));
    return m.ok ? { hub: m.hub } : fail("invalidValue", `hus: ${unmatchedHubMessage("da", m)}`);
  }
  const inferred = inferHub({ table }, registry);
  if (inferred.hub) return { hub: inferred.hub };
  if (inferred.counts.length === 0)
    return fail("invalidNumber", "kommuner indeholder ingen kendte kommuner");
  return fail(
    "invalidValue",
    `kommunerne fordeler sig på flere Erhvervshuse (${inferred.counts.map(([h, n]) => `${h} ${n}`).join(", ")}): skriv huset, fx ${fnName}(kommuner; …; "${inferred.counts[0][0]}")`
  );
}

/** computeSpread() on the range, with its errors as the function's failure (the first, naming its row). */
function spreadOf(
  registry: MunicipalityRegistry,
  kommuner: unknown,
  hus: unknown,
  year: number,
  minimum: number,
  fnName: string,
  landBy?: unknown
): SpreadResult | FunctionFailure {
  const cells = readRange(kommuner, "kommuner");
  if (isFailure(cells)) return cells;
  if (nonBlank(cells).length === 0)
    return fail("invalidNumber", "kommuner indeholder ingen kommuner: alle celler er tomme");
  let landByCells: Cells | undefined;
  if (landBy !== undefined && landBy !== null) {
    const read = readRange(landBy, "land_by");
    if (isFailure(read)) return read;
    if (read.values.length !== cells.values.length)
      return fail(
        "invalidValue",
        `land_by skal have lige så mange celler som kommuner (${cells.values.length}), ikke ${read.values.length}`
      );
    if (nonBlank(read).length > 0) landByCells = read;
  }
  const { table, at } = activityList(cells, landByCells);
  const hub = hubArg(registry, hus, table, fnName);
  if (isFailure(hub)) return hub;
  const outcome = computeSpread(
    {
      table,
      municipalityColumn: "Kommune",
      companyColumn: null,
      ruralColumn: landByCells ? "Land/by" : undefined,
    },
    registry,
    { hub: hub.hub, year, minimum }
  );
  if (!outcome.ok) {
    const first = outcome.errors[0];
    const others = outcome.errors.length - 1;
    const more = others > 0 ? ` (og ${plural(others, "fejl mere", "fejl mere")})` : "";
    // Messages may point at another cell of the list ("første gang i kommuner!B2"): in the range's own words.
    const message = first.message.replace(/kommuner!([A-Z]+\d+)/g, (_, cell: string) => at(cell));
    return fail("invalidValue", `${at(first.cell)}: ${message}${more}`);
  }
  return outcome.result;
}

/**
 * Share (0–1) of the hub's municipalities with at least `mindst` rows in `kommuner` (names as people write them):
 * the core's computeSpread(), as Indikator DÆKNING(…) in the goal table. The registry is the shipped data
 * (functions.ts loads it on first use).
 */
export function coverageShare(
  registry: MunicipalityRegistry,
  kommuner: unknown,
  mindst?: unknown,
  hus?: unknown
): number | FunctionFailure {
  const minimumArg = readNumberArg(mindst, "mindst");
  if (isFailure(minimumArg)) return minimumArg;
  const minimum = minimumArg.value ?? 1;
  if (!Number.isInteger(minimum) || minimum < 1)
    return fail(
      "invalidValue",
      `mindst skal være et helt antal aktiviteter, 1 eller mere (står ${formatNumber(minimum, "da", 10)})`
    );
  // Coverage does not depend on the year: the latest populations are as good as any.
  const result = spreadOf(
    registry,
    kommuner,
    hus,
    registry.years[registry.years.length - 1],
    minimum,
    "KKR.DÆKNING"
  );
  if (isFailure(result)) return result;
  return result.coverage.share;
}

/**
 * The rural index: the rural municipalities' share of the rows in `kommuner` ÷ their share of the population on
 * 1 January `år` × 100 (100 = as the population). Rural = DST's Landkommuner, unless `land_by` gives "land"/"by" per
 * row. The core's computeSpread(), as Indikator LANDINDEKS(…).
 */
export function ruralIndex(
  registry: MunicipalityRegistry,
  kommuner: unknown,
  hus?: unknown,
  aar?: unknown,
  landBy?: unknown
): number | FunctionFailure {
  const yearArg = readNumberArg(aar, "år");
  if (isFailure(yearArg)) return yearArg;
  const year = yearArg.value ?? registry.years[registry.years.length - 1];
  const problem = yearProblem(registry, year);
  if (problem) return fail("invalidValue", `år: ${problem}`);
  const result = spreadOf(registry, kommuner, hus, year, 1, "KKR.LANDINDEKS", landBy);
  if (isFailure(result)) return result;
  if (result.rural.municipalities === 0)
    return fail(
      "invalidValue",
      `Erhvervshus ${result.hub} har ingen landkommuner i denne inddeling`
    );
  if (result.rural.index === null)
    return fail("invalidNumber", `ingen af kommunerne hører til Erhvervshus ${result.hub}`);
  return result.rural.index;
}
