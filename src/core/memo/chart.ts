// The fulfilment chart outside Excel: one bar per goal, coloured by status with the Status cells' colours (Opfyldt
// green, Delvist opfyldt yellow, Ikke opfyldt red, Afventer data grey), in the grouped order with each group named
// under its bars, and the overall as a dashed line. Pure: returns SVG text; the adapters rasterise it to the PNG that
// Word's older readers and LibreOffice show (docx keeps the SVG with a PNG fallback). In Excel the memo uses the native
// chart's own picture instead (Chart.getImage), so this is the same chart, not a copy of its look.
import type { EvaluationResult, GoalResult } from "../evaluate";
import type { GroupedGoals } from "../groups";
import type { Status } from "../model";
import { STATUS_FILL_AND_FONT } from "../statusColours";
import { percent } from "./danish";

export interface ChartPicture {
  svg: string;
  /** CSS pixels (96 per inch): the size the picture is shown at. */
  width: number;
  height: number;
  /** Alternative text: what the chart says, in words. */
  alt: string;
}

// Unquoted: resvg falls back to its default (a serif) on a list with quoted names.
const FONT = "Calibri, Carlito, Arial, Liberation Sans, DejaVu Sans, sans-serif";
const LEGEND: Status[] = ["Opfyldt", "Delvist opfyldt", "Ikke opfyldt", "Afventer data", "Fejl"];

function esc(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Rough width of a text in the chart's font (Calibri/Arial average ~0.55 em), for wrapping group names. */
function textWidth(text: string, size: number): number {
  return text.length * size * 0.55;
}

/** Up to two lines that fit `width`; the second ends in "…" when even that is too short. */
function wrap(text: string, width: number, size: number): string[] {
  if (textWidth(text, size) <= width) return [text];
  const words = text.split(" ");
  let first = "";
  let i = 0;
  while (i < words.length && textWidth(`${first} ${words[i]}`.trim(), size) <= width) {
    first = `${first} ${words[i]}`.trim();
    i++;
  }
  if (first === "")
    return [text.slice(0, Math.max(1, Math.floor(width / (size * 0.55)) - 1)) + "…"];
  let second = words.slice(i).join(" ");
  const max = Math.max(1, Math.floor(width / (size * 0.55)));
  if (second.length > max) second = `${second.slice(0, max - 1)}…`;
  return [first, second];
}

export function fulfilmentChartSvg(
  result: Pick<EvaluationResult, "overall" | "goals">,
  grouped: GroupedGoals
): ChartPicture {
  const width = 600;
  const groupBand = grouped.grouped ? 30 : 0;
  const height = 300 + groupBand;
  const left = 46;
  const right = 14;
  const top = 38;
  const bottom = 24 + groupBand;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const y = (f: number) => top + plotH * (1 - Math.max(0, Math.min(1, f)));

  const groups = grouped.groups.filter((g) => g.goals.length > 0);
  const goalCount = groups.reduce((n, g) => n + g.goals.length, 0);
  const slots = goalCount + (groups.length - 1) * 0.6;
  const slot = plotW / Math.max(1, slots);
  const barW = Math.min(38, slot * 0.62);

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(FONT)}">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#FFFFFF"/>`
  );

  // Legend: the statuses the chart shows, in the summary sheet's order.
  const shown = LEGEND.filter((s) => result.goals.some((g) => g.status === s));
  let lx = left;
  for (const status of shown) {
    const c = STATUS_FILL_AND_FONT[status];
    parts.push(
      `<rect x="${lx}" y="12" width="12" height="12" fill="${c.fill}" stroke="${c.font}" stroke-width="1"${status === "Afventer data" ? ' stroke-dasharray="3 2"' : ""}/>`,
      `<text x="${lx + 17}" y="22.5" font-size="12" fill="#262626">${esc(status)}</text>`
    );
    lx += 17 + textWidth(status, 12) + 18;
  }
  if (result.overall !== null) {
    // The overall's dashed line, named in the legend rather than beside the line, where the bars' labels are.
    parts.push(
      `<line x1="${r1(lx)}" y1="18" x2="${r1(lx + 14)}" y2="18" stroke="#1F3864" stroke-width="1.5" stroke-dasharray="4 2"/>`,
      `<text x="${r1(lx + 19)}" y="22.5" font-size="12" fill="#1F3864">${esc(`Samlet ${percent(result.overall)}`)}</text>`
    );
  }

  // Axis: 0–100 % with gridlines every 25 %.
  for (const f of [0, 0.25, 0.5, 0.75, 1]) {
    const gy = r1(y(f));
    parts.push(
      `<line x1="${left}" y1="${gy}" x2="${width - right}" y2="${gy}" stroke="${f === 0 ? "#7F7F7F" : "#D9D9D9"}" stroke-width="1"/>`,
      `<text x="${left - 6}" y="${r1(gy + 4)}" font-size="11" fill="#595959" text-anchor="end">${esc(percent(f))}</text>`
    );
  }

  // Bars, group by group.
  let x = left;
  const alt: string[] = [];
  groups.forEach((group, gi) => {
    if (gi > 0) x += slot * 0.6;
    const groupStart = x;
    for (const goal of group.goals) {
      const cx = x + slot / 2;
      parts.push(...bar(goal, cx, barW, y));
      parts.push(
        `<text x="${r1(cx)}" y="${r1(top + plotH + 16)}" font-size="12" fill="#262626" text-anchor="middle">${esc(goal.id)}</text>`
      );
      alt.push(
        `mål ${goal.id} ${goal.fulfilment === null ? "afventer data" : percent(goal.fulfilment)}`
      );
      x += slot;
    }
    if (grouped.grouped) {
      const mid = (groupStart + x) / 2;
      const lines = wrap(group.label, x - groupStart - 4, 10.5);
      lines.forEach((line, li) =>
        parts.push(
          `<text x="${r1(mid)}" y="${r1(top + plotH + 32 + li * 12)}" font-size="10.5" fill="#404040" text-anchor="middle">${esc(line)}</text>`
        )
      );
      if (gi > 0) {
        const sep = r1(groupStart - slot * 0.3);
        parts.push(
          `<line x1="${sep}" y1="${top}" x2="${sep}" y2="${r1(top + plotH + groupBand + 20)}" stroke="#BFBFBF" stroke-width="1"/>`
        );
      }
    }
  });

  // The overall as a dashed line across the plot.
  if (result.overall !== null) {
    const oy = r1(y(result.overall));
    parts.push(
      `<line x1="${left}" y1="${oy}" x2="${width - right}" y2="${oy}" stroke="#1F3864" stroke-width="1.2" stroke-dasharray="6 4"/>`
    );
  }
  parts.push("</svg>");

  const overallText = result.overall === null ? "" : `; samlet ${percent(result.overall)}`;
  return {
    svg: parts.join(""),
    width,
    height,
    alt: `Søjlediagram, målopfyldelse pr. mål: ${alt.join(", ")}${overallText}.`,
  };
}

