// The KKR.* custom functions: the entry Excel loads (in the task pane's page, a shared runtime; see
// docs/functions.md). Each function is a thin wrapper: kkr.ts reads the arguments and calls the core, this file
// turns a FunctionFailure into a CustomFunctions.Error. A function with one value returns its error as its value; the
// one that returns an array (FORDEL) throws it (arrayResult below).
//
// The JSDoc below IS the metadata: custom-functions-metadata reads it into functions.json (Danish, the default).
// English names and help for Office in English are in functions.en-US.json, kept in step by
// test/functions/metadata.test.ts. Registration is the guarded CustomFunctions.associate call at the end, so the
// module also loads where there is no custom-functions runtime (Node tests, the browser workbench).
import type { FailureCode, FunctionFailure } from "./kkr";

/** What Excel gets back for a failed call: an instance of the runtime's CustomFunctions.Error. */
export interface ExcelFunctionError {
  code: string;
  message?: string;
}

/**
 * The part of Office's custom-functions runtime (the global `CustomFunctions`, defined by Office.js) this file uses.
 * Typed here because the project has no @types/custom-functions-runtime; this is the only place that reads it.
 */
export interface CustomFunctionsRuntime {
  associate(id: string, fn: (...args: never[]) => unknown): void;
  Error: new (code: string, message?: string) => ExcelFunctionError;
  ErrorCode: Record<FailureCode, string>;
}

/** The global, or undefined outside Excel. Members are checked where they are used: an old runtime may lack Error. */
function officeRuntime(): Partial<CustomFunctionsRuntime> | undefined {
  return (globalThis as { CustomFunctions?: Partial<CustomFunctionsRuntime> }).CustomFunctions;
}

/** The Excel error for a failure. #VÆRDI! and #I/T carry the Danish message; Excel shows none for #NUM! or #DIV/0!. */
export function excelError(failure: FunctionFailure): ExcelFunctionError | Error {
  const runtime = officeRuntime();
  // Outside Excel (where Excel never calls these functions), or a runtime without CustomFunctions.Error
  // (CustomFunctionsRuntime 1.2): a plain Error, which Excel shows as #VALUE!.
  if (typeof runtime?.Error !== "function" || !runtime.ErrorCode) {
    return new Error(`${failure.code}: ${failure.message}`);
  }
  const code = runtime.ErrorCode[failure.code];
  const messageAllowed = failure.code === "invalidValue" || failure.code === "notAvailable";
  return messageAllowed ? new runtime.Error(code, failure.message) : new runtime.Error(code);
}

/** kkr.ts's isFailure, here so that this file does not load kkr.ts (and the core behind it) at start-up. */
function isFailure(value: unknown): value is FunctionFailure {
  return (
    typeof value === "object" && value !== null && (value as { failure?: unknown }).failure === true
  );
}

/** A value stays a value; a failure becomes its Excel error; an unexpected exception becomes #VÆRDI! with its reason. */
function toExcel<T>(compute: () => T | FunctionFailure): T | ExcelFunctionError | Error {
  try {
    const outcome = compute();
    return isFailure(outcome) ? excelError(outcome) : outcome;
  } catch (e) {
    return excelError({
      failure: true,
      code: "invalidValue",
      message: `uventet fejl i beregningen: ${(e as Error).message}`,
    });
  }
}

/**
 * The calculations (kkr.ts, with the core behind it), loaded on the first call of any function: a chunk of its own, so
 * the functions file the task pane's page loads at start-up stays small (issue 14: the pane's first-view JavaScript).
 * Every function therefore returns a Promise, which Excel waits for ("Return a JavaScript Promise to Excel … Resolve
 * the Promise with the final value", https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-web-reqs).
 */
type Calculations = typeof import("./kkr");
let calculations: Promise<Calculations> | undefined;

/** toExcel for a calculation in kkr.ts: a failed load is #VÆRDI! with its reason, and is tried again next call. */
async function withCalculations<T>(
  compute: (kkr: Calculations) => T | FunctionFailure
): Promise<T | ExcelFunctionError | Error> {
  let kkr: Calculations;
  try {
    calculations ??= import("./kkr");
    kkr = await calculations;
  } catch (e) {
    calculations = undefined;
    return excelError({
      failure: true,
      code: "invalidValue",
      message: `beregningen kunne ikke indlæses: ${(e as Error).message}`,
    });
  }
  return toExcel(() => compute(kkr));
}

