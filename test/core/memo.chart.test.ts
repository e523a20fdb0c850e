// The memo's fulfilment chart as SVG (src/core/memo/chart.ts), its geometry worked out by hand from the layout the
// file states: 600 × 300 px (330 with a band for group names), plot from x 46 to 586 (14 px right margin) and y 38 to
// 276 (238 px high, 0 % at the bottom), one slot per goal (0,6 slot between groups), bars at most 38 px wide in the
// slot's middle; legend swatches from x 46, each step 17 + 12 × 0,55 px per letter + 18. Colours: Excel's Good /
// Neutral / Bad styles the Status cells use (statusColours.ts).
import { evaluateContract } from "../../src/core/evaluate";
import { fulfilmentChartSvg } from "../../src/core/memo";
import { groupGoals } from "../../src/core/groups";
import type { RawCell } from "../../src/core/model";
import { rawTable } from "../helpers/tables";

const chartOf = (headers: string[], rows: RawCell[][]) => {
  const result = evaluateContract([rawTable("Mål", headers, rows)]);
  return fulfilmentChartSvg(result, groupGoals(result));
};
const FONT = "Calibri, Carlito, Arial, Liberation Sans, DejaVu Sans, sans-serif";

test("two goals, 100 % and 50 %, overall 75 %: the whole picture", () => {
  const chart = chartOf(["Nr", "Mål", "Resultat", "Mål 100 %", "Mål 50 %"], [
    ["1", "A", "Ja", null, null],
    ["2", "B", 55, 60, 50],
  ]);
  const axis = (y: number, stroke: string, label: string) =>
    `<line x1="46" y1="${y}" x2="586" y2="${y}" stroke="${stroke}" stroke-width="1"/>` +
    `<text x="40" y="${y + 4}" font-size="11" fill="#595959" text-anchor="end">${label}</text>`;
  expect(chart.width).toBe(600);
  expect(chart.height).toBe(300);
  expect(chart.svg).toBe(
    `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300" viewBox="0 0 600 300" font-family="${FONT}">` +
      `<rect x="0" y="0" width="600" height="300" fill="#FFFFFF"/>` +
      // Legend: Opfyldt at 46; "Opfyldt" is 7 letters: 46 + 17 + 46,2 + 18 = 127,2 for Delvist opfyldt (15 letters,
      // 99 px): 127,2 + 17 + 99 + 18 = 261,2 for the overall's dashed line (14 px) and its name 5 px after.
      `<rect x="46" y="12" width="12" height="12" fill="#C6EFCE" stroke="#006100" stroke-width="1"/>` +
      `<text x="63" y="22.5" font-size="12" fill="#262626">Opfyldt</text>` +
      `<rect x="127.2" y="12" width="12" height="12" fill="#FFEB9C" stroke="#9C5700" stroke-width="1"/>` +
      `<text x="144.2" y="22.5" font-size="12" fill="#262626">Delvist opfyldt</text>` +
      `<line x1="261.2" y1="18" x2="275.2" y2="18" stroke="#1F3864" stroke-width="1.5" stroke-dasharray="4 2"/>` +
      `<text x="280.2" y="22.5" font-size="12" fill="#1F3864">Samlet 75 %</text>` +
      // Gridlines: y = 38 + 238 × (1 − f): 276, 216,5, 157, 97,5, 38; the 0 % line darker.
      axis(276, "#7F7F7F", "0 %") +
      axis(216.5, "#D9D9D9", "25 %") +
      axis(157, "#D9D9D9", "50 %") +
      axis(97.5, "#D9D9D9", "75 %") +
      axis(38, "#D9D9D9", "100 %") +
      // Two slots of 540 / 2 = 270: centres 46 + 135 = 181 and 451; bars 38 wide from 162 and 432.
      // Goal 1 100 %: from 38, 238 high, its figure 5 above; goal 2 50 %: from 157, 119 high. Numbers at 276 + 16.
      `<rect x="162" y="38" width="38" height="238" fill="#C6EFCE" stroke="#006100" stroke-width="1"/>` +
      `<text x="181" y="33" font-size="11" fill="#006100" text-anchor="middle">100 %</text>` +
      `<text x="181" y="292" font-size="12" fill="#262626" text-anchor="middle">1</text>` +
      `<rect x="432" y="157" width="38" height="119" fill="#FFEB9C" stroke="#9C5700" stroke-width="1"/>` +
      `<text x="451" y="152" font-size="11" fill="#9C5700" text-anchor="middle">50 %</text>` +
      `<text x="451" y="292" font-size="12" fill="#262626" text-anchor="middle">2</text>` +
      // The overall 75 % across the plot at 97,5.
      `<line x1="46" y1="97.5" x2="586" y2="97.5" stroke="#1F3864" stroke-width="1.2" stroke-dasharray="6 4"/>` +
      `</svg>`
  );
  expect(chart.alt).toBe("Søjlediagram, målopfyldelse pr. mål: mål 1 100 %, mål 2 50 %; samlet 75 %.");
});

