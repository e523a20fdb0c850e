// Finds goal tables by their headers. Header names match ignoring case, spaces, punctuation and accents,
// with English aliases, so "Mål 100 %", "mal100%" and "Target 100%" are the same column.
import { GOAL_OUTPUTS, type GoalOutputRole } from "./goalOutputs";

/** "Mål 100 %" → "mal100%", "Vægt" → "vaegt", "Tærskel" → "taerskel". */
export function normaliseHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/[^a-z0-9%]/g, "");
}

export type GoalColumnRole =
  | "nr"
  | "title"
  | "part"
  | "segment"
  | "result"
  | "indicator"
  | "rule"
  | "direction"
  | "year"
  | "weight"
  | "combine"
  | "rowCombine"
  | "agreed"
  | "reason"
  | "baseline"
  | GoalOutputRole;

const ALIASES: Record<GoalColumnRole, string[]> = {
  // Danish variants from the seeds and result contracts (issue 14): "Nr." (punctuation is ignored), "Målnummer",
  // "Målsætning", "Målbeskrivelse", "Opnået", "Realiseret", "Opnået resultat".
  nr: [
    "nr",
    "no",
    "nummer",
    "malnr",
    "maalnr",
    "malnummer",
    "maalnummer",
    "lobenr",
    "lobenummer",
    "id",
    "goalno",
    "goalid",
    "number",
  ],
  title: [
    "mal",
    "maal",
    "titel",
    "title",
    "goal",
    "malnavn",
    "overskrift",
    "malsaetning",
    "maalsaetning",
    "malbeskrivelse",
    "maalbeskrivelse",
  ],
  part: ["del", "delmal", "delmaal", "part", "subgoal"],
  segment: ["segment"],
  result: [
    "resultat",
    "result",
    "actual",
    "opnaet",
    "opnaaet",
    "opnaetresultat",
    "faktisk",
    "faktiskresultat",
    "realiseret",
  ],
  indicator: ["indikator", "indicator", "beregning"],
  rule: ["regel", "rule", "opfyldelsesregel"],
  direction: ["retning", "direction"],
  year: ["ar", "aar", "year", "arstal", "aarstal"],
  weight: ["vaegt", "weight"],
  combine: ["samling", "rollup", "aggregation", "combine"],
  rowCombine: ["segmentsamling", "raekkesamling", "rowrollup", "segmentrollup"],
  agreed: ["aftaltopfyldelse", "aftalt", "agreedfulfilment", "agreedfulfillment", "agreed"],
  reason: ["begrundelse", "reason", "justification"],
  baseline: ["basis", "baseline", "udgangspunkt", "nulpunkt", "0punkt"],
  // The columns the add-in writes, from their one list (goalOutputs.ts).
  ...(Object.fromEntries(
    GOAL_OUTPUTS.map((c) => [c.role, c.aliases.map(normaliseHeader)])
  ) as Record<GoalOutputRole, string[]>),
};

/** The header spellings that count as a role (normalised). */
export function roleAliases(role: GoalColumnRole): string[] {
  return ALIASES[role];
}

const ROLE_BY_ALIAS = new Map<string, GoalColumnRole>();
for (const [role, aliases] of Object.entries(ALIASES) as [GoalColumnRole, string[]][]) {
  for (const a of aliases) ROLE_BY_ALIAS.set(a, role);
}

/** "Mål 100 %" / "Target 50%" / "Tærskel 75 %" → 1, 0.5, 0.75. */
export function tierFulfilmentFromHeader(header: string): number | undefined {
  // "Måltal" / "Målværdi" alone: the one target of the goal, met at 100 % (seed 003: "hjælp mod et måltal på 60").
  if (/^(maltal|maaltal|malvaerdi|maalvaerdi)$/.test(normaliseHeader(header))) return 1;
  const m = /^(mal|maal|malvaerdi|target|threshold|taerskel|terskel)(\d{1,3})%?$/.exec(
    normaliseHeader(header)
  );
  if (!m) return undefined;
  const pct = Number(m[2]);
  if (pct <= 0 || pct > 100) return undefined;
  return pct / 100;
}

export interface TierColumn {
  fulfilment: number;
  column: number;
}

/** Where each role sits in a table (column index within the table), as detected or as corrected by the user. */
export interface GoalColumnMap {
  roles: Partial<Record<GoalColumnRole, number>>;
  /** Tier columns, highest fulfilment first. */
  tiers: TierColumn[];
}

export function mapGoalColumns(headers: string[]): GoalColumnMap {
  const roles: Partial<Record<GoalColumnRole, number>> = {};
  const tiers: TierColumn[] = [];
  headers.forEach((header, column) => {
    const tier = tierFulfilmentFromHeader(header);
    if (tier !== undefined) {
      if (!tiers.some((t) => t.fulfilment === tier)) tiers.push({ fulfilment: tier, column });
      return;
    }
    const role = ROLE_BY_ALIAS.get(normaliseHeader(header));
    if (role && roles[role] === undefined) roles[role] = column;
  });
  tiers.sort((a, b) => b.fulfilment - a.fulfilment);
  return { roles, tiers };
}