/**
 * A function whose result is an array (metadata dimensionality "matrix") throws its error rather than returning one
 * error in place of the array. Learn documents a thrown CustomFunctions.Error as the function's error ("Detect and
 * throw an error"; in a Promise, a rejection: the `.catch(() => { throw new CustomFunctions.Error(…) })` example), and
 * errors *inside* a returned 2-D array per cell ("Handle errors when working with dynamic arrays"); a lone error where
 * the array should be is not documented. A thrown plain Error (a runtime without CustomFunctions.Error) is #VALUE!:
 * "By default, Excel returns #VALUE! for unhandled errors or exceptions."
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors
 */
async function arrayResult<T extends unknown[][]>(
  outcome: Promise<T | ExcelFunctionError | Error>
): Promise<T> {
  const value = await outcome;
  if (!Array.isArray(value)) throw value;
  return value;
}

/**
 * Net Promoter Score for svar på 0–10 ("Hvor sandsynligt er det, at du vil anbefale …"): procent anbefalere (9–10) minus procent kritikere (0–6). Tomme celler tæller ikke som svar.
 * @customfunction NPS
 * @param svar Svarene fra 0 til 10, fx Evaluering[Anbefaling]. Tomme celler springes over.
 * @returns {number} NPS fra -100 til 100.
 */
export async function nps(svar: unknown[][]) {
  return withCalculations((kkr) => kkr.npsScore(svar));
}

/**
 * Andel af svarene, der er lig med et af match-svarene (formatér cellen som procent). Svar nævnt i uden, fx "Ved ikke", tæller hverken i tæller eller nævner.
 * @customfunction ANDEL
 * @param svar Svarene, fx Evaluering[Effekt]. Tomme celler springes over.
 * @param match Det eller de svar, der tæller med: en tekst, fx "I høj grad", eller et område med flere svar.
 * @param [uden] Svar, der tages ud af beregningen, fx "Ved ikke". Valgfri.
 * @returns {number} Andelen som brøk mellem 0 og 1.
 */
export async function andel(svar: unknown[][], match: unknown[][], uden?: unknown[][]) {
  return withCalculations((kkr) => kkr.answerShare(svar, match, uden));
}

/**
 * Målopfyldelse efter trinreglen: 1 (100 %) når resultatet når mål100, 0,5 (50 %) når det når mål50, ellers 0.
 * @customfunction OPFYLDELSE
 * @param resultat Det målte resultat, fx 72 eller 82 %. Tomt eller "Afventer" giver #I/T.
 * @param mål100 Tærsklen for 100 % opfyldelse, fx 60.
 * @param [mål50] Tærsklen for 50 % opfyldelse, fx 50. Valgfri.
 * @param [retning] "mindst" (standard: højere er bedre) eller "højst" (lavere er bedre).
 * @returns {number} Opfyldelsen som brøk: 1, 0,5 eller 0.
 */
export async function opfyldelse(
  resultat: unknown,
  mål100: unknown,
  mål50?: unknown,
  retning?: unknown
) {
  return withCalculations((kkr) => kkr.fulfilment(resultat, mål100, mål50, retning));
}

/**
 * Andel nye virksomheder: de forskellige CVR-numre i år, som ikke står på sidste års liste, af alle forskellige CVR-numre i år.
 * @customfunction NYE
 * @param i_år CVR-numrene på årets vejledte virksomheder, fx CRM!A2:A911.
 * @param sidste_år CVR-numrene fra året før, fx CRM2020!A2:A565.
 * @returns {number} Andelen nye som brøk mellem 0 og 1.
 */
export async function nye(i_år: unknown[][], sidste_år: unknown[][]) {
  return withCalculations((kkr) => kkr.newCompanyShare(i_år, sidste_år));
}

/**
 * Fordeler et beløb efter indbyggertal i hele afrundingsenheder, så beløbene summer præcist til totalen (største rest). Giver en kolonne med et beløb pr. kommune.
 * @customfunction FORDEL
 * @param total Beløbet, der skal fordeles, fx 16500000.
 * @param indbyggere Indbyggertallene, én kommune pr. celle (én kolonne eller én række, uden I alt-rækken).
 * @param [enhed] Afrundingsenheden i kr., fx 1000. Standard er 1.
 * @param [metode] "største rest" (standard) eller "afrund hver" (den gamle metode, hvor summen kan afvige).
 * @returns {number[][]} Beløbene i kr. i samme rækkefølge som indbyggere.
 */
export async function fordel(
  total: unknown,
  indbyggere: unknown[][],
  enhed?: unknown,
  metode?: unknown
) {
  return arrayResult(
    withCalculations((kkr) => kkr.allocateAmounts(total, indbyggere, enhed, metode))
  );
}

