// Hvad nu hvis never flatters (issue 14, item 3), on the real adapter and the in-memory Excel host with seed 004's
// nine goals: a change that makes a goal erroneous leaves no after-figure (dropping goal 1 would give 8 / 8 = 100 %
// against 91,7 % before), Gem scenarie is off while the changes leave errors, and a workbook that already has an error
// ('7O') shows it by cell at its goal, with "Før" the workbook as it is and the fields as typed.
import { describe, expect, test } from "@jest/globals";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { goalWorkbook, nordjylland2020Rows, type GoalRow } from "../helpers/workbooks";
import { idle, renderPane } from "./support";

let NORDJYLLAND_2020: GoalRow[];
beforeAll(async () => {
  NORDJYLLAND_2020 = await nordjylland2020Rows();
});
/** Goal 1 (row 4: Nr A, Mål B, Del C, Resultat D) with its result replaced. */
const withResult = (value: string | number) =>
  NORDJYLLAND_2020.map((r) => (r[0] === "1" ? r.map((v, c) => (c === 3 ? value : v)) : r));

const nextFrame = () =>
  act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
function text(e: Node): string {
  const words: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) words.push(n.textContent ?? "");
    else n.childNodes.forEach(walk);
  };
  walk(e);
  return words.join(" ").replace(/\s+/g, " ").trim();
}
async function openWhatIf(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("tab", { name: "Hvad nu hvis" }));
  await nextFrame();
  await screen.findByRole("region", { name: /^Mål 1 – / }, { timeout: 10000 });
  await idle();
}
const goal = (id: string) => screen.getByRole("region", { name: new RegExp(`^Mål ${id} – `) });
const field = (id: string, name: string) =>
  within(goal(id)).getByRole("textbox", {
    // The pane keeps "100 %" together with a no-break space (shared/format.ts).
    name: (accessible) => accessible.replace(/\s/g, " ") === name,
  }) as HTMLInputElement;
const saveButton = () => screen.getByRole("button", { name: "Gem scenarie" });
const isDisabled = (b: HTMLElement) =>
  b.getAttribute("aria-disabled") === "true" || (b as HTMLButtonElement).disabled;

describe("what-if never flatters", () => {
  test("goal 1's 100 % tier typed below its 50 % tier: no after-figure, Gem scenarie off with the reason", async () => {
    const user = userEvent.setup();
    renderPane(goalWorkbook(withResult(58)));
    await idle();
    await openWhatIf(user);
    expect(text(screen.getByTestId("whatif-overall-before"))).toBe("91,7 %");
    const full = field("1", "Mål 100 %");
    await user.clear(full);
    await user.type(full, "40");
    // Not "100 %, +8,3 procentpoint, 8 af 8 mål målt".
    expect(text(screen.getByTestId("whatif-overall-after"))).toBe("–");
    expect(text(screen.getByTestId("whatif-overall-delta"))).toBe(
      "kan ikke beregnes, før fejlene er rettet"
    );
    expect(screen.getByText("Kan ikke beregnes: mål 1 har en fejl")).toBeTruthy();
    expect(
      screen.getByText("Arket Mål, celle F4: tærsklen for 50 % (50) er højere end tærsklen for 100 % (40)")
    ).toBeTruthy();
    expect(isDisabled(saveButton())).toBe(true);
    expect(text(screen.getByTestId("whatif-save-blocked"))).toBe(
      "Scenariet kan ikke gemmes, så længe ændringerne giver fejl. Ret værdierne først."
    );
    // Corrected: the figure is back and the scenario can be saved.
    await user.clear(full);
    await user.type(full, "55");
    expect(text(screen.getByTestId("whatif-overall-after"))).toBe("97,2 %");
    expect(isDisabled(saveButton())).toBe(false);
    expect(screen.queryByTestId("whatif-save-blocked")).toBeNull();
  });

  test("a workbook with '7O' in goal 1: the error by cell at the goal, Før as the workbook is, the fix tried and saved with its reason", async () => {
    const user = userEvent.setup();
    const { host } = renderPane(goalWorkbook(withResult("7O")));
    await idle();
    await openWhatIf(user);
    // Not "Nu: afventer data" with the threshold fields gone.
    expect(within(goal("1")).getByText("Nu: resultat 7O · Mål 100 %: 60 · Mål 50 %: 50")).toBeTruthy();
    expect(text(within(goal("1")).getByTestId("goal-workbook-errors"))).toBe(
      "Arket Mål, celle D4: '7O' er ikke et tal: der står bogstavet O i stedet for tallet 0 (skriv 70)"
    );
    expect(field("1", "Resultat").value).toBe("7O");
    expect(field("1", "Mål 100 %").value).toBe("60");
    expect(field("1", "Mål 50 %").value).toBe("50");
    expect(text(within(goal("1")).getByTestId("goal-before"))).toBe("– Fejl");
    expect(text(screen.getByTestId("whatif-overall-before"))).toBe("–");
    expect(isDisabled(saveButton())).toBe(true);

    const result = field("1", "Resultat");
    await user.clear(result);
    await user.type(result, "70");
    expect(text(within(goal("1")).getByTestId("goal-after"))).toBe("100 % Opfyldt");
    expect(text(screen.getByTestId("whatif-overall-after"))).toBe("97,2 %");
    expect(isDisabled(saveButton())).toBe(false);
    await user.click(saveButton());
    await screen.findByTestId("scenario-saved", undefined, { timeout: 10000 });
    await idle();
    const scenario = host.snapshot().sheets.find((s) => s.name === "Scenarie 1")!;
    const values = scenario.cells.map((c) => c.value);
    expect(values).toContain("Fejl");
    // A "Fejl" in the sheet always comes with its reason.
    expect(values).toContain(
      "Arket Mål, celle D4: '7O' er ikke et tal: der står bogstavet O i stedet for tallet 0 (skriv 70)"
    );
  });
});
