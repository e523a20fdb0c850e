// Seed 004, item 3.3 as a goal table with the Type and Bemærkning columns (issue 17), for the core tests.
import type { RawCell } from "../../src/core/model";

export const SEED_004_HEADERS = [
  "Nr",
  "Type",
  "Mål",
  "Resultat",
  "Mål 100 %",
  "Mål 50 %",
  "Bemærkning",
];
const N = "Nationalt fastsat mål";
const F = "Fælles indsatsmål";
const R = "Regionale mål";

/** Seed 004, item 3.3: the nine goals under the three headings of its "Oversigt over mål". */
export const SEED_004: RawCell[][] = [
  ["1", N, "Virksomhedernes tilfredshed med den specialiserede vejledning", 72, 60, 50, null],
  [
    "2",
    N,
    "Virksomhedernes oplevede effekt af den specialiserede vejledning",
    "97 %",
    "70 %",
    "60 %",
    null,
  ],
  [
    "3",
    N,
    "Implementering af den fælles digitale indgang til Erhvervshusene",
    "Ja",
    null,
    null,
    null,
  ],
  [
    "4",
    F,
    "Erhvervshusenes vejledning af den brede gruppe af virksomheder",
    "Ja",
    null,
    null,
    null,
  ],
  [
    "5",
    F,
    "Specialiseret vejledning til Erhvervshusenes forskellige målgrupper",
    "Ja",
    null,
    null,
    null,
  ],
  [
    "6",
    F,
    "Erhvervshusene som knudepunkter i erhvervsfremmesystemet",
    "3/4",
    null,
    null,
    "ErhvervsCAMP 2020 aflyst",
  ],
  ["7", F, "Særlig indsats for digital omstilling", "Ja", null, null, null],
  ["8", R, "Regional strategi og regionale styrker", "Ja", null, null, null],
  [
    "9",
    R,
    "Samarbejdsmodel mellem Erhvervshus Nordjylland og de lokale erhvervskontorer",
    "4/4",
    null,
    null,
    null,
  ],
];
