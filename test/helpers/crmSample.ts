// The sample activity list assets/crm-nordjylland-2021.xlsx (constructed for the example, see
// scripts/build-crm-sample.js) read with ExcelJS, not with the add-in's reader, and the oracle computed from it, from
// the spellings below and from DST's 1 January 2021 populations and kommunegrupper as listed in the data README's
// kommuner.csv, not from the code under test. Used by the command line's and the Spredning sheet's tests.
import ExcelJS from "exceljs";

export const SAMPLE = "assets/crm-nordjylland-2021.xlsx";

/** Nordjylland on 1 January 2021 (kommuner.csv, folk_2021_01_01) and DST's kommunegruppe. */
export const NORDJYLLAND: Record<string, { code: number; population: number; group: string }> = {
  Morsø: { code: 773, population: 20_066, group: "Landkommuner" },
  Thisted: { code: 787, population: 43_160, group: "Landkommuner" },
  Brønderslev: { code: 810, population: 36_177, group: "Landkommuner" },
  Frederikshavn: { code: 813, population: 59_039, group: "Landkommuner" },
  Vesthimmerlands: { code: 820, population: 36_362, group: "Landkommuner" },
  Læsø: { code: 825, population: 1_764, group: "Landkommuner" },
  Rebild: { code: 840, population: 30_518, group: "Oplandskommuner" },
  Mariagerfjord: { code: 846, population: 41_536, group: "Landkommuner" },
  Jammerbugt: { code: 849, population: 38_175, group: "Landkommuner" },
  Aalborg: { code: 851, population: 219_487, group: "Storbykommuner" },
  Hjørring: { code: 860, population: 64_155, group: "Landkommuner" },
};

/** The spellings in the sample, read by hand. */
export const SPELLINGS: Record<string, string> = {
  Aalborg: "Aalborg",
  "Aalborg Kommune": "Aalborg",
  "0851": "Aalborg",
  aalborg: "Aalborg",
  Ålborg: "Aalborg",
  "Hjørring Kommune": "Hjørring",
  "Frederikshavns Kommune": "Frederikshavn",
  "810": "Brønderslev",
  "Thisted Kommune": "Thisted",
  "Jammerbugt Kommune": "Jammerbugt",
  Vesthimmerland: "Vesthimmerlands",
  "Vesthimmerlands Kommune": "Vesthimmerlands",
  "Rebild Kommune": "Rebild",
  "Morsø Kommune": "Morsø",
};
export const OTHER_HUBS = ["Viborg", "Skive", "Randers Kommune"];

export interface Row {
  cell: string;
  cvr: string;
  kommune: string;
  forloeb: string;
}

export async function sampleRows(): Promise<Row[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.getWorksheet("CRM")!;
  const rows: Row[] = [];
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const text = (c: number) => {
      const v = row.getCell(c).value;
      return v === null || v === undefined ? "" : String(v);
    };
    rows.push({ cell: `B${r}`, cvr: text(1), kommune: text(2), forloeb: text(3) });
  });
  return rows;
}

export interface Expected {
  name: string;
  activities: number;
  companies: number;
  perTenThousand: number;
  index: number;
  rural: boolean;
}

/** The oracle: counts per municipality, distinct CVR, per 10.000, index; coverage; rural index. */
export function oracle(rows: Row[], isRural: (name: string) => boolean) {
  const inHub = rows.filter((r) => r.kommune in NORDJYLLAND || r.kommune in SPELLINGS);
  const nameOf = (r: Row) => SPELLINGS[r.kommune] ?? r.kommune;
  const A = inHub.length;
  const P = Object.values(NORDJYLLAND).reduce((a, m) => a + m.population, 0);
  const per: Expected[] = Object.entries(NORDJYLLAND).map(([name, m]) => {
    const mine = inHub.filter((r) => nameOf(r) === name);
    return {
      name,
      activities: mine.length,
      companies: new Set(mine.map((r) => r.cvr)).size,
      perTenThousand: (mine.length / m.population) * 10_000,
      index: (mine.length / A / (m.population / P)) * 100,
      rural: isRural(name),
    };
  });
  const ruralA = per.filter((m) => m.rural).reduce((a, m) => a + m.activities, 0);
  const ruralP = Object.entries(NORDJYLLAND)
    .filter(([name]) => isRural(name))
    .reduce((a, [, m]) => a + m.population, 0);
  return {
    A,
    P,
    per,
    covered: per.filter((m) => m.activities >= 1).length,
    ruralIndex: (ruralA / A / (ruralP / P)) * 100,
    activityShare: ruralA / A,
    populationShare: ruralP / P,
    outside: rows.filter((r) => !inHub.includes(r)),
  };
}
