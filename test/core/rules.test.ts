// Each rule kind with the figures of the seeds (../shared/seeds), through the calculator's front door.
import { evaluateRuleRows } from "../helpers/ruleRows";

const run = evaluateRuleRows;

describe("tiers (trin)", () => {
  test("seed 004 goal 1: NPS 72 against 60/50 → 100 %", () => {
    const r = run([["1", "Tilfredshed", "NPS", null, 72, 60, 50]]);
    expect(r.goals[0].fulfilment).toBe(1);
    expect(r.goals[0].status).toBe("Opfyldt");
    expect(r.rows[0].explanation).toBe("NPS 72 ≥ 60 → 100 %");
  });

  test("NPS 55 against 60/50 → 50 %, NPS 45 → 0 %", () => {
    const r = run([
      ["1", "Tilfredshed", "NPS", null, 55, 60, 50],
      ["2", "Tilfredshed 2", "NPS", null, 45, 60, 50],
    ]);
    expect(r.goals.map((g) => g.fulfilment)).toEqual([0.5, 0]);
    expect(r.rows[0].explanation).toBe("NPS 55 < 60, ≥ 50 → 50 %");
    expect(r.rows[1].explanation).toBe("NPS 45 < 50 → 0 %");
    expect(r.goals.map((g) => g.status)).toEqual(["Delvist opfyldt", "Ikke opfyldt"]);
  });

  test("seed 004 goal 2: effect share 97 % against 70 %/60 % → 100 %", () => {
    const r = run([["2", "Effekt", null, null, "97 %", "70 %", "60 %"]]);
    expect(r.goals[0].fulfilment).toBe(1);
    expect(r.rows[0].explanation).toBe("97 % ≥ 70 % → 100 %");
  });

  test("a share typed as 0,65 compares with 70 %/60 % as 65 % → 50 %", () => {
    const r = run([["2", "Effekt", null, null, "0,65", "70 %", "60 %"]]);
    expect(r.goals[0].fulfilment).toBe(0.5);
  });

  test("'at most' (højst): 8 complaints against at most 10 / 15 → 100 %, 12 → 50 %", () => {
    const r = run([
      ["1", "Klager", null, null, 8, 10, 15, null, "højst"],
      ["2", "Klager 2", null, null, 12, 10, 15, null, "højst"],
    ]);
    expect(r.goals.map((g) => g.fulfilment)).toEqual([1, 0.5]);
    expect(r.rows[1].explanation).toBe("12 > 10, ≤ 15 → 50 %");
  });

  test("linear between tiers: NPS 55 between 50 (50 %) and 60 (100 %) → 75 %", () => {
    const r = run([["1", "Tilfredshed", "NPS", null, 55, 60, 50, "lineær"]]);
    expect(r.goals[0].fulfilment).toBeCloseTo(0.75, 12);
    expect(r.rows[0].explanation).toBe("NPS 55 mellem 50 (50 %) og 60 (100 %) → 75 %");
  });
});

describe("segments (seed 002 goal 3, 2021 status)", () => {
  test("Drift 75 % against 80 % is not met while Vækst 81 % is; the part takes the lowest", () => {
    const r = run([
      ["3", "Tilfredshed", "Meget tilfredse", "Drift", "75 %", "80 %"],
      ["3", "Tilfredshed", "Meget tilfredse", "Vækst", "81 %", "80 %"],
    ]);
    expect(r.rows.map((x) => x.fulfilment)).toEqual([0, 1]);
    expect(r.rows[0].explanation).toBe("Drift 75 % < 80 % → 0 %");
    expect(r.rows[1].explanation).toBe("Vækst 81 % ≥ 80 % → 100 %");
    expect(r.goals[0].fulfilment).toBe(0);
  });

  test("two parts average: satisfaction not met, NPS met → 50 %", () => {
    const r = run([
      ["3", "Tilfredshed", "Meget tilfredse", "Drift", "75 %", "80 %"],
      ["3", null, "Meget tilfredse", "Vækst", "81 %", "80 %"],
      ["3", null, "NPS", "Drift", 70, 70],
      ["3", null, "NPS", "Vækst", 84, 70],
    ]);
    expect(r.goals).toHaveLength(1);
    expect(r.goals[0].parts.map((p) => p.fulfilment)).toEqual([0, 1]);
    expect(r.goals[0].fulfilment).toBe(0.5);
    expect(r.goals[0].explanation).toContain("Gennemsnit af 2 delmål");
  });
});