/**
 * The shipped municipality data (Kilde: Danmarks Statistik), loaded on the first call of DÆKNING or LANDINDEKS:
 * a chunk of its own, so the functions file Excel loads at start-up does not carry it. Those two functions return a
 * Promise, which Excel waits for ("Return a JavaScript Promise to Excel … Resolve the Promise with the final value",
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-web-reqs). An id may only use A–Z, 0–9, "_"
 * and ".", a name any Unicode letter: id DAEKNING, name DÆKNING
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming).
 */
interface SpreadFunctions {
  registry: import("../core/municipalities").MunicipalityRegistry;
  kkr: typeof import("./kkrSpread");
}
let spreadFunctions: Promise<SpreadFunctions> | undefined;
function loadSpreadFunctions(): Promise<SpreadFunctions> {
  spreadFunctions ??= Promise.all([
    import("../core/municipalities/shipped"),
    import("./kkrSpread"),
  ]).then(([data, kkr]) => ({ registry: data.SHIPPED_MUNICIPALITIES, kkr }));
  return spreadFunctions;
}

/** toExcel for a calculation that needs the municipality data: a failed load is #VÆRDI! with its reason, too. */
async function withMunicipalities<T>(
  compute: (loaded: SpreadFunctions) => T | FunctionFailure
): Promise<T | ExcelFunctionError | Error> {
  let loaded: SpreadFunctions;
  try {
    loaded = await loadSpreadFunctions();
  } catch (e) {
    spreadFunctions = undefined; // try again on the next call
    return excelError({
      failure: true,
      code: "invalidValue",
      message: `kommunedata fra Danmarks Statistik kunne ikke indlæses: ${(e as Error).message}`,
    });
  }
  return toExcel(() => compute(loaded));
}

/**
 * Dækning: andelen af Erhvervshusets kommuner, der har mindst et antal aktiviteter (formatér cellen som procent). Kommunerne må skrives, som folk skriver dem: "Aalborg Kommune", "0851", "Vesthimmerland". Kilde: Danmarks Statistik.
 * @customfunction DAEKNING DÆKNING
 * @param kommuner Kommunen for hver aktivitet, fx CRM[Kommune]. Tomme celler springes over.
 * @param [mindst] Antal aktiviteter, en kommune skal have for at være nået. Standard er 1.
 * @param [hus] Erhvervshuset, fx "Nordjylland". Udelades det, er det huset for over halvdelen af aktiviteterne.
 * @returns {number} Andelen af husets kommuner som brøk mellem 0 og 1.
 */
export async function daekning(kommuner: unknown[][], mindst?: unknown, hus?: unknown) {
  return withMunicipalities(({ registry, kkr }) =>
    kkr.coverageShare(registry, kommuner, mindst, hus)
  );
}

/**
 * Landindeks: landkommunernes andel af aktiviteterne delt med deres andel af befolkningen × 100 (100 = som befolkningen). Land er Danmarks Statistiks kommunegruppe Landkommuner, eller din egen inddeling i land_by. Kilde: Danmarks Statistik.
 * @customfunction LANDINDEKS LANDINDEKS
 * @param kommuner Kommunen for hver aktivitet, fx CRM[Kommune]. Tomme celler springes over.
 * @param [hus] Erhvervshuset, fx "Nordjylland". Udelades det, er det huset for over halvdelen af aktiviteterne.
 * @param [år] Befolkningen pr. 1. januar dette år, fx 2021. Standard er det nyeste år i dataene.
 * @param [land_by] Din egen inddeling: "land" eller "by" for hver aktivitet, i et område af samme størrelse som kommuner.
 * @returns {number} Landindekset, fx 79,4.
 */
export async function landindeks(
  kommuner: unknown[][],
  hus?: unknown,
  år?: unknown,
  land_by?: unknown[][]
) {
  return withMunicipalities(({ registry, kkr }) =>
    kkr.ruralIndex(registry, kommuner, hus, år, land_by)
  );
}

/** Function id in functions.json → the function Excel calls. */
export const KKR_FUNCTIONS = {
  NPS: nps,
  ANDEL: andel,
  OPFYLDELSE: opfyldelse,
  NYE: nye,
  FORDEL: fordel,
  DAEKNING: daekning,
  LANDINDEKS: landindeks,
} as const;

/** Associates every function with its id. Returns false (and does nothing) where there is no custom-functions runtime. */
export function registerCustomFunctions(): boolean {
  const runtime = officeRuntime();
  if (typeof runtime?.associate !== "function") return false;
  for (const [id, fn] of Object.entries(KKR_FUNCTIONS)) runtime.associate(id, fn);
  return true;
}

registerCustomFunctions();