/** One goal's bar and its label. A pending goal is a dashed outline over the range it can still reach. */
function bar(goal: GoalResult, cx: number, w: number, y: (f: number) => number): string[] {
  const c = STATUS_FILL_AND_FONT[goal.status];
  const x0 = r1(cx - w / 2);
  if (goal.fulfilment === null) {
    const [lo, hi] = goal.status === "Fejl" ? [0, 0] : goal.range;
    const top = r1(y(hi));
    const h = r1(Math.max(2, y(lo) - y(hi)));
    // The word runs up inside the bar, so narrow neighbouring bars do not run their labels together.
    const mid = r1(top + h / 2);
    return [
      `<rect x="${x0}" y="${top}" width="${r1(w)}" height="${h}" fill="${c.fill}" fill-opacity="0.6" stroke="${c.font}" stroke-width="1" stroke-dasharray="4 3"/>`,
      `<text x="${r1(cx)}" y="${mid}" font-size="10.5" fill="${c.font}" text-anchor="middle" dominant-baseline="central" transform="rotate(-90 ${r1(cx)} ${mid})">${goal.status === "Fejl" ? "fejl" : "afventer"}</text>`,
    ];
  }
  const top = r1(y(goal.fulfilment));
  const h = r1(Math.max(2, y(0) - y(goal.fulfilment)));
  const yTop = goal.fulfilment <= 0 ? r1(y(0) - 2) : top;
  return [
    `<rect x="${x0}" y="${yTop}" width="${r1(w)}" height="${h}" fill="${c.fill}" stroke="${c.font}" stroke-width="1"/>`,
    `<text x="${r1(cx)}" y="${r1(yTop - 5)}" font-size="11" fill="${c.font}" text-anchor="middle">${esc(percent(goal.fulfilment))}</text>`,
  ];
}