test("0 %, pending and in error: a 2 px bar at the bottom, a dashed outline over 0–100 %, a 2 px outline; no overall", () => {
  const chart = chartOf(["Nr", "Mål", "Resultat"], [
    ["1", "A", "Nej"],
    ["2", "B", null],
    ["3", "C", "abc"],
  ]);
  // Three slots of 180: centres 136, 316, 496; bars from 117, 297, 477.
  expect(chart.svg).toContain(
    `<rect x="117" y="274" width="38" height="2" fill="#FFC7CE" stroke="#9C0006" stroke-width="1"/>` +
      `<text x="136" y="269" font-size="11" fill="#9C0006" text-anchor="middle">0 %</text>`
  );
  expect(chart.svg).toContain(
    `<rect x="297" y="38" width="38" height="238" fill="#EDEDED" fill-opacity="0.6" stroke="#595959" stroke-width="1" stroke-dasharray="4 3"/>` +
      `<text x="316" y="157" font-size="10.5" fill="#595959" text-anchor="middle" dominant-baseline="central" transform="rotate(-90 316 157)">afventer</text>`
  );
  expect(chart.svg).toContain(
    `<rect x="477" y="276" width="38" height="2" fill="#F4B084" fill-opacity="0.6" stroke="#833C0B" stroke-width="1" stroke-dasharray="4 3"/>` +
      `<text x="496" y="277" font-size="10.5" fill="#833C0B" text-anchor="middle" dominant-baseline="central" transform="rotate(-90 496 277)">fejl</text>`
  );
  // Legend: Ikke opfyldt (12 letters) at 46, Afventer data (13) at 46 + 17 + 79,2 + 18 = 160,2, dashed; Fejl at 281.
  expect(chart.svg).toContain(
    `<rect x="46" y="12" width="12" height="12" fill="#FFC7CE" stroke="#9C0006" stroke-width="1"/>` +
      `<text x="63" y="22.5" font-size="12" fill="#262626">Ikke opfyldt</text>` +
      `<rect x="160.2" y="12" width="12" height="12" fill="#EDEDED" stroke="#595959" stroke-width="1" stroke-dasharray="3 2"/>` +
      `<text x="177.2" y="22.5" font-size="12" fill="#262626">Afventer data</text>` +
      `<rect x="281" y="12" width="12" height="12" fill="#F4B084" stroke="#833C0B" stroke-width="1"/>` +
      `<text x="298" y="22.5" font-size="12" fill="#262626">Fejl</text>`
  );
  expect(chart.svg).not.toContain("Samlet");
  expect(chart.svg).not.toContain('stroke-dasharray="6 4"');
});

describe("group names under their bars, wrapped to the group's width", () => {
  // Seven common goals and one of another group: 8 + 0,6 = 8,6 slots of 540 / 8,6 = 62,79 px. The lone group's name
  // has 62,79 − 4 = 58,79 px: 10 letters of 10,5 × 0,55 = 5,775 px. Its middle: 46 + 7,6 × 62,79 + 31,4 = 554,6;
  // the common group's: 46 + 3,5 × 62,79 = 265,8. Names at 276 + 32 = 308, a second line 12 lower; the separator
  // 0,3 slot before the second group, at 46 + 7,3 × 62,79 = 504,4, from 38 down to 276 + 30 + 20 = 326.
  const chart = (other: string) =>
    chartOf(["Nr", "Type", "Mål", "Resultat"], [
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => [String(n), "Fælles", `M${n}`, "Ja"]),
      ["8", other, "M8", "Ja"],
    ]);
  const name = (x: number, y: number, text: string) =>
    `<text x="${x}" y="${y}" font-size="10.5" fill="#404040" text-anchor="middle">${text}</text>`;

  test("two words on two lines, the second cut with '…' after 9 letters; the separator; height 330", () => {
    const c = chart("Særlige mål og lokale indsatser");
    expect(c.height).toBe(330);
    expect(c.svg).toContain(name(265.8, 308, "Fælles indsatsmål"));
    expect(c.svg).toContain(
      name(554.6, 308, "Særlige") +
        name(554.6, 320, "mål og lo…") +
        `<line x1="504.4" y1="38" x2="504.4" y2="326" stroke="#BFBFBF" stroke-width="1"/>`
    );
  });

  test("a second line of exactly 10 letters fits and is not cut", () => {
    const c = chart("Særlige indsatsmål");
    expect(c.svg).toContain(name(554.6, 308, "Særlige") + name(554.6, 320, "indsatsmål") + "<line");
  });

  test("one word too long for the width: its first 9 letters and '…' on one line", () => {
    const c = chart("Erhvervsfremmeindsatser");
    expect(c.svg).toContain(name(554.6, 308, "Erhvervsf…") + "<line");
  });
});
