// Which goals of two or more goal tables are the same goal. Never by row position: by number first, where the titles
// confirm it (words.ts, SAME_NUMBER_SIMILARITY), then the goals left over by title alone (RENUMBERED_SIMILARITY),
// best match first; such a goal is renumbered. Tables are taken in order, each against the goals before it (the
// latest version of each), so a goal missing for a year is found again after it.
import {
  normaliseGoalNumber,
  RENUMBERED_SIMILARITY,
  SAME_NUMBER_SIMILARITY,
  titleSimilarity,
  titleWords,
} from "./words";

export interface Matchable {
  nr: string;
  title: string;
}

/** One goal across the tables: its version in each table (null where it is not there). */
export interface AlignedGoal<G extends Matchable> {
  versions: (G | null)[];
}

/** Whether two goals with the same number are the same goal: the titles agree enough, or one has no words to tell. */
export function sameNumberedGoal(a: Matchable, b: Matchable): boolean {
  if (normaliseGoalNumber(a.nr) !== normaliseGoalNumber(b.nr)) return false;
  if (titleWords(a.title).length === 0 || titleWords(b.title).length === 0) return true;
  return titleSimilarity(a.title, b.title) >= SAME_NUMBER_SIMILARITY;
}

/** The latest version of an aligned goal before table `k`. */
function latest<G extends Matchable>(row: AlignedGoal<G>, k: number): G | null {
  for (let t = k - 1; t >= 0; t--) if (row.versions[t]) return row.versions[t];
  return null;
}

/**
 * Aligns the goals of the tables (each in table order). The result is in a diff's order: the first table's goals,
 * with a goal that is new in a later table placed after the goal before it in that table (and after goals that table
 * no longer has).
 */
export function alignGoals<G extends Matchable>(tables: G[][]): AlignedGoal<G>[] {
  const n = tables.length;
  const rows: AlignedGoal<G>[] = (tables[0] ?? []).map((g) => ({
    versions: [g, ...new Array<G | null>(n - 1).fill(null)],
  }));
  for (let k = 1; k < n; k++) {
    const goals = tables[k];
    const rowOf = new Array<AlignedGoal<G> | undefined>(goals.length);
    const taken = new Set<AlignedGoal<G>>();
    // 1. Same number, titles agreeing.
    goals.forEach((goal, i) => {
      const row = rows.find((r) => {
        const prev = latest(r, k);
        return prev !== null && !taken.has(r) && sameNumberedGoal(prev, goal);
      });
      if (row) {
        rowOf[i] = row;
        taken.add(row);
      }
    });
    // 2. The rest by title, the most alike pair first (ties: earlier goal, earlier row).
    const pairs: { i: number; row: AlignedGoal<G>; rowIndex: number; score: number }[] = [];
    goals.forEach((goal, i) => {
      if (rowOf[i]) return;
      rows.forEach((row, rowIndex) => {
        const prev = latest(row, k);
        if (!prev || taken.has(row)) return;
        const score = titleSimilarity(prev.title, goal.title);
        if (score >= RENUMBERED_SIMILARITY) pairs.push({ i, row, rowIndex, score });
      });
    });
    pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.rowIndex - b.rowIndex);
    for (const p of pairs) {
      if (rowOf[p.i] || taken.has(p.row)) continue;
      rowOf[p.i] = p.row;
      taken.add(p.row);
    }
    // 3. Place this table's goals: matched ones where they are; a new one after the goal before it in this table.
    let after = -1;
    goals.forEach((goal, i) => {
      const row = rowOf[i];
      if (row) {
        row.versions[k] = goal;
        after = rows.indexOf(row);
      } else {
        // After the goals of earlier tables that this table no longer has (a diff's "removed, then added").
        while (
          after + 1 < rows.length &&
          !taken.has(rows[after + 1]) &&
          !rows[after + 1].versions[k]
        )
          after++;
        const fresh: AlignedGoal<G> = { versions: new Array<G | null>(n).fill(null) };
        fresh.versions[k] = goal;
        rows.splice(after + 1, 0, fresh);
        after += 1;
      }
    });
  }
  return rows;
}
