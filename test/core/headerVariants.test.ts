// Danish header variants a consultant's goal table uses (issue 14, item 2), from the seeds and result contracts:
// "Nr.", "Målsætning", "Opnået", "Realiseret", "Måltal". Each maps to its role; a table with them is found and evaluated.
import { evaluateContract } from "../../src/core/evaluate";
import { mapGoalColumns, tierFulfilmentFromHeader } from "../../src/core/headers";
import { rawTable } from "../helpers/tables";

describe("Danish header variants", () => {
  test.each([
    ["Nr.", "nr"],
    ["Målnummer", "nr"],
    ["Løbenr.", "nr"],
    ["Målsætning", "title"],
    ["Maalsaetning", "title"],
    ["Målbeskrivelse", "title"],
    ["Opnået", "result"],
    ["Opnaaet", "result"],
    ["Opnået resultat", "result"],
    ["Realiseret", "result"],
    ["Faktisk resultat", "result"],
  ])("%s is the %s column", (header, role) => {
    expect(Object.keys(mapGoalColumns([header]).roles)).toEqual([role]);
  });

  test("'Måltal' / 'Målværdi' alone is the goal's one target (100 %); 'Mål 50 %' stays its tier; 'Mål' is the title", () => {
    expect(tierFulfilmentFromHeader("Måltal")).toBe(1);
    expect(tierFulfilmentFromHeader("Målværdi")).toBe(1);
    expect(tierFulfilmentFromHeader("Mål 50 %")).toBe(0.5);
    expect(tierFulfilmentFromHeader("Mål")).toBeUndefined();
    expect(tierFulfilmentFromHeader("Status")).toBeUndefined();
  });

  test("a table headed Nr. / Målsætning / Opnået / Måltal is found and evaluated: 365 of 350 met, 555 of 600 not", () => {
    // Seed 002's count goals: 365 companies against a target of 350, 555 guidance sessions against 600.
    const r = evaluateContract([
      rawTable(
        "Status",
        ["Nr.", "Målsætning", "Opnået", "Måltal"],
        [
          ["7", "Virksomheder i vækstforløb", 365, 350],
          ["8", "Vejledninger", 555, 600],
        ]
      ),
    ]);
    expect(r.errors).toEqual([]);
    expect(r.goals.map((g) => [g.id, g.fulfilment, g.status])).toEqual([
      ["7", 1, "Opfyldt"],
      ["8", 0, "Ikke opfyldt"],
    ]);
    expect(r.overallText).toBe("50 %, 2 af 2 mål målt");
  });
});
