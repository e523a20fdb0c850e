// "Sagsfremstilling": the memo's generated account of the result — what was reported, the overall fulfilment (and its
// range while goals are pending), how many goals are met, partly met, not met and pending, the goals not fully met
// with their explanation, the pending goals, and fulfilments KKR agreed with their reasons. Every figure comes from
// the EvaluationResult Oversigt shows; nothing is computed again here.
import type { EvaluationResult, GoalResult } from "../evaluate";
import type { GroupedGoals, KnownGroup } from "../groups";
import type { Status } from "../model";
import { inSentence, joinDanish, percent, percentRange } from "./danish";
import type { MemoBlock } from "./model";

export interface MemoNames {
  hub?: string;
  kkr?: string;
  year?: number;
  statusDate?: string;
}

/** One goal of a group, for "3 nationalt fastsatte mål" but "1 regionalt mål". */
const SINGULAR: Record<KnownGroup, string> = {
  national: "nationalt fastsat mål",
  faelles: "fælles indsatsmål",
  regional: "regionalt mål",
};

const COUNT_WORDS: [Status, string][] = [
  ["Opfyldt", "er opfyldt"],
  ["Delvist opfyldt", "er delvist opfyldt"],
  ["Ikke opfyldt", "er ikke opfyldt"],
  ["Afventer data", "afventer data"],
  ["Fejl", "kan ikke beregnes"],
];

export function contractWords(year: number | undefined): string {
  return year === undefined ? "resultatkontrakten" : `resultatkontrakt ${year}`;
}

/** "Mål 6, Erhvervshusene som knudepunkter i erhvervsfremmesystemet" */
export function goalName(goal: GoalResult): string {
  return goal.title ? `Mål ${goal.id}, ${goal.title}` : `Mål ${goal.id}`;
}

/** Whether the result still has goals awaiting data (a status during the year, not a final report). */
export function isStatus(result: EvaluationResult): boolean {
  return result.goals.some((g) => g.status === "Afventer data");
}

function counted(result: EvaluationResult): number {
  return result.goals.filter((g) => g.status !== "Fejl").length;
}

function introParagraph(result: EvaluationResult, grouped: GroupedGoals, names: MemoNames): string {
  const who = names.hub ?? "Erhvervshuset";
  const withKkr = names.kkr ? ` med ${names.kkr}` : "";
  const contract = contractWords(names.year);
  const first = isStatus(result)
    ? `${who} har gjort status på ${contract}${withKkr}${names.statusDate ? ` pr. ${names.statusDate}` : ""}.`
    : `${who} har afrapporteret på ${contract}${withKkr}.`;
  const n = result.goals.length;
  let second = `Kontrakten har ${n} mål`;
  if (grouped.grouped) {
    const groups = grouped.groups.map((g) => {
      const m = g.goals.length;
      const word =
        m === 1 && g.key in SINGULAR ? SINGULAR[g.key as KnownGroup] : inSentence(g.label);
      return `${m} ${word}`;
    });
    second += `: ${joinDanish(groups)}`;
  }
  return `${first} ${second}.`;
}

function countSentence(result: EvaluationResult): string {
  const n = result.goals.length;
  const items = COUNT_WORDS.filter(([s]) => result.counts[s] > 0).map(([s, words]) => ({
    n: result.counts[s],
    words,
  }));
  if (items.length === 1 && items[0].words === "er opfyldt") return `Alle ${n} mål er opfyldt.`;
  return `${joinDanish(items.map((it, i) => (i === 0 ? `${it.n} mål ${it.words}` : `${it.n} ${it.words}`)))}.`;
}

function overallParagraph(result: EvaluationResult, grouped: GroupedGoals): string {
  const total = counted(result);
  const pending = result.counts["Afventer data"];
  let text: string;
  if (result.overall === null) {
    text =
      total === 0
        ? "Der er ingen mål at beregne."
        : `Ingen af de ${total} mål er målt endnu; den samlede målopfyldelse kan blive mellem 0 % og 100 %.`;
  } else if (pending > 0 && result.overallRange) {
    const [lo, hi] = result.overallRange;
    text =
      `${total - pending} af de ${total} mål er målt, og den foreløbige samlede målopfyldelse er ` +
      `${percent(result.overall)}. Når de ${pending} mål, der afventer data, er opgjort, vil den ligge mellem ` +
      `${percent(lo)} og ${percent(hi)}.`;
  } else {
    text = `Den samlede målopfyldelse er ${percent(result.overall)}.`;
  }
  text += ` ${countSentence(result)}`;
  if (grouped.showSubtotals) {
    const parts = grouped.groups.map((g) => {
      const s = g.subtotal;
      const figure =
        s.fulfilment === null
          ? "afventer data"
          : s.range && s.range[0] !== s.range[1]
            ? `${percent(s.fulfilment)} (${percentRange(s.range)})`
            : percent(s.fulfilment);
      return `${inSentence(g.label)} ${figure}`;
    });
    text += ` Fordelt på grupper: ${joinDanish(parts)}.`;
  }
  return text;
}

