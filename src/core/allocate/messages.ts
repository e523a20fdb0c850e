// Messages of the population-key split and its audit, Danish first with English, in the style of ../messages.ts.
// Errors get their address from allocationError(); audit findings carry their cell separately.
import type { MessageLocale } from "../messages";
import type { CellError } from "../model";

type Params = Record<string, string | number>;
type Catalog = Record<string, (p: Params) => string>;

const da: Catalog = {
  // Errors in the input
  "no-key-table": () =>
    `ingen fordelingstabel fundet: tabellen skal have overskrifterne Kommune og Indbyggere (eller Beløb for en eksisterende nøgle)`,
  "missing-name-column": () => `kolonnen 'Kommune' mangler i fordelingstabellen`,
  "missing-population-column": (p) =>
    p.hasAmounts
      ? `kolonnen 'Indbyggere' mangler: tabellen har kun beløb. Tilføj indbyggertallene, eller vælg at fordele efter de angivne beløb`
      : `kolonnen 'Indbyggere' mangler i fordelingstabellen`,
  "missing-amount-column": () => `fordeling efter de angivne beløb kræver en kolonne 'Beløb'`,
  "empty-key": () => `fordelingstabellen er tom: der er ingen kommuner under overskriftsrækken`,
  "missing-name": () => `rækken har tal, men intet kommunenavn`,
  "missing-population": (p) => `${p.name} mangler et indbyggertal`,
  "missing-amount": (p) => `${p.name} mangler et beløb`,
  "population-not-positive": (p) =>
    `indbyggertallet for ${p.name} skal være over 0 (står ${p.text})`,
  "population-not-integer": (p) =>
    `indbyggertallet for ${p.name} skal være et helt tal (står ${p.text})`,
  "fixed-negative": (p) => `det faste beløb for ${p.name} må ikke være negativt (står ${p.text})`,
  "fixed-twice": () =>
    `brug enten et fast beløb pr. kommune (kolonnen Fast beløb) eller et fælles fast beløb, ikke begge`,
  "fixed-exceeds-total": (p) => `de faste beløb (${p.fixed}) er større end totalen ${p.total}`,
  "duplicate-name": (p) => `${p.name} står to gange (også i række ${p.other})`,
  "bad-share": (p) => `'${p.text}' er ikke en andel: skriv fx '3,47 %' eller '0,0347'`,
  "not-whole-oere": (p) => `'${p.text}' har mere end to decimaler i kroner`,
  "total-not-positive": (p) => `totalen skal være over 0 kr. (er ${p.total})`,
  "unit-not-positive": (p) => `afrundingsenheden skal være over 0 kr. (er ${p.unit})`,
  "total-not-multiple": (p) =>
    `totalen ${p.total} kan ikke deles i ${p.instalments} ${p.instalmentWord} af hele ${p.unit}: den skal være et multiplum af ${p.step} (fx ${p.below} eller ${p.above})`,
  "bad-option": (p) => `ugyldig indstilling ${p.path}: ${p.detail}`,
  "fixed-national": () =>
    `et fælles fast beløb kan ikke bruges, når totalen fordeles i to trin (over husene og derefter kommunerne)`,
  "hub-gets-nothing": () =>
    `Huset får 0 kr. af totalen i denne afrunding, så der er intet at fordele.`,
  "shipped-source": (p) => `${p.credit} (FOLK1A, befolkningen 1. januar ${p.year})`,
  // Method sentences
  "method-largest-remainder": (p) =>
    `Metode: største rest (Hamilton). ${p.perWhat} er rundet ned til hele ${p.unit}, og ${p.leftover}. Ved lige rester går enheden først til ${p.largest}, derefter efter navn i dansk alfabetisk orden. Beløbene summer præcist til ${p.total}.`,
  "largest-population": () => `det største indbyggertal`,
  "largest-amount": () => `det største angivne beløb`,
  "leftover-0": () => `der var ingen enheder tilbage`,
  "per-instalment": () => ` pr. rate`,
  "leftover-1": (p) => `den 1 resterende enhed${p.per} er givet til kommunen med den største rest`,
  "leftover-n": (p) =>
    `de ${p.count} resterende enheder${p.per} er givet til de ${p.count} kommuner med de største rester`,
  "method-round-each": (p) =>
    `Metode: afrund hver (den gamle metode). ${p.perWhat} er afrundet for sig til nærmeste ${p.unit} (halve op)${p.times}. Beløbene summer til ${p.sum}: ${p.difference}.`,
  "per-what-1": () => `Hver kommunes årsbeløb`,
  "per-what-4": () => `Hver kommunes kvartalsrate`,
  "per-what-12": () => `Hver kommunes månedsrate`,
  "per-what-1-hubs": () => `Hvert hus' årsbeløb`,
  "per-what-4-hubs": () => `Hvert hus' kvartalsrate`,
  "per-what-12-hubs": () => `Hvert hus' månedsrate`,
  "leftover-1-hubs": (p) =>
    `den 1 resterende enhed${p.per} er givet til huset med den største rest`,
  "leftover-n-hubs": (p) =>
    `de ${p.count} resterende enheder${p.per} er givet til de ${p.count} huse med de største rester`,
  "times-4": () => ` og ganget med 4`,
  "times-12": () => ` og ganget med 12`,
  "difference-zero": () => `det passer med totalen denne gang, men metoden sikrer det ikke`,
  "difference-below": (p) => `${p.amount} mindre end totalen ${p.total}`,
  "difference-above": (p) => `${p.amount} mere end totalen ${p.total}`,
  "instalment-word-1": () => `årlige beløb`,
  "instalment-word-4": () => `kvartalsrater`,
  "instalment-word-12": () => `månedsrater`,
  "method-name-largest-remainder": () => `største rest (Hamilton)`,
  "method-name-round-each": () => `afrund hver (gammel metode)`,
  // Audit findings
  "share-mismatch": (p) =>
    `${p.name}: angivet andel ${p.stated}, men ${p.population} af ${p.sum} indbyggere er ${p.exact}, dvs. ${p.recomputed}`,
  "share-sum": (p) => `de angivne andele summer til ${p.stated}, ikke ${p.expected}`,
  "total-row-population": (p) =>
    `totalrækken angiver ${p.stated} indbyggere, men kommunerne summer til ${p.recomputed}`,
  "total-row-share": (p) =>
    `totalrækken angiver andelen ${p.stated}, men andelene summer til ${p.recomputed}`,
  "total-row-amount": (p) =>
    `totalrækken angiver ${p.stated}, men beløbene summer til ${p.recomputed}`,
  "amount-gap": (p) =>
    `beløbene summer til ${p.stated}, ${p.gap} ${p.direction} end totalen ${p.total}`,
  "gap-below": () => `mindre`,
  "gap-above": () => `mere`,
  "instalment-rounding": (p) =>
    `alle beløb er delelige med ${p.instalments} × ${p.unit} = ${p.step}, altså ${p.instalments} ens ${p.instalmentWord} af hele ${p.unit}. Raterne summer til ${p.statedUnits} × ${p.unit} i stedet for ${p.totalUnits} × ${p.unit}, og ${p.instalments} × ${p.perInstalment} = ${p.gap} om året. Det forklares af den gamle metode, hvor hver kommunes rate afrundes for sig: der findes andele, som giver præcis disse rater, og ${p.count} afrundinger kan tilsammen flytte op til ${p.count} × ½ enhed pr. rate`,
  "instalment-rounding-unexplained": (p) =>
    `alle beløb er ${p.instalments} ens ${p.instalmentWord} af hele ${p.unit}, men raterne afviger ${p.perInstalment} pr. rate fra totalen. Det er mere, end ${p.count} afrundinger af højst ½ enhed kan forklare`,
  "instalment-hint": (p) =>
    `alle beløb er delelige med ${p.instalments} × ${p.unit}: nøglen ser ud til at være beregnet som ${p.instalmentWord} af hele ${p.unit}. Prøv med ${p.instalments} rater, afrunding ${p.unit} og metoden 'afrund hver' (round-each) for at genskabe den`,
  "amount-mismatch": (p) =>
    `${p.name}: angivet ${p.stated}, genberegnet med ${p.method} ${p.recomputed} (${p.difference})`,
  "amounts-reproduced": (p) =>
    `genberegningen med ${p.method}, ${p.instalments} ${p.instalmentWord} og afrunding ${p.unit} giver præcis de angivne beløb for alle ${p.count} kommuner${p.circular}`,
  "amounts-reproduced-circular": () =>
    ` (nøglen er her de angivne beløb selv, så det viser kun, at metoden er forenelig med dem; indbyggertallene er ikke i tabellen)`,
  "population-date": (p) =>
    `indbyggertallene er Danmarks Statistiks tal pr. ${p.date} (${p.matches} af ${p.of} kommuner). De nyeste tal er pr. ${p.newest}`,
  "population-date-nothing": (p) =>
    `ingen af indbyggertallene er Danmarks Statistiks tal for en kommune pr. en dato fra ${p.first} til ${p.last}. De nyeste tal er pr. ${p.newest}`,
  "population-date-other": (p) =>
    `${p.name}: ${p.value} er Danmarks Statistiks tal pr. ${p.dates}${p.atBest}`,
  "population-date-none": (p) =>
    `${p.name}: ${p.value} er ikke Danmarks Statistiks tal pr. nogen dato fra ${p.first} til ${p.last}${p.atBest}`,
  "population-date-at-best": (p) => `, ikke pr. ${p.date} (${p.value})`,
  "population-date-at-best-none": (p) => ` (pr. ${p.date}: ${p.value})`,
  "population-date-unknown": (p) => `${p.problem}, så indbyggertallet kan ikke dateres`,
  and: () => ` og `,
  "summary-population-date": (p) =>
    `indbyggertallene er fra ${p.date} (${p.matches} af ${p.of} kommuner)`,
  "summary-population-date-nothing": () =>
    `indbyggertallene er ikke Danmarks Statistiks tal for nogen dato`,
  "summary-population-date-other": (p) => `${p.count} er fra en anden dato`,
  "summary-population-date-none": (p) => `${p.count} passer ikke med nogen dato`,
  "summary-none": () => `Revision: ingen afvigelser. Andele, beløb og totaler stemmer.`,
  "summary-prefix": (p) =>
    `Revision: ${p.discrepancies} afvigelse${p.discrepancies === 1 ? "" : "r"}, ${p.notes} forklaring${p.notes === 1 ? "" : "er"}. `,
  "summary-share-mismatch": (p) => `${p.count} af ${p.of} andele følger ikke af indbyggertallene`,
  "summary-amount-mismatch": (p) => `${p.count} af ${p.of} beløb afviger fra genberegningen`,
  "summary-share-sum": (p) => `andelene summer til ${p.stated}`,
  "summary-total-row-population": (p) =>
    `totalrækken angiver ${p.stated} indbyggere, summen er ${p.recomputed}`,
  "summary-total-row-share": (p) =>
    `totalrækken angiver ${p.stated}, andelene summer til ${p.recomputed}`,
  "summary-total-row-amount": (p) =>
    `totalrækken angiver ${p.stated}, beløbene summer til ${p.recomputed}`,
  "summary-amount-gap": (p) =>
    `beløbene summer til ${p.stated}, ${p.gap} ${p.direction} end totalen`,
  "summary-instalment-rounding": (p) =>
    `forskellen skyldes, at hver kommunes rate er afrundet for sig til hele ${p.unit}`,
  "summary-instalment-rounding-unexplained": () =>
    `forskellen kan ikke forklares af afrunding alene`,
  "summary-instalment-hint": (p) => `beløbene ligner ${p.instalmentWord} af hele ${p.unit}`,
  "summary-amounts-reproduced": (p) => `${p.method} genskaber de angivne beløb`,
};

