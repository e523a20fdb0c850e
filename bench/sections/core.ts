// The pure calculator (src/core) on its own: the metrics over 1,000,000 survey rows, the roll-up of 10,000 typed goal
// rows, and the allocation among 100 and 100,000 municipalities. Median of RUNS runs each, after one warm-up run.
import { allocate } from "../../src/core/allocate";
import { evaluateContract } from "../../src/core/evaluate";
import { count, filterMask, newShare, nps, share } from "../../src/core/metrics";
import type { RawCell, RawTable } from "../../src/core/model";
import { log, round, timeRuns, type Timing } from "../util";
import { evaluationColumns, GOAL_HEADERS } from "../workbooks";

export interface CoreMeasure {
  name: string;
  rows: number;
  timing: Timing;
  rowsPerSecond: number;
  /** The figure computed, so a broken run is visible in results.json. */
  check: string;
}

export interface CoreResults {
  surveyRows: number;
  measures: CoreMeasure[];
}

function entry(name: string, rows: number, t: Timing, check: string): CoreMeasure {
  return { name, rows, timing: t, rowsPerSecond: round(rows / (t.medianMs / 1000), 0), check };
}

/** 10,000 goal rows with typed results only (the first four kinds of bench/workbooks.ts, no indicators). */
function typedGoalTable(n: number): RawTable {
  const rows: RawCell[][] = [];
  for (let i = 0; i < n; i++) {
    const id = String(i + 1);
    switch (i % 4) {
      case 0:
        rows.push([id, `Tilfredshed ${id}`, "NPS", 40 + (i % 40), null, 60, 50, null]);
        break;
      case 1:
        rows.push([id, `Effekt ${id}`, null, `${60 + (i % 20)} %`, null, "70 %", "60 %", null]);
        break;
      case 2:
        rows.push([id, `Indsatser ${id}`, null, `${i % 5}/4`, null, null, null, "indsatser"]);
        break;
      default:
        rows.push([
          id,
          `Forløb ${id}`,
          "Antal",
          300 + (i % 100),
          null,
          350,
          null,
          "forholdsmæssig",
        ]);
    }
  }
  return {
    sheet: "Mål",
    name: "Maal",
    source: "table",
    headerRowIndex: 2,
    firstColumnIndex: 0,
    headers: GOAL_HEADERS,
    rowCount: n,
    columns: GOAL_HEADERS.map((_, c) => rows.map((r) => r[c] ?? null)),
  };
}

function municipalities(n: number) {
  const rows = [];
  for (let i = 0; i < n; i++)
    rows.push({ name: `Kommune ${i + 1}`, population: 5_000 + ((i * 7919) % 200_000) });
  return { rows };
}

export async function coreSection(surveyRows: number, goalRows: number): Promise<CoreResults> {
  log(`core: metrics over ${surveyRows.toLocaleString("en-US")} survey rows`);
  const [segment, answer, effect] = evaluationColumns(surveyRows);
  // NYE: a CRM export of surveyRows contact rows over 100,000 distinct companies (1 in 10 written "DK 12345678"),
  // against last year's export of as many rows over 100,000 companies, half of them the same.
  const cvr: RawCell[] = new Array(surveyRows);
  const lastYear: RawCell[] = new Array(surveyRows);
  for (let i = 0; i < surveyRows; i++) {
    const c = 10_000_000 + ((i * 7919) % 100_000);
    cvr[i] = i % 10 === 0 ? `DK ${c}` : String(c);
    lastYear[i] = String(10_050_000 + ((i * 7919) % 100_000));
  }

  const measures: CoreMeasure[] = [];
  let check = "";
  const effects = ["I høj grad", "I nogen grad"];

  measures.push(
    entry(
      "nps",
      surveyRows,
      await timeRuns(() => (check = `NPS ${nps(answer).score?.toFixed(1)}`)),
      check
    )
  );
  measures.push(
    entry(
      "share",
      surveyRows,
      await timeRuns(() => (check = `${share(effect, effects).share?.toFixed(4)}`)),
      check
    )
  );
  measures.push(
    entry(
      'share, uden "Ved ikke"',
      surveyRows,
      await timeRuns(() => (check = `${share(effect, effects, ["Ved ikke"]).share?.toFixed(4)}`)),
      check
    )
  );
  measures.push(
    entry(
      "count",
      surveyRows,
      await timeRuns(() => (check = `${count(effect, ["I høj grad"]).count}`)),
      check
    )
  );
  measures.push(
    entry(
      "newShare (NYE: distinct CVR, against last year's rows)",
      surveyRows,
      await timeRuns(() => (check = `${newShare(cvr, lastYear).share?.toFixed(4)}`)),
      check
    )
  );
  measures.push(
    entry(
      'filter Segment="Drift" + nps',
      surveyRows,
      await timeRuns(() => {
        const mask = filterMask(surveyRows, [{ values: segment, operator: "=", value: "Drift" }]);
        check = `NPS ${nps(answer, mask).score?.toFixed(1)}`;
      }),
      check
    )
  );
  const all = await timeRuns(() => {
    const mask = filterMask(surveyRows, [{ values: segment, operator: "=", value: "Drift" }]);
    check = [
      nps(answer).score,
      nps(answer, mask).score,
      share(effect, effects).share,
      share(effect, effects, ["Ved ikke"]).share,
      count(effect, ["I høj grad"]).count,
      newShare(cvr, lastYear).share,
    ]
      .map((x) => (x === null ? "–" : round(x, 3)))
      .join(" / ");
  });
  measures.push(entry("all metrics above, one after another", surveyRows, all, check));

  log(`core: roll-up of ${goalRows.toLocaleString("en-US")} typed goal rows`);
  const goal = typedGoalTable(goalRows);
  measures.push(
    entry(
      `evaluateContract, ${goalRows.toLocaleString("en-US")} typed goal rows`,
      goalRows,
      await timeRuns(() => {
        const r = evaluateContract([goal], { locale: "da" });
        if (r.errors.length) throw new Error(r.errors[0].message);
        check = `${r.goals.length} goals, ${r.overallText}`;
      }),
      check
    )
  );

  for (const n of [100, 100_000]) {
    log(`core: allocation among ${n.toLocaleString("en-US")} rows`);
    const key = municipalities(n);
    measures.push(
      entry(
        `allocate, ${n.toLocaleString("en-US")} rows (largest remainder, 12 instalments)`,
        n,
        await timeRuns(() => {
          const r = allocate(key, { total: 120_000_000, unit: 1, instalments: 12 });
          if (!r.ok) throw new Error(r.errors[0].message);
          check = `${r.allocation.rows.length} rows, sum ${r.allocation.sum}`;
        }),
        check
      )
    );
  }
  return { surveyRows, measures };
}
