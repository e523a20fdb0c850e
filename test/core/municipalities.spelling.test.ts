// Municipality and Erhvervshus names as people write them, beyond municipalities.match.test.ts: "Kommune: Aalborg",
// a note in parentheses, "K 851", the edit distance behind "mente du …?" and its limits (1 edit up to 4 letters, 2 up
// to 9, else 3), and the messages whole, in Danish and English. Distances are counted by hand in the comments.
import {
  editDistance,
  municipalityMessage,
  quarterDate,
  unmatchedHubMessage,
  unmatchedMunicipalityMessage,
} from "../../src/core/municipalities";
import { SHIPPED_MUNICIPALITIES as DK } from "../../src/core/municipalities/shipped";

const HUBS = "Hovedstaden, Sjælland, Fyn, Sydjylland, Midtjylland, Nordjylland";

function matched(text: string) {
  const m = DK.match(text);
  return m.ok ? { name: m.municipality.name, code: m.municipality.code, by: m.by } : m;
}

function refusal(text: string, locale: "da" | "en" = "da") {
  const m = DK.match(text);
  if (m.ok) throw new Error(`'${text}' matched ${m.municipality.name}`);
  return unmatchedMunicipalityMessage(locale, m);
}

function hubRefusal(text: string, locale: "da" | "en" = "da") {
  const m = DK.matchHub(text);
  if (m.ok) throw new Error(`'${text}' matched ${m.hub}`);
  return unmatchedHubMessage(locale, m);
}

describe("decorations around a name or a code", () => {
  test.each<[string, { name: string; code: number; by: string }]>([
    ["Kommune: Aalborg", { name: "Aalborg", code: 851, by: "name" }],
    ["Kommune - Aalborg", { name: "Aalborg", code: 851, by: "name" }],
    ["Kommunen Hjørring", { name: "Hjørring", code: 860, by: "name" }],
    ["Aalborg (Nordjylland)", { name: "Aalborg", code: 851, by: "name" }],
    ["K 851", { name: "Aalborg", code: 851, by: "code" }],
    ["dk0851", { name: "Aalborg", code: 851, by: "code" }],
    ["851:Aalborg", { name: "Aalborg", code: 851, by: "code" }],
    ["0101 København", { name: "København", code: 101, by: "code" }],
    ["Aalborg (851)", { name: "Aalborg", code: 851, by: "code" }],
    ["Aalborg ( 0851 )", { name: "Aalborg", code: 851, by: "code" }],
    ["Copenhagen", { name: "København", code: 101, by: "alias" }],
    ["Taastrup", { name: "Høje-Taastrup", code: 169, by: "alias" }],
  ])("%j is %j", (text, expected) => {
    expect(matched(text)).toEqual(expected);
  });

  test("'Kommune' alone names no municipality, and nothing is suggested", () => {
    expect(refusal("Kommune")).toBe("'Kommune' er ikke en dansk kommune");
  });

  test("a code and a name that do not belong together: the known one is suggested, or none", () => {
    expect(refusal("0999 Aarhus")).toBe(
      "'0999 Aarhus': kommunekoden og navnet passer ikke sammen (mente du Aarhus?)"
    );
    expect(refusal("0999 Atlantis")).toBe(
      "'0999 Atlantis': kommunekoden og navnet passer ikke sammen"
    );
    expect(refusal("0851 Aarhus", "en")).toBe(
      "'0851 Aarhus': the municipality code and the name do not match (did you mean Aalborg?)"
    );
    expect(refusal("0999 Atlantis", "en")).toBe(
      "'0999 Atlantis': the municipality code and the name do not match"
    );
  });
});