function statusWords(goal: GoalResult): string {
  return goal.status === "Delvist opfyldt" ? "delvist opfyldt" : "ikke opfyldt";
}

function notFullyMet(goal: GoalResult): string {
  const figure = goal.fulfilment === null ? "" : `, ${percent(goal.fulfilment)}`;
  const why = goal.agreed ? "aftalt, se nedenfor" : goal.explanation;
  const remark = goal.remark ? ` Bemærkning: ${goal.remark}` : "";
  return `${goalName(goal)}: ${statusWords(goal)}${figure}${why ? ` (${why})` : ""}.${remark}`;
}

function pendingItem(goal: GoalResult): string {
  return `${goalName(goal)}${goal.remark ? `: ${goal.remark}` : ""}`;
}

function agreedItem(goal: GoalResult): string {
  const a = goal.agreed!;
  const computed =
    goal.computed === null ? "beregnet: afventer data" : `beregnet ${percent(goal.computed)}`;
  return `${goalName(goal)}: aftalt ${percent(a.value)} (${computed})${a.reason ? `, begrundet med: ${a.reason}` : ""}`;
}

const howMany = (n: number) => (n === 1 ? "Et mål" : `${n} mål`);

/** The blocks under the heading "Sagsfremstilling". */
export function sagsfremstilling(
  result: EvaluationResult,
  grouped: GroupedGoals,
  names: MemoNames
): MemoBlock[] {
  const order = grouped.groups.flatMap((g) => g.goals);
  const blocks: MemoBlock[] = [
    { kind: "paragraph", text: introParagraph(result, grouped, names) },
    { kind: "paragraph", text: overallParagraph(result, grouped) },
  ];
  const short = order.filter((g) => g.status === "Delvist opfyldt" || g.status === "Ikke opfyldt");
  if (short.length > 0) {
    blocks.push(
      { kind: "paragraph", text: `${howMany(short.length)} er ikke fuldt opfyldt:` },
      { kind: "list", items: short.map(notFullyMet) }
    );
  }
  const pending = order.filter((g) => g.status === "Afventer data");
  if (pending.length > 0) {
    blocks.push(
      {
        kind: "paragraph",
        text: `${howMany(pending.length)} afventer data og indgår ikke i den foreløbige målopfyldelse:`,
      },
      { kind: "list", items: pending.map(pendingItem) }
    );
  }
  const agreed = order.filter((g) => g.agreed);
  if (agreed.length > 0) {
    blocks.push(
      {
        kind: "paragraph",
        text: `For ${agreed.length === 1 ? "et mål" : `${agreed.length} mål`} er opfyldelsen aftalt i stedet for beregnet:`,
      },
      { kind: "list", items: agreed.map(agreedItem) }
    );
  }
  return blocks;
}

/** The default recommendation: approve a final report, take a status during the year into account. */
export function defaultIndstilling(result: EvaluationResult, names: MemoNames): string {
  const kkr = names.kkr ?? "KKR";
  if (!isStatus(result)) {
    const figure =
      result.overall === null ? "" : ` med en samlet målopfyldelse på ${percent(result.overall)}`;
    return `Det indstilles, at ${kkr} godkender afrapporteringen${names.year ? ` for ${names.year}` : ""}${figure}.`;
  }
  const pending = result.counts["Afventer data"];
  const figure =
    result.overall === null || !result.overallRange
      ? ""
      : ` Den foreløbige samlede målopfyldelse er ${percent(result.overall)} (${percentRange(result.overallRange)}), og ${pending} af ${counted(result)} mål afventer data.`;
  return `Det indstilles, at ${kkr} tager status til efterretning.${figure}`;
}