/** The roles a user may map by hand, in the order the pane lists them. */
export const MAPPABLE_ROLES: GoalColumnRole[] = [
  "nr",
  "title",
  "part",
  "segment",
  "result",
  "indicator",
  "rule",
  "direction",
  "year",
  "weight",
  "combine",
  "rowCombine",
  "agreed",
  "reason",
  "baseline",
];

/**
 * Applies the user's corrections: each role named in `overrides` points at the header given (or at nothing, when the
 * header is ""). A header taken for another role is released from it.
 */
export function applyColumnOverrides(
  headers: string[],
  map: GoalColumnMap,
  overrides: Record<string, string> | undefined
): GoalColumnMap {
  if (!overrides) return map;
  const roles = { ...map.roles };
  for (const [role, header] of Object.entries(overrides)) {
    if (!(MAPPABLE_ROLES as string[]).includes(role)) continue;
    const key = normaliseHeader(header);
    const column = key === "" ? -1 : headers.findIndex((h) => normaliseHeader(h) === key);
    for (const [other, c] of Object.entries(roles))
      if (c === column && other !== role) delete roles[other as GoalColumnRole];
    if (column >= 0) roles[role as GoalColumnRole] = column;
    else delete roles[role as GoalColumnRole];
  }
  const tiers = map.tiers.filter((t) => !Object.values(roles).includes(t.column));
  return { roles, tiers };
}

/** How well a header row looks like a goal table: required headers first, then helpful ones. */
export function goalTableScore(map: GoalColumnMap): number {
  const r = map.roles;
  let score = 0;
  if (r.nr !== undefined) score += 10;
  if (r.title !== undefined) score += 10;
  if (r.result !== undefined || r.indicator !== undefined) score += 10;
  if (map.tiers.length > 0) score += 5;
  for (const role of [
    "part",
    "segment",
    "rule",
    "direction",
    "year",
    "weight",
    "agreed",
  ] as GoalColumnRole[]) {
    if (r[role] !== undefined) score += 1;
  }
  return score;
}

/** Whether a header row has what a goal table needs: Nr and Mål, plus Resultat or Indikator for a full table. */
export function looksLikeGoalTable(map: GoalColumnMap): boolean {
  return map.roles.nr !== undefined && map.roles.title !== undefined;
}

/**
 * Finds the header row of a plain range: the first of the top rows that maps Nr and Mål. Returns -1 if none.
 * Plain ranges are scanned this way; Excel tables carry their header row.
 */
export function findGoalHeaderRow(topRows: (string | number | boolean | null)[][]): number {
  for (let i = 0; i < topRows.length; i++) {
    const headers = topRows[i].map((v) => (v === null ? "" : String(v)));
    if (looksLikeGoalTable(mapGoalColumns(headers))) return i;
  }
  return -1;
}

/**
 * A plain range's header row for an evaluation table: the first row of text only with at least two cells
 * (a title line above it has one), or failing that the first non-blank row of text. Returns -1 if data comes first.
 */
export function findDataHeaderRow(topRows: (string | number | boolean | null)[][]): number {
  let firstTextRow = -1;
  for (let i = 0; i < topRows.length; i++) {
    const row = topRows[i];
    const texts = row.filter((v) => typeof v === "string" && v.trim() !== "").length;
    const others = row.filter((v) => typeof v === "number" || typeof v === "boolean").length;
    if (others > 0) break;
    if (texts >= 2) return i;
    if (texts === 1 && firstTextRow < 0) firstTextRow = i;
  }
  return firstTextRow;
}

/**
 * Descriptive columns (issue 17): carried from the goal table to the results, the summary and the memo, never
 * computed on. Kept apart from GoalColumnRole so the column mapping, the pane's role labels and what-if are untouched.
 *   group:  `Type` / `Kategori` / `Måltype` (English `Type` / `Category`): "Nationalt fastsat mål", "Fælles indsatsmål" …
 *   remark: `Bemærkning` / `Kommentar` (English `Remark` / `Comment`): the consultant's own words about a goal.
 */
export type DescriptiveColumn = "group" | "remark";

const DESCRIPTIVE_ALIASES: Record<DescriptiveColumn, string[]> = {
  group: [
    "type",
    "kategori",
    "maltype",
    "maaltype",
    "malgruppe",
    "maalgruppe",
    "category",
    "goaltype",
    "goalgroup",
  ],
  remark: [
    "bemaerkning",
    "bemaerkninger",
    "kommentar",
    "kommentarer",
    "remark",
    "remarks",
    "comment",
    "comments",
  ],
};

/** Where the descriptive columns sit (column index within the table); a column another role took is left to it. */
export function mapDescriptiveColumns(
  headers: string[],
  map?: GoalColumnMap
): Partial<Record<DescriptiveColumn, number>> {
  const taken = new Set<number>([
    ...Object.values(map?.roles ?? {}),
    ...(map?.tiers ?? []).map((t) => t.column),
  ]);
  const out: Partial<Record<DescriptiveColumn, number>> = {};
  for (const column of Object.keys(DESCRIPTIVE_ALIASES) as DescriptiveColumn[]) {
    const index = headers.findIndex(
      (h, c) => !taken.has(c) && DESCRIPTIVE_ALIASES[column].includes(normaliseHeader(h))
    );
    if (index >= 0) out[column] = index;
  }
  return out;
}