describe("the edit distance: insertions, deletions, substitutions and adjacent swaps, each 1", () => {
  test.each<[string, string, number]>([
    ["", "", 0],
    ["", "abc", 3],
    ["abc", "", 3],
    ["a", "b", 1],
    ["ab", "ba", 1], // one swap
    ["vejel", "vejle", 1],
    ["abcd", "badc", 2], // two swaps
    ["kitten", "sitting", 3], // k→s, e→i, +g
    ["ca", "abc", 3], // no edit of a swapped pair again (optimal string alignment)
    ["aalborg", "aalborg", 0],
  ])("%j → %j: %d", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe("how far a misspelling may be for a 'mente du …?'", () => {
  test.each<[string, string]>([
    // 4 letters: 1 edit. "Fuxi" is 2 from Faxe (u→a, i→e): nothing is suggested.
    ["Fuxi", "'Fuxi' er ikke en dansk kommune"],
    // 7 letters: 2 edits. "esbjark" is 2 from "esbjerg" (a→e, k→g).
    ["Esbjærk", "'Esbjærk' er ikke en kommune — mente du Esbjerg?"],
    // 9 letters: still 2. "swentbork" is 3 from "svendborg" (w→v, t→d, k→g): nothing.
    ["Swentbork", "'Swentbork' er ikke en dansk kommune"],
    // 10 letters: 3 edits. "midlefahrt" is 3 from "middelfart" (+d, le→el, −h).
    ["Midlefahrt", "'Midlefahrt' er ikke en kommune — mente du Middelfart?"],
    // Only the closest: Fredensborg is 1 away (e→o), Frederiksberg 3; Rødovre 1 (i→o), Hvidovre 2.
    ["Fredensberg", "'Fredensberg' er ikke en kommune — mente du Fredensborg?"],
    ["Ridovre", "'Ridovre' er ikke en kommune — mente du Rødovre?"],
  ])("%j: %s", (text, message) => {
    expect(refusal(text)).toBe(message);
  });

  test("a four-way tie: 'esborg' is 2 from nyborg (e→n, s→y), esbjerg (o→j, +e), viborg and alborg", () => {
    expect(refusal("Esbørg")).toBe(
      "'Esbørg' er ikke en kommune — mente du Nyborg, Esbjerg, Viborg eller Aalborg?"
    );
    expect(refusal("Esbørg", "en")).toBe(
      "'Esbørg' is not a municipality — did you mean Nyborg, Esbjerg, Viborg or Aalborg?"
    );
  });

  test("a tie in English: 'or'", () => {
    expect(refusal("Vejel", "en")).toBe(
      "'Vejel' is not a municipality — did you mean Vejen or Vejle?"
    );
    expect(refusal("Oslo", "en")).toBe("'Oslo' is not a Danish municipality");
  });
});

describe("Erhvervshus names", () => {
  test.each<[string, string]>([
    ["Erhvervshuset Fyn", "Fyn"],
    ["EH Fyn", "Fyn"],
    ["Business Hub Fyn", "Fyn"],
    ["Fyn Business Hub", "Fyn"],
    ["North Jutland Business  Hub", "Nordjylland"], // two spaces, as text pasted from a PDF often has
    ["Fyn Erhvervshus", "Fyn"],
    ["  Fyn  ", "Fyn"],
    ["  Erhvervshus Fyn ", "Fyn"],
    ["Greater Copenhagen", "Hovedstaden"],
    ["Sønderjylland", "Sydjylland"],
    ["Central Denmark", "Midtjylland"],
  ])("%j → %s", (text, hub) => {
    expect(DK.matchHub(text)).toEqual({ ok: true, hub });
  });

  test("'Sjaeland' is 1 from Sjælland and from its alias Sjaelland: suggested once", () => {
    expect(DK.matchHub("Sjaeland")).toEqual({
      ok: false,
      text: "Sjaeland",
      suggestions: ["Sjælland"],
    });
    expect(hubRefusal("Sjaeland")).toBe(
      `'Sjaeland' er ikke et Erhvervshus — mente du Sjælland? (${HUBS})`
    );
  });

  test("nothing close: the six are listed (Danish and English); the text is quoted trimmed", () => {
    expect(hubRefusal(" Skåne ")).toBe(`'Skåne' er ikke et Erhvervshus (brug ${HUBS})`);
    expect(hubRefusal("Skåne", "en")).toBe(
      `'Skåne' is not an Erhvervshus (business hub); use ${HUBS}`
    );
    expect(hubRefusal("Midtjyllan", "en")).toBe(
      `'Midtjyllan' is not an Erhvervshus (business hub) — did you mean Midtjylland? (${HUBS})`
    );
  });
});

describe("dates and the data's years in words", () => {
  test.each<[string, string, string]>([
    ["2017K1", "1. januar 2017", "January 1, 2017"],
    ["2017K2", "1. april 2017", "April 1, 2017"],
    ["2020K3", "1. juli 2020", "July 1, 2020"],
    ["2017K4", "1. oktober 2017", "October 1, 2017"],
  ])("%s is %s / %s", (label, da, en) => {
    expect(quarterDate(label)).toBe(da);
    expect(quarterDate(label, "da")).toBe(da);
    expect(quarterDate(label, "en")).toBe(en);
  });

  test("a year the data lacks, Danish and English; an unknown code is itself", () => {
    const params = { year: 2030, first: 2018, last: 2026 };
    expect(municipalityMessage("da", "year-not-in-data", params)).toBe(
      "der er ingen indbyggertal for 1. januar 2030 i de medfølgende data fra Danmarks Statistik (år 2018–2026)"
    );
    expect(municipalityMessage("en", "year-not-in-data", params)).toBe(
      "the shipped Statistics Denmark data has no populations for 1 January 2030 (years 2018–2026)"
    );
    expect(municipalityMessage("da", "no-such-message")).toBe("no-such-message");
  });
});