describe("count targets (seed 002 goal 12)", () => {
  test("Vækst- & Driftsforløb 365 of 350 is met", () => {
    const r = run([
      ["12", "Specialiseret vejledning", "Vækst- & Driftsforløb", null, 365, 350, null, "antal"],
    ]);
    expect(r.goals[0].fulfilment).toBe(1);
    expect(r.rows[0].explanation).toBe("Vækst- & Driftsforløb 365 ≥ 350 → 100 %");
  });

  test("Korte forløb og Early Warning 555 of 600: 0 % as a threshold, 92,5 % proportional", () => {
    const r = run([
      ["12", "Specialiseret vejledning", "Korte forløb og EW", null, 555, 600, null, "antal"],
      [
        "13",
        "Specialiseret vejledning (forholdsmæssig)",
        "Korte forløb og EW",
        null,
        555,
        600,
        null,
        "forholdsmæssig",
      ],
    ]);
    expect(r.goals[0].fulfilment).toBe(0);
    expect(r.goals[1].fulfilment).toBeCloseTo(0.925, 12);
    expect(r.rows[1].explanation).toBe("Korte forløb og EW 555 af 600 → 92,5 %");
  });

  test("proportional is capped at 100 %: 365 of 350", () => {
    const r = run([["12", "Forløb", null, null, 365, 350, null, "forholdsmæssig"]]);
    expect(r.goals[0].fulfilment).toBe(1);
    expect(r.rows[0].explanation).toBe("365 af 350 → 100 % (højst 100 %)");
  });
});

describe("activities and process goals (seed 004)", () => {
  test("goal 6: 3 of 4 activities → 75 %", () => {
    const r = run([["6", "Knudepunkter", null, null, "3/4"]]);
    expect(r.goals[0].fulfilment).toBe(0.75);
    expect(r.rows[0].explanation).toBe("3 af 4 indsatser → 75 %");
    expect(r.goals[0].status).toBe("Delvist opfyldt");
  });

  test("activities as a count against 'Mål 100 %' = 4", () => {
    const r = run([["6", "Knudepunkter", null, null, 3, 4, null, "indsatser"]]);
    expect(r.goals[0].fulfilment).toBe(0.75);
  });

  test("goal 5: a report delivered (Ja) → 100 %, not delivered (Nej) → 0 %", () => {
    const r = run([
      ["5", "Afrapportering", null, null, "Ja"],
      ["7", "Digital omstilling", null, null, "Nej"],
    ]);
    expect(r.goals.map((g) => g.fulfilment)).toEqual([1, 0]);
    expect(r.rows[0].explanation).toBe("Ja → 100 %");
  });
});

describe("thresholds that move (seed 001 and 002)", () => {
  test("baseline + percentage points: Sydjylland 32 % + 5 pp = 37 %, so 37 % is met and 36 % is not", () => {
    const r = run([
      ["1", "Kendskab", null, null, "37 %", "+5 pp", null, null, null, null, "32 %"],
      ["2", "Kendskab 2", null, null, "36 %", "+5 pp", null, null, null, null, "32 %"],
    ]);
    expect(r.goals.map((g) => g.fulfilment)).toEqual([1, 0]);
    expect(r.rows[0].explanation).toBe("Basis 32 % + 5 pp = 37 %: 37 % ≥ 37 % → 100 %");
    expect(r.rows[0].rule).toBe("basisplus");
  });

  test("referral share by year: 45 % in 2021, 47 % in 2022, 50 % in 2023", () => {
    const byYear = "2021: 45 %; 2022: 47 %; 2023: 50 %";
    const r = run([
      ["4", "Knudepunkt 2021", null, null, "46 %", byYear, null, null, null, 2021],
      ["5", "Knudepunkt 2022", null, null, "46 %", byYear, null, null, null, 2022],
      ["6", "Knudepunkt 2023", null, null, "50 %", byYear, null, null, null, 2023],
    ]);
    expect(r.goals.map((g) => g.fulfilment)).toEqual([1, 0, 1]);
    expect(r.rows[1].explanation).toBe("Tærskel for 2022: 47 %: 46 % < 47 % → 0 %");
    expect(r.rows[0].rule).toBe("aarstaerskel");
  });

  test("a year-dependent threshold uses the contract year when the row has none", () => {
    const r = run([["4", "Knudepunkt", null, null, "46 %", "2021: 45 %; 2022: 47 %"]], {
      year: 2022,
    });
    expect(r.goals[0].fulfilment).toBe(0);
  });
});

describe("pending goals (seed 002: 'Måling foretages først senere')", () => {
  test("a goal without a result awaits data, is left out of the overall and bounds its range", () => {
    const r = run([
      ["1", "Kendskab", null, null, "Afventer data", "37 %"],
      ["3", "Tilfredshed", "NPS", null, 72, 60, 50],
      ["6", "Knudepunkter", null, null, "3/4"],
    ]);
    expect(r.goals[0].status).toBe("Afventer data");
    expect(r.goals[0].fulfilment).toBeNull();
    expect(r.pending).toEqual(["1"]);
    expect(r.overall).toBeCloseTo(1.75 / 2, 12);
    expect(r.overallRange![0]).toBeCloseTo(1.75 / 3, 12);
    expect(r.overallRange![1]).toBeCloseTo(2.75 / 3, 12);
    expect(r.overallText).toBe("87,5 % (58,3–91,7 %), 2 af 3 mål målt");
    expect(r.counts["Afventer data"]).toBe(1);
  });

  test("a blank result awaits data too", () => {
    const r = run([["8", "Digitalisering", null, null, null, "70 %"]]);
    expect(r.goals[0].status).toBe("Afventer data");
    expect(r.overall).toBeNull();
  });
});
