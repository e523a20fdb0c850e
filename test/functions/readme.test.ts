// The figures docs/functions.md's README section shows, computed by the functions on the files in assets/ as Excel
// would pass them (the sample workbook's columns, the CSV keys' columns), and found in the text as shown.
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { SHIPPED_MUNICIPALITIES } from "../../src/core/municipalities/shipped";
import { coverageShare, ruralIndex } from "../../src/functions/kkrSpread";
import {
  allocateAmounts,
  answerShare,
  fulfilment,
  newCompanyShare,
  npsScore,
} from "../../src/functions/kkr";
import { formatNumber, formatPercent } from "../../src/core/format";
import { column, keyFromCsv, ROOT, sampleWorkbook } from "./seeds";

const DOCS = fs.readFileSync(path.join(ROOT, "docs", "functions.md"), "utf8");
const README = DOCS.slice(DOCS.indexOf("## README section"));

/** The README table row holding `formula`: its result cell must show `shown` (be exactly it, when `exact`). */
function expectShown(formula: string, shown: string, exact = false): void {
  const line = README.split("\n").find((l) => l.trim().startsWith("|") && l.includes(formula));
  if (!line) throw new Error(`README section has no table row with ${formula}`);
  const cells = line.split("|").map((c) => c.trim());
  const result = cells[cells.length - 2];
  if (exact) expect(result).toBe(shown);
  else expect(result).toContain(shown);
}

const pct = (x: number) => formatPercent(x, "da", 1);
const sum = (amounts: number[][]) => amounts.flat().reduce((a, b) => a + b, 0);

describe("README examples on assets/sydjylland-2021-raadata.xlsx", () => {
  let col: Awaited<ReturnType<typeof sampleWorkbook>>;
  beforeAll(async () => {
    col = await sampleWorkbook();
  });

  test("=KKR.NPS(Evaluering[Anbefaling]) → 68,75 over 320 answers; Drift alone 65 (as the pane's goal 3 row)", () => {
    const answers = col("Evaluering", "Anbefaling");
    expect(answers.filter(([v]) => v !== "")).toHaveLength(320);
    const score = npsScore(answers) as number;
    expect(score).toBe(68.75);
    expectShown("=KKR.NPS(Evaluering[Anbefaling])", `${formatNumber(score, "da")} (320 svar)`);
    // FILTRER(…; Evaluering[Segment]="Drift") (FILTER in English Excel) hands the function the filtered answers.
    const segment = col("Evaluering", "Segment");
    const drift = answers.filter((_, i) => segment[i][0] === "Drift");
    expect(npsScore(drift)).toBe(65);
    expectShown('Evaluering[Segment]="Drift"))', "65", true);
  });

  test("ANDEL: 'Meget tilfreds' 79,4 %; 'Ja' without 'Ved ikke' 56 % (43,8 % with it); høj + nogen grad 88,8 %", () => {
    const competence = answerShare(
      col("Evaluering", "Faglige kompetencer"),
      "Meget tilfreds"
    ) as number;
    expect(competence).toBe(254 / 320);
    expectShown('=KKR.ANDEL(Evaluering[Faglige kompetencer]; "Meget tilfreds")', pct(competence));

    const referral = answerShare(col("Evaluering", "Henvisning"), "Ja", "Ved ikke") as number;
    const referralAll = answerShare(col("Evaluering", "Henvisning"), "Ja") as number;
    expect(referral).toBe(140 / 250);
    expectShown(
      '=KKR.ANDEL(Evaluering[Henvisning]; "Ja"; "Ved ikke")',
      `${pct(referral)} (140 af 250; med "Ved ikke" i nævneren ${pct(referralAll)})`
    );

    const effect = answerShare(col("Evaluering", "Effekt"), [
      ["I høj grad"],
      ["I nogen grad"],
    ]) as number;
    expect(effect).toBe(284 / 320);
    expectShown("=KKR.ANDEL(Evaluering[Effekt]; J2:J3)", pct(effect));
  });

  test("=KKR.NYE(CRM!A2:A911; CRM2020!A2:A565) → 60 % (546 new of 910)", () => {
    const thisYear = col("CRM", "CVR");
    const lastYear = col("CRM2020", "CVR");
    expect(thisYear).toHaveLength(910); // rows 2–911
    expect(lastYear).toHaveLength(564); // rows 2–565
    const value = newCompanyShare(thisYear, lastYear) as number;
    expect(value).toBe(546 / 910);
    expectShown(
      "=KKR.NYE(CRM!A2:A911; CRM2020!A2:A565)",
      `${formatPercent(value, "da", 0)} (546 nye af 910)`
    );
  });

  test("=KKR.OPFYLDELSE(KKR.NPS(Evaluering[Anbefaling]); 60; 50) → 1", () => {
    expect(fulfilment(npsScore(col("Evaluering", "Anbefaling")), 60, 50)).toBe(1);
    expectShown("=KKR.OPFYLDELSE(KKR.NPS(Evaluering[Anbefaling]); 60; 50)", "1 (100 %)");
  });
});

