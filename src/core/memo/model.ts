// The KKR agenda memo as a document model: headings, paragraphs, lists, the goal table and the chart, in Danish, with
// no file format in it. src/memo renders it as .docx; `maalopfyldelse memo --json` prints its text blocks.
import { z } from "zod";
import type { Status } from "../model";

/** A picture of the fulfilment chart: PNG always (Excel's Chart.getImage, or the SVG rasterised), SVG when drawn here. */
export const MemoImageSchema = z.object({
  png: z.custom<Uint8Array>((v) => v instanceof Uint8Array && v.length > 0, "a PNG's bytes"),
  svg: z.string().optional(),
  /** CSS pixels (96 per inch): the size the picture is shown at. */
  width: z.number().positive(),
  height: z.number().positive(),
  alt: z.string(),
});
export type MemoImage = z.infer<typeof MemoImageSchema>;

export const MemoOptionsSchema = z.object({
  /** The memo's date (ISO yyyy-mm-dd); the caller's today. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Replaces the generated title. */
  title: z.string().trim().min(1).optional(),
  hub: z.string().trim().min(1).optional(),
  kkr: z.string().trim().min(1).optional(),
  year: z.number().int().min(1900).max(2200).optional(),
  /** "13. oktober 2021": the date a status was made, shown under the title. */
  statusDate: z.string().trim().min(1).optional(),
  /** Replaces the default recommendation ("Det indstilles, at …"). */
  indstilling: z.string().trim().min(1).optional(),
  chart: MemoImageSchema.optional(),
});
export type MemoOptions = z.input<typeof MemoOptionsSchema>;

/** One row of "Oversigt over mål": a group heading, a goal, a group's subtotal or the overall. */
export interface MemoTableRow {
  kind: "group" | "goal" | "subtotal" | "overall";
  /** group: [label]; the others: Nr, Mål, Resultat, Opfyldelse, Status. */
  cells: string[];
  /** The status that colours the Status cell (goal rows). */
  status?: Status;
}

export type MemoBlock =
  | { kind: "heading"; level: 1 | 2; text: string }
  | { kind: "paragraph"; text: string }
  /** "Label: value" lines of a goal's section (the label is bold in Word). */
  | { kind: "facts"; items: { label: string; value: string }[] }
  | { kind: "list"; items: string[] }
  | { kind: "goalTable"; columns: string[]; rows: MemoTableRow[] }
  | { kind: "chart"; caption: string; alt: string }
  /** The recommendation, a paragraph of its own so it can be found and edited. */
  | { kind: "indstilling"; text: string };

export interface Memo {
  title: string;
  /** "Status pr. 13. oktober 2021" for a status; absent for a final report. */
  subtitle?: string;
  /** "6. december 2026" */
  date: string;
  /** False while goals await data: a status to take note of, not a report to approve. */
  final: boolean;
  hub?: string;
  kkr?: string;
  year?: number;
  blocks: MemoBlock[];
  /** The chart's picture, when one was given (the chart block places it). */
  chart?: MemoImage;
}
