// Seed 002's two goal tables (Erhvervshus Nordjylland): the 2021 goals as the status of 13 October 2021 gives them
// (read from assets/nordjylland-2021-status.xlsx through test/helpers/samples.ts), and the 2022 goals as the seed's slides "Resultatkontrakt
// 2022" describe them against 2021: "(Uændret)" 2, 3, 7, 8, 12; "Mål 1 justeres"; "Mål 4 (Justeres)": 45 % in 2021,
// 47 % in 2022, 50 % in 2023; "Mål 5 – 2022 (tages ud)"; "Mål 6 justeres": the dialogue tool in use and awareness of
// the green services at 72 % at the end of 2022 (75 % by the end of 2023); 9 "(Justeres)", 10 rewritten, 11
// "(Justeret)". The 2022 results are invented for the example (the seed has none); they play no part in what changed.
import type { RawCell } from "../../src/core/model";
import { sampleGoalRows } from "./samples";
import { rawTable } from "./tables";

export const SEED002_HEADERS = [
  "Nr",
  "Mål",
  "Del",
  "Segment",
  "Resultat",
  "Mål 100 %",
  "Mål 50 %",
  "Regel",
  "År",
  "Basis",
];

const BY_YEAR = "2021: 45 %; 2022: 47 %; 2023: 50 %";
const P = "0 %";

/**
 * Seed 002's 2021 goals: the rows of assets/nordjylland-2021-status.xlsx (sheet Status 2021) in the order of
 * SEED002_HEADERS, read from the file rather than typed out again; the cells' values (0,4 formatted "0 %" is 0.4).
 */
export const seed002Rows2021 = (): Promise<RawCell[][]> =>
  sampleGoalRows("nordjylland2021", SEED002_HEADERS, "values");

/** Seed 002's goal rows of `year` (2021 from the sample workbook, 2022 as above). */
export const seed002Rows = async (year: 2021 | 2022): Promise<RawCell[][]> =>
  year === 2021 ? seed002Rows2021() : SEED002_2022;

export const SEED002_2022: RawCell[][] = [
  [
    "1",
    "Virksomhedernes kendskab til Erhvervshusene",
    "Kendskabskampagne",
    null,
    "Ja",
    null,
    null,
    "ja/nej",
    2022,
    null,
  ],
  ["1", null, "Kendskab", null, "Afventer data", 0.5, null, null, 2023, null],
  ["2", "Bred geografisk spredning", null, null, "Ja", null, null, "ja/nej", 2022, null],
  [
    "3",
    "Kvalitet, kompetencer og virksomhedernes tilfredshed",
    "Meget tilfredse",
    "Drift",
    0.78,
    0.8,
    null,
    null,
    2022,
    null,
  ],
  ["3", null, "Meget tilfredse", "Vækst", 0.83, 0.8, null, null, 2022, null],
  ["3", null, "NPS", "Drift", 72, 70, null, null, 2022, null],
  ["3", null, "NPS", "Vækst", 80, 70, null, null, 2022, null],
  [
    "4",
    "Erhvervshusenes knudepunktsfunktion",
    "Henvisning benyttet",
    "Vækst + Drift",
    0.48,
    BY_YEAR,
    null,
    null,
    2022,
    null,
  ],
  [
    "6",
    "Grøn omstilling og cirkulær økonomi",
    "Dialogværktøj",
    null,
    "Ja",
    null,
    null,
    "ja/nej",
    2022,
    null,
  ],
  [
    "6",
    null,
    "Kendskab til grønne ydelser",
    null,
    "Afventer data",
    "2022: 72 %; 2023: 75 %",
    null,
    null,
    2022,
    null,
  ],
  [
    "7",
    "Effekt i virksomhederne",
    '"I høj grad"',
    "Vækst og Drift",
    0.68,
    0.65,
    null,
    null,
    2022,
    null,
  ],
  [
    "8",
    "Digitalisering og nye teknologier",
    '"I høj grad"',
    null,
    "Afventer data",
    0.7,
    null,
    null,
    2022,
    null,
  ],
  [
    "9",
    "Styrket regional strategi",
    "Tilsagn om prioriterede nye midler",
    null,
    "Ja",
    null,
    null,
    "ja/nej",
    2022,
    null,
  ],
  [
    "9",
    null,
    "Fyrtårnsprojekt og vækstteam",
    null,
    "Afventer data",
    null,
    null,
    "ja/nej",
    2022,
    null,
  ],
  [
    "10",
    "Styrket regionalt samarbejde",
    "Fælles ejerskab til projekt- og programtilbud",
    null,
    "Ja",
    null,
    null,
    "ja/nej",
    2022,
    null,
  ],
  ["10", null, "Geografisk spredning og lige adgang", null, "Ja", null, null, "ja/nej", 2022, null],
  [
    "10",
    null,
    "Årligt møde med borgmester og erhvervschef",
    null,
    "Ja",
    null,
    null,
    "ja/nej",
    2022,
    null,
  ],
  [
    "10",
    null,
    "Udmøntning af klyngeaftalerne",
    null,
    "Afventer data",
    null,
    null,
    "ja/nej",
    2022,
    null,
  ],
  [
    "11",
    "Grøn omstilling og cirkulær økonomi (regionalt)",
    "Specialiseret vejledning i alle 11 kommuner",
    null,
    "Ja",
    null,
    null,
    "ja/nej",
    2022,
    null,
  ],
  [
    "11",
    null,
    "Udviklingsmidler fra React-programmet",
    null,
    "Ja",
    null,
    null,
    "ja/nej",
    2022,
    null,
  ],
  ["11", null, "Den nordjyske klimaambition", null, "Ja", null, null, "ja/nej", 2022, null],
  [
    "12",
    "Specialiseret vejledning til Erhvervshusenes forskellige målgrupper",
    "Vækst- & Driftsforløb",
    null,
    360,
    350,
    null,
    "antal",
    2022,
    null,
  ],
  ["12", null, "Korte forløb og Early Warning", null, 610, 600, null, "antal", 2022, null],
];

/** Fractions in these columns are shown as percentages, as in the sample workbooks. */
function percentFormats(rows: RawCell[][]): string[][] {
  return SEED002_HEADERS.map((h, c) =>
    rows.map((r) =>
      ["Resultat", "Mål 100 %", "Mål 50 %", "Basis"].includes(h) &&
      typeof r[c] === "number" &&
      (r[c] as number) <= 1
        ? P
        : "General"
    )
  );
}

export async function seed002Table(year: 2021 | 2022) {
  const rows = await seed002Rows(year);
  const table = rawTable(`Mål ${year}`, SEED002_HEADERS, rows);
  return { ...table, numberFormats: percentFormats(rows) };
}
