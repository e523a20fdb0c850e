// What-if per change (from the former test bench/whatif-timing.reference.ts, moved out of the test suite because
// timed unit tests are not allowed): a contract of 20 goals, five of them NPS/ANDEL indicators over a 200,000-row
// evaluation table. A change re-evaluates the goal table only; the indicators come from the session's cache.
import { evaluateContract } from "../../src/core/evaluate";
import type { RawCell, RawTable } from "../../src/core/model";
import { createWhatIf, parseChanges } from "../../src/core/whatif";
import { log, median, round, timeRuns, type Timing } from "../util";

const ROWS = 200_000;

export interface WhatIfResults {
  evaluationRows: number;
  goals: number;
  fullEvaluation: Timing;
  session: Timing;
  /** One s.evaluate(changes) call, over 10 rounds of 1…8 changes (80 calls per run). */
  perChange: {
    medianMs: number;
    p90Ms: number;
    worstMs: number;
    calls: number;
    runMediansMs: number[];
  };
  sweep41: Timing;
}

function table(
  sheet: string,
  headers: string[],
  rows: RawCell[][],
  rowCount = rows.length
): RawTable {
  return {
    sheet,
    name: sheet,
    source: "range",
    headerRowIndex: 0,
    firstColumnIndex: 0,
    headers,
    rowCount,
    columns: headers.map((_, c) => rows.map((r) => (r[c] === undefined ? null : r[c]))),
  };
}

function contract(): RawTable[] {
  const segment: RawCell[] = [];
  const answer: RawCell[] = [];
  const effect: RawCell[] = [];
  for (let i = 0; i < ROWS; i++) {
    segment.push(i % 3 === 0 ? "Vækst" : "Drift");
    answer.push(i % 7 === 0 ? null : (i * 7919) % 11);
    effect.push(["I høj grad", "I nogen grad", "I lav grad", "Ved ikke"][i % 4]);
  }
  const evaluation: RawTable = {
    ...table("Evaluering", ["Segment", "Anbefaling", "Effekt"], []),
    rowCount: ROWS,
    columns: [segment, answer, effect],
  };
  const headers = [
    "Nr",
    "Mål",
    "Del",
    "Segment",
    "Resultat",
    "Indikator",
    "Mål 100 %",
    "Mål 50 %",
    "Regel",
    "Vægt",
  ];
  const rows: RawCell[][] = [];
  for (let g = 1; g <= 20; g++) {
    const nr = String(g);
    if (g === 1) rows.push([nr, "NPS", null, null, null, "NPS(Evaluering[Anbefaling])", 20, 10]);
    else if (g === 2) {
      for (const s of ["Drift", "Vækst"])
        rows.push([
          nr,
          "NPS pr. segment",
          null,
          s,
          null,
          `NPS(Evaluering[Anbefaling]; Segment="${s}")`,
          20,
          10,
        ]);
    } else if (g === 3)
      rows.push([
        nr,
        "Effekt",
        null,
        null,
        null,
        'ANDEL(Evaluering[Effekt]; "I høj grad"; "I nogen grad"; uden "Ved ikke")',
        "70 %",
        "60 %",
      ]);
    else if (g === 4)
      rows.push([
        nr,
        "Høj effekt",
        null,
        null,
        null,
        'ANDEL(Evaluering[Effekt]; "I høj grad")',
        "30 %",
        "20 %",
      ]);
    else if (g % 5 === 0) {
      rows.push([nr, "Forløb", "Vækst- & Driftsforløb", null, 365, null, 350, null, "antal"]);
      rows.push([nr, "Forløb", "Korte forløb", null, 555, null, 600, null, "forholdsmæssig"]);
    } else if (g % 3 === 0) rows.push([nr, "Proces", null, null, "Ja"]);
    else if (g % 2 === 0) rows.push([nr, "Indsatser", null, null, "3/4"]);
    else rows.push([nr, "Tilfredshed", null, null, "76 %", null, "80 %", "70 %", null, 2]);
  }
  return [table("Mål", headers, rows), evaluation];
}

const CHANGES = [
  "1.mål100=25",
  "2/Drift.mål100=15",
  "3.mål100=65 %",
  "7.resultat=81 %",
  "10/Korte forløb.regel=antal",
  "11.vægt=3",
  "6.antag=ikke opfyldt",
  "1.retning=højst",
];

export async function whatIfSection(runs: number): Promise<WhatIfResults> {
  log(`what-if: 20 goals over ${ROWS.toLocaleString("en-US")} evaluation rows`);
  const tables = contract();
  const fullEvaluation = await timeRuns(() => {
    const r = evaluateContract(tables);
    if (r.errors.length > 0 || r.goals.length !== 20)
      throw new Error("what-if contract does not evaluate");
  }, runs);
  const session = await timeRuns(() => createWhatIf(tables), runs);

  const s = createWhatIf(tables);
  const parsed = CHANGES.map((_, i) => parseChanges(CHANGES.slice(0, i + 1)).changes);
  const all: number[] = [];
  const runMedians: number[] = [];
  for (let run = 0; run < runs; run++) {
    const times: number[] = [];
    for (let round = 0; round < 10; round++) {
      for (const cs of parsed) {
        const t = performance.now();
        const r = s.evaluate(cs);
        times.push(performance.now() - t);
        if (r.errors.length > 0)
          throw new Error(`what-if change failed: ${JSON.stringify(r.errors[0])}`);
      }
    }
    runMedians.push(median(times));
    all.push(...times);
  }
  all.sort((a, b) => a - b);
  const sweep41 = await timeRuns(() => {
    const sweep = s.sweep({ goal: "1", key: "tier", tier: 1, from: 0, to: 40, step: 1 });
    if (sweep.rows.length !== 41) throw new Error("sweep");
  }, runs);
  return {
    evaluationRows: ROWS,
    goals: 20,
    fullEvaluation,
    session,
    perChange: {
      medianMs: round(median(runMedians), 3),
      p90Ms: round(all[Math.floor(all.length * 0.9)], 3),
      worstMs: round(all[all.length - 1], 3),
      calls: all.length,
      runMediansMs: runMedians.map((m) => round(m, 3)),
    },
    sweep41,
  };
}
