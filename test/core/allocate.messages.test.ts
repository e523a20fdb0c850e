// Issue 14, item 7: the allocation's words. A key of stated amounts has no inhabitants, so its method sentence does not
// talk about them; the missing-column message names no command-line flag (the pane shows it too).
import { allocate } from "../../src/core/allocate/allocate";
import { allocationMessage } from "../../src/core/allocate/messages";

const rows = [
  { name: "Aalborg", population: 3 },
  { name: "Brønderslev", population: 1 },
];

test("the method sentence of an amount key: ties go to the larger stated amount, not population", () => {
  const byAmount = allocate({ rows }, { total: 1000, unit: 100, basis: "amount" });
  const byPopulation = allocate({ rows }, { total: 1000, unit: 100 });
  if (!byAmount.ok || !byPopulation.ok) throw new Error("allocation failed");
  expect(byAmount.allocation.sentence).toContain("går enheden først til det største angivne beløb");
  expect(byAmount.allocation.sentence).not.toMatch(/indbygger/);
  expect(byPopulation.allocation.sentence).toContain(
    "går enheden først til det største indbyggertal"
  );
});

test("the missing population column names no command-line flag", () => {
  const text = allocationMessage("da", "missing-population-column", { hasAmounts: 1 });
  expect(text).toBe(
    "kolonnen 'Indbyggere' mangler: tabellen har kun beløb. Tilføj indbyggertallene, eller vælg at fordele efter de angivne beløb"
  );
  expect(text).not.toContain("--");
  expect(allocationMessage("en", "missing-population-column", { hasAmounts: 1 })).not.toContain(
    "--"
  );
});