const en: Catalog = {
  "no-key-table": () =>
    `no allocation table found: the table needs the headers Kommune and Indbyggere (or Beløb for an existing key)`,
  "missing-name-column": () => `the allocation table has no 'Kommune' column`,
  "missing-population-column": (p) =>
    p.hasAmounts
      ? `the 'Indbyggere' column is missing: the table only has amounts. Add the populations, or choose to split by the stated amounts`
      : `the allocation table has no 'Indbyggere' column`,
  "missing-amount-column": () => `splitting by the stated amounts needs a 'Beløb' column`,
  "empty-key": () =>
    `the allocation table is empty: there are no municipalities below the header row`,
  "missing-name": () => `the row has figures but no municipality name`,
  "missing-population": (p) => `${p.name} has no population`,
  "missing-amount": (p) => `${p.name} has no amount`,
  "population-not-positive": (p) => `the population of ${p.name} must be above 0 (it is ${p.text})`,
  "population-not-integer": (p) =>
    `the population of ${p.name} must be a whole number (it is ${p.text})`,
  "fixed-negative": (p) => `the fixed amount for ${p.name} must not be negative (it is ${p.text})`,
  "fixed-twice": () =>
    `use either a fixed amount per municipality (the Fast beløb column) or one shared fixed amount, not both`,
  "fixed-exceeds-total": (p) => `the fixed amounts (${p.fixed}) exceed the total ${p.total}`,
  "duplicate-name": (p) => `${p.name} appears twice (also in row ${p.other})`,
  "bad-share": (p) => `'${p.text}' is not a share: write e.g. '3,47 %' or '0,0347'`,
  "not-whole-oere": (p) => `'${p.text}' has more than two decimals in kroner`,
  "total-not-positive": (p) => `the total must be above DKK 0 (it is ${p.total})`,
  "unit-not-positive": (p) => `the rounding unit must be above DKK 0 (it is ${p.unit})`,
  "total-not-multiple": (p) =>
    `the total ${p.total} cannot be split into ${p.instalments} ${p.instalmentWord} of whole ${p.unit}: it must be a multiple of ${p.step} (e.g. ${p.below} or ${p.above})`,
  "bad-option": (p) => `invalid setting ${p.path}: ${p.detail}`,
  "fixed-national": () =>
    `a shared fixed amount cannot be used when the total is split in two levels (over the hubs, then the municipalities)`,
  "hub-gets-nothing": () =>
    `The hub gets DKK 0 of the total at this rounding, so there is nothing to split.`,
  "shipped-source": (p) => `Source: Statistics Denmark (FOLK1A, population on 1 January ${p.year})`,
  "method-largest-remainder": (p) =>
    `Method: largest remainder (Hamilton). ${p.perWhat} is rounded down to whole ${p.unit}, and ${p.leftover}. On equal remainders the unit goes to ${p.largest} first, then by name in Danish alphabetical order. The amounts add up exactly to ${p.total}.`,
  "largest-population": () => `the larger population`,
  "largest-amount": () => `the larger stated amount`,
  "leftover-0": () => `no units were left over`,
  "per-instalment": () => ` per instalment`,
  "leftover-1": (p) =>
    `the 1 remaining unit${p.per} goes to the municipality with the largest remainder`,
  "leftover-n": (p) =>
    `the ${p.count} remaining units${p.per} go to the ${p.count} municipalities with the largest remainders`,
  "method-round-each": (p) =>
    `Method: round each (the legacy method). ${p.perWhat} is rounded on its own to the nearest ${p.unit} (halves up)${p.times}. The amounts add up to ${p.sum}: ${p.difference}.`,
  "per-what-1": () => `Each municipality's yearly amount`,
  "per-what-4": () => `Each municipality's quarterly instalment`,
  "per-what-12": () => `Each municipality's monthly instalment`,
  "per-what-1-hubs": () => `Each hub's yearly amount`,
  "per-what-4-hubs": () => `Each hub's quarterly instalment`,
  "per-what-12-hubs": () => `Each hub's monthly instalment`,
  "leftover-1-hubs": (p) =>
    `the 1 remaining unit${p.per} goes to the hub with the largest remainder`,
  "leftover-n-hubs": (p) =>
    `the ${p.count} remaining units${p.per} go to the ${p.count} hubs with the largest remainders`,
  "times-4": () => ` and multiplied by 4`,
  "times-12": () => ` and multiplied by 12`,
  "difference-zero": () => `it matches the total this time, but the method does not guarantee it`,
  "difference-below": (p) => `${p.amount} less than the total ${p.total}`,
  "difference-above": (p) => `${p.amount} more than the total ${p.total}`,
  "instalment-word-1": () => `yearly amounts`,
  "instalment-word-4": () => `quarterly instalments`,
  "instalment-word-12": () => `monthly instalments`,
  "method-name-largest-remainder": () => `largest remainder (Hamilton)`,
  "method-name-round-each": () => `round each (legacy method)`,
  "share-mismatch": (p) =>
    `${p.name}: stated share ${p.stated}, but ${p.population} of ${p.sum} residents is ${p.exact}, i.e. ${p.recomputed}`,
  "share-sum": (p) => `the stated shares add up to ${p.stated}, not ${p.expected}`,
  "total-row-population": (p) =>
    `the total row states ${p.stated} residents, but the municipalities add up to ${p.recomputed}`,
  "total-row-share": (p) =>
    `the total row states the share ${p.stated}, but the shares add up to ${p.recomputed}`,
  "total-row-amount": (p) =>
    `the total row states ${p.stated}, but the amounts add up to ${p.recomputed}`,
  "amount-gap": (p) =>
    `the amounts add up to ${p.stated}, ${p.gap} ${p.direction} than the total ${p.total}`,
  "gap-below": () => `less`,
  "gap-above": () => `more`,
  "instalment-rounding": (p) =>
    `every amount is divisible by ${p.instalments} × ${p.unit} = ${p.step}, i.e. ${p.instalments} equal ${p.instalmentWord} of whole ${p.unit}. The instalments add up to ${p.statedUnits} × ${p.unit} instead of ${p.totalUnits} × ${p.unit}, and ${p.instalments} × ${p.perInstalment} = ${p.gap} a year. This is explained by the legacy method, which rounds each municipality's instalment on its own: there are shares that give exactly these instalments, and ${p.count} roundings can together move up to ${p.count} × ½ unit per instalment`,
  "instalment-rounding-unexplained": (p) =>
    `every amount is ${p.instalments} equal ${p.instalmentWord} of whole ${p.unit}, but the instalments differ by ${p.perInstalment} per instalment from the total. That is more than ${p.count} roundings of at most ½ unit can explain`,
  "instalment-hint": (p) =>
    `every amount is divisible by ${p.instalments} × ${p.unit}: the key looks computed as ${p.instalmentWord} of whole ${p.unit}. Try ${p.instalments} instalments, unit ${p.unit} and the method 'round each' (round-each) to reproduce it`,
  "amount-mismatch": (p) =>
    `${p.name}: stated ${p.stated}, recomputed with ${p.method} ${p.recomputed} (${p.difference})`,
  "amounts-reproduced": (p) =>
    `recomputing with ${p.method}, ${p.instalments} ${p.instalmentWord} and unit ${p.unit} gives exactly the stated amounts for all ${p.count} municipalities${p.circular}`,
  "amounts-reproduced-circular": () =>
    ` (the key here is the stated amounts themselves, so this only shows the method is consistent with them; the populations are not in the table)`,
  "population-date": (p) =>
    `the populations are Statistics Denmark's figures for ${p.date} (${p.matches} of ${p.of} municipalities). The latest figures are for ${p.newest}`,
  "population-date-nothing": (p) =>
    `none of the populations is Statistics Denmark's figure for a municipality on any date from ${p.first} to ${p.last}. The latest figures are for ${p.newest}`,
  "population-date-other": (p) =>
    `${p.name}: ${p.value} is Statistics Denmark's figure for ${p.dates}${p.atBest}`,
  "population-date-none": (p) =>
    `${p.name}: ${p.value} is not Statistics Denmark's figure for any date from ${p.first} to ${p.last}${p.atBest}`,
  "population-date-at-best": (p) => `, not for ${p.date} (${p.value})`,
  "population-date-at-best-none": (p) => ` (${p.date}: ${p.value})`,
  "population-date-unknown": (p) => `${p.problem}, so its population cannot be dated`,
  and: () => ` and `,
  "summary-population-date": (p) =>
    `the populations are from ${p.date} (${p.matches} of ${p.of} municipalities)`,
  "summary-population-date-nothing": () =>
    `the populations are not Statistics Denmark's figures for any date`,
  "summary-population-date-other": (p) => `${p.count} from another date`,
  "summary-population-date-none": (p) => `${p.count} matching no date`,
  "summary-none": () => `Audit: no discrepancies. Shares, amounts and totals agree.`,
  "summary-prefix": (p) =>
    `Audit: ${p.discrepancies} discrepanc${p.discrepancies === 1 ? "y" : "ies"}, ${p.notes} explanation${p.notes === 1 ? "" : "s"}. `,
  "summary-share-mismatch": (p) =>
    `${p.count} of ${p.of} shares do not follow from the populations`,
  "summary-amount-mismatch": (p) => `${p.count} of ${p.of} amounts differ from the recomputation`,
  "summary-share-sum": (p) => `the shares add up to ${p.stated}`,
  "summary-total-row-population": (p) =>
    `the total row states ${p.stated} residents, the sum is ${p.recomputed}`,
  "summary-total-row-share": (p) =>
    `the total row states ${p.stated}, the shares add up to ${p.recomputed}`,
  "summary-total-row-amount": (p) =>
    `the total row states ${p.stated}, the amounts add up to ${p.recomputed}`,
  "summary-amount-gap": (p) =>
    `the amounts add up to ${p.stated}, ${p.gap} ${p.direction} than the total`,
  "summary-instalment-rounding": (p) =>
    `the gap comes from rounding each municipality's instalment on its own to whole ${p.unit}`,
  "summary-instalment-rounding-unexplained": () => `the gap cannot be explained by rounding alone`,
  "summary-instalment-hint": (p) => `the amounts look like ${p.instalmentWord} of whole ${p.unit}`,
  "summary-amounts-reproduced": (p) => `${p.method} reproduces the stated amounts`,
};

const catalogs = { da, en };

export function allocationMessage(
  locale: MessageLocale,
  code: string,
  params: Params = {}
): string {
  const entry = catalogs[locale][code] ?? catalogs.da[code];
  // An amount ends in "kr." and may end a sentence: "16.500.000 kr.." is written once.
  return entry ? entry(params).replace(/kr\.\./g, "kr.") : code;
}

/** An error that travels with its address. An error about a setting (the total) has sheet "" and cell "". */
export function allocationError(
  locale: MessageLocale,
  where: { sheet: string; cell: string },
  code: string,
  params: Params = {}
): CellError {
  return {
    sheet: where.sheet,
    cell: where.cell,
    code,
    message: allocationMessage(locale, code, params),
  };
}