describe("README examples on the population keys in assets/", () => {
  const sydjylland = column(
    keyFromCsv("fordeling-sydjylland-2020.csv", "population").rows.map((r) => r.population)
  );

  test("=KKR.FORDEL(16500000; B2:B14; 1000) on seed 000: Billund 573.000, Esbjerg 2.512.000, sum 16.500.000", () => {
    const amounts = allocateAmounts(16500000, sydjylland, 1000) as number[][];
    expect(sum(amounts)).toBe(16500000);
    expect(README).toContain("`=KKR.FORDEL(16500000; B2:B14; 1000)`");
    expect(README).toContain(
      `Billund ${formatNumber(amounts[0][0], "da")}, Esbjerg ${formatNumber(amounts[1][0], "da")}`
    );
  });

  test("a month (16500000/12) sums to 1.375.000; 'afrund hver' to 1.376.000, 12.000 kr. a year too much", () => {
    const month = allocateAmounts(16500000 / 12, sydjylland, 1000) as number[][];
    const legacy = allocateAmounts(16500000 / 12, sydjylland, 1000, "afrund hver") as number[][];
    expect(sum(month)).toBe(1375000);
    expect(sum(legacy)).toBe(1376000);
    expect(README).toContain("`=KKR.FORDEL(16500000/12; B2:B14; 1000)` summer til 1.375.000");
    expect(README).toContain(
      '`=KKR.FORDEL(16500000/12; B2:B14; 1000; "afrund hver")`, bliver det 1.376.000'
    );
    expect(README).toContain("12.000 kr. om året");
  });

  test("seed 003's printed amounts as the key: =KKR.FORDEL(16500000; B2:B12; 1000) sums to 16.500.000, not 16.488.000", () => {
    const printed = column(
      keyFromCsv("fordeling-nordjylland-2019.csv", "amount").rows.map(
        (r) => r.population / 100 / 1000
      )
    );
    expect(printed).toHaveLength(11);
    expect(sum(printed as number[][])).toBe(16488);
    expect(sum(allocateAmounts(16500000, printed, 1000) as number[][])).toBe(16500000);
    expect(README).toContain("`=KKR.FORDEL(16500000; B2:B12; 1000)`");
    expect(README).toContain("summer til 16.500.000\ni stedet for tabellens 16.488.000");
  });
});

describe("README examples on assets/crm-nordjylland-2021.xlsx (the sample activity list, made for the example)", () => {
  let kommuner: unknown[][];
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(ROOT, "assets", "crm-nordjylland-2021.xlsx"));
    const ws = wb.getWorksheet("CRM")!;
    const values: unknown[] = [];
    for (let r = 2; r <= ws.rowCount; r++) values.push(ws.getRow(r).getCell(2).value);
    kommuner = column(values);
  });

  test('=KKR.DÆKNING(CRM[Kommune]) → 90,9 %; with 20: 45,5 %; =KKR.LANDINDEKS(…; "Nordjylland"; 2021) → 79,4', () => {
    const coverage = coverageShare(SHIPPED_MUNICIPALITIES, kommuner) as number;
    expect(coverage).toBe(10 / 11);
    expect(README).toContain(`\`=KKR.DÆKNING(CRM[Kommune])\` giver ${pct(coverage)} (10 af`);
    const twenty = coverageShare(SHIPPED_MUNICIPALITIES, kommuner, 20) as number;
    expect(twenty).toBe(5 / 11);
    expect(README).toContain(`\`=KKR.DÆKNING(CRM[Kommune]; 20)\` giver ${pct(twenty)} (5 kommuner`);
    const index = ruralIndex(SHIPPED_MUNICIPALITIES, kommuner, "Nordjylland", 2021) as number;
    expect(README).toContain(
      `\`=KKR.LANDINDEKS(CRM[Kommune]; "Nordjylland"; 2021)\` giver ${formatNumber(index, "da", 1)}: landkommunerne`
    );
  });
});
