// From which date a key's populations are (datePopulations), on DST's FOLK1A figures as shipped (quarters.ts):
// Rebild 29.827 on 1 January 2018 (2018K1), Aalborg 213.558 on 2018K1 and 195.145 on both 2008K1 and 2008K2,
// Hjørring 62.979 on 2026K1, the last quarter; on 2026K1 Rebild had 31.280 and Aalborg 226.033.
import { datePopulations } from "../../src/core/municipalities";
import { SHIPPED_MUNICIPALITIES } from "../../src/core/municipalities/shipped";
import { SHIPPED_QUARTERS } from "../../src/core/municipalities/shippedQuarters";

const date = (rows: [string, number][]) =>
  datePopulations(
    rows.map(([name, population]) => ({ name, population })),
    SHIPPED_MUNICIPALITIES,
    SHIPPED_QUARTERS
  );

const labels = (quarters: { label: string }[]) => quarters.map((q) => q.label);

describe("the quarter that explains the most rows", () => {
  test("two rows of 2018K1 against one of 2026K1: 2018K1, and every municipality's figure on that date", () => {
    const d = date([
      ["Rebild", 29_827],
      ["Aalborg", 213_558],
      ["Hjørring", 62_979],
    ]);
    expect(d.best).toEqual({ quarter: { label: "2018K1", year: 2018, quarter: 1 }, matches: 2 });
    expect(d.rows.map((r) => [labels(r.quarters), r.atBest])).toEqual([
      [["2018K1"], 29_827],
      [["2018K1"], 213_558],
      [["2026K1"], 65_257], // Hjørring on 1 January 2018
    ]);
  });

  test("a tie goes to the latest quarter; a figure found twice lists both, oldest first; names that are not municipalities and figures that are not whole numbers are not dated", () => {
    const d = date([
      ["Rebild", 29_827],
      ["Hjørring", 62_979],
      ["Aalborgg", 1_000],
      ["Aalborg", 1.5],
      ["Aalborg", 195_145],
    ]);
    expect(d.best).toEqual({ quarter: { label: "2026K1", year: 2026, quarter: 1 }, matches: 1 });
    expect(d.dated).toBe(3);
    expect(
      d.rows.map((r) => [r.index, r.municipality?.code, labels(r.quarters), r.atBest])
    ).toEqual([
      [0, 840, ["2018K1"], 31_280],
      [1, 860, ["2026K1"], 62_979],
      [2, undefined, [], undefined],
      [3, 851, [], 226_033],
      [4, 851, ["2008K1", "2008K2"], 226_033],
    ]);
    expect(d.rows[2].match).toMatchObject({ ok: false, reason: "unknown" });
    expect(labels([d.span.first, d.span.last])).toEqual(["2008K1", "2026K1"]);
  });

  test("no figure matches any date: no best quarter and no figure at it", () => {
    const d = date([["Rebild", 12_345]]);
    expect(d.best).toBeNull();
    expect(d.dated).toBe(1);
    expect(labels(d.rows[0].quarters)).toEqual([]);
    expect(d.rows[0].atBest).toBeUndefined();
  });
});
