// Makes the KKR agenda memo from a workbook: read (writing nothing) → evaluate → the memo model → .docx. The pane
// (and the command line) call this one function; it loads the .docx writer only when a memo is made, so importing
// this module costs the pane nothing until then.
//
// The chart picture: in Excel the pane passes the native chart's own image (Chart.getImage, a base64 PNG) as `chart`;
// elsewhere the core draws the chart as SVG and `rasterise` turns it into the PNG fallback (resvg on the command line,
// a canvas in a browser). Without either, the memo has no picture and says so in `warnings`.
import type { CellError } from "../core/model";
import {
  buildMemo,
  fulfilmentChartSvg,
  memoContext,
  type Memo,
  type MemoContext,
  type MemoImage,
} from "../core/memo";
import { groupGoals } from "../core/groups";
import type { ExcelRunner } from "../excel";
import { readMemoSource } from "./read";

export interface MakeMemoOptions {
  /** The memo's date, yyyy-mm-dd (the caller's today). */
  date: string;
  /** The workbook's file name, one more place the hub and the year may be written. */
  fileName?: string;
  goalTable?: { sheet: string; name: string };
  year?: number;
  cultureInfo?: boolean;
  /** What the user typed (the pane's fields, --title, --indstilling): each replaces what the workbook says. */
  title?: string;
  hub?: string;
  kkr?: string;
  indstilling?: string;
  /** Excel's picture of the fulfilment chart. */
  chart?: { png: Uint8Array; width: number; height: number };
  /** SVG → PNG bytes at `scale` × its size, where no Excel chart is given. */
  rasterise?: (svg: string, scale: number) => Promise<Uint8Array>;
}

export type MadeMemo =
  | {
      status: "ok";
      memo: Memo;
      docx: Uint8Array;
      context: MemoContext;
      goalTable: { sheet: string; name: string; source: "table" | "range" };
      warnings: string[];
    }
  | { status: "errors"; errors: CellError[]; goalTable: { sheet: string; name: string } | null };

/** What the pane shows in its fields before a memo is made: the title and the Indstilling the memo would have. */
export type MemoDefaults =
  | {
      status: "ok";
      title: string;
      indstilling: string;
      final: boolean;
      /** What neither the title lines, the sheet nor the file name says (the title then lacks it). */
      missing: MemoContext["missing"];
    }
  | { status: "errors"; errors: CellError[]; goalTable: { sheet: string; name: string } | null };

type MemoInput = Omit<MakeMemoOptions, "chart" | "rasterise">;

/** Reads the workbook (writing nothing) and builds the memo's text, without a picture and without the .docx. */
async function memoText(runner: ExcelRunner, options: MemoInput, chart?: MemoImage) {
  const source = await readMemoSource(runner, options);
  const { result, goalTable } = source;
  if (!goalTable || result.errors.length > 0 || result.goals.length === 0)
    return { status: "errors" as const, errors: result.errors, goalTable };
  const context = memoContext(
    {
      titleLines: source.titleLines,
      sheet: goalTable.sheet,
      tableName: goalTable.source === "table" ? goalTable.name : undefined,
      fileName: options.fileName,
    },
    options.year
  );
  const build = (picture?: MemoImage) =>
    buildMemo(result, {
      date: options.date,
      title: options.title,
      hub: options.hub ?? context.hub,
      kkr: options.kkr ?? context.kkr,
      year: options.year ?? context.year,
      statusDate: context.statusDate,
      indstilling: options.indstilling,
      chart: picture,
    });
  return { status: "ok" as const, result, goalTable, context, memo: build(chart), build };
}

export async function memoDefaults(runner: ExcelRunner, options: MemoInput): Promise<MemoDefaults> {
  const text = await memoText(runner, options);
  if (text.status === "errors") return text;
  const indstilling = text.memo.blocks.find((b) => b.kind === "indstilling");
  return {
    status: "ok",
    title: text.memo.title,
    indstilling: indstilling?.kind === "indstilling" ? indstilling.text : "",
    final: text.memo.final,
    missing: text.context.missing,
  };
}

export async function makeMemo(runner: ExcelRunner, options: MakeMemoOptions): Promise<MadeMemo> {
  const text = await memoText(runner, options);
  if (text.status === "errors") return text;
  const { result, goalTable, context } = text;
  const warnings: string[] = [];
  let chart: MemoImage | undefined;
  const drawn = fulfilmentChartSvg(result, groupGoals(result));
  if (options.chart) {
    chart = { ...options.chart, alt: drawn.alt };
  } else if (options.rasterise) {
    try {
      chart = { ...drawn, png: await options.rasterise(drawn.svg, 2) };
    } catch (e) {
      warnings.push(
        `Diagrammet kunne ikke tegnes (${(e as Error).message}); notatet er lavet uden.`
      );
    }
  } else {
    warnings.push("Intet diagram: hverken Excels diagram eller en tegner var til rådighed.");
  }

  const memo = text.build(chart);
  const { memoToDocx } = await import("./docx");
  return { status: "ok", memo, docx: await memoToDocx(memo), context, goalTable, warnings };
}
