// Municipality and Erhvervshus names as people write them, and the "mente du …?" for a misspelt one.
import { unmatchedHubMessage, unmatchedMunicipalityMessage } from "../../src/core/municipalities";
import { SHIPPED_MUNICIPALITIES as DK } from "../../src/core/municipalities/shipped";

const codeOf = (text: string | number) => {
  const m = DK.match(text);
  return m.ok ? m.municipality.code : undefined;
};

describe("municipality names the way people write them", () => {
  test.each([
    ["Aalborg", 851],
    ["Aalborg Kommune", 851],
    ["aalborg kommune", 851],
    ["AALBORG", 851],
    ["  Aalborg  ", 851],
    ["0851", 851],
    ["851", 851],
    [851, 851],
    ["0851 Aalborg", 851],
    ["851 - Aalborg Kommune", 851],
    ["Aalborg (851)", 851],
    ["Ålborg", 851],
    ["Aarhus", 751],
    ["Århus", 751],
    ["århus kommune", 751],
    ["Arhus", 751],
    ["Nordfyns", 480],
    ["Nordfyn", 480],
    ["Nordfyns Kommune", 480],
    ["Vesthimmerland", 820],
    ["Vesthimmerlands", 820],
    ["Vesthimmerlands Kommune", 820],
    ["Høje-Taastrup", 169],
    ["Høje Taastrup", 169],
    ["Hoeje-Taastrup", 169],
    ["høje-tåstrup", 169],
    ["Lyngby-Taarbæk", 173],
    ["Lyngby Taarbæk", 173],
    ["Lyngby-Tårbæk", 173],
    ["Lyngby", 173],
    ["Tønder", 550],
    ["Toender", 550],
    ["Tonder", 550],
    ["Sønderborg", 540],
    ["Fanø", 563],
    ["Aabenraa", 580],
    ["Åbenrå", 580],
    ["Faaborg-Midtfyn", 430],
    ["Fåborg-Midtfyn", 430],
    ["Ærø", 492],
    ["Aeroe", 492],
    ["København", 101],
    ["Københavns Kommune", 101],
    ["Copenhagen", 101],
    ["Bornholms Regionskommune", 400],
    ["Næstved", 370],
    ["Naestved", 370],
    ["Brønderslev-Dronninglund", 810],
    ["Frederikshavns Kommune", 813],
  ])("%j → %d", (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  test("every DST name matches itself, in upper case and with 'Kommune'", () => {
    for (const m of DK.all) {
      expect(codeOf(m.name)).toBe(m.code);
      expect(codeOf(`${m.name.toUpperCase()} KOMMUNE`)).toBe(m.code);
      expect(codeOf(String(m.code).padStart(4, "0"))).toBe(m.code);
    }
  });

  test.each([
    ["Aalborgg", "'Aalborgg' er ikke en kommune — mente du Aalborg?"],
    ["Hjøring", "'Hjøring' er ikke en kommune — mente du Hjørring?"],
    ["Vejel", "'Vejel' er ikke en kommune — mente du Vejen eller Vejle?"],
    ["Frederikhavn", "'Frederikhavn' er ikke en kommune — mente du Frederikshavn?"],
    ["Vesthimerland", "'Vesthimerland' er ikke en kommune — mente du Vesthimmerlands?"],
    ["Oslo", "'Oslo' er ikke en dansk kommune"],
    ["Udlandet", "'Udlandet' er ikke en dansk kommune"],
    ["0852", "'0852' er ikke en dansk kommune"],
    ["0851 Aarhus", "'0851 Aarhus': kommunekoden og navnet passer ikke sammen (mente du Aalborg?)"],
  ])("%j is refused: %s", (text, message) => {
    const m = DK.match(text);
    if (m.ok) throw new Error(`matched ${m.municipality.name}`);
    expect(unmatchedMunicipalityMessage("da", m)).toBe(message);
  });

  test("the English message", () => {
    const m = DK.match("Aalborgg");
    if (m.ok) throw new Error("matched");
    expect(unmatchedMunicipalityMessage("en", m)).toBe(
      "'Aalborgg' is not a municipality — did you mean Aalborg?"
    );
  });
});

describe("Erhvervshus names", () => {
  test.each([
    ["Nordjylland", "Nordjylland"],
    ["nordjylland", "Nordjylland"],
    ["Erhvervshus Nordjylland", "Nordjylland"],
    ["North Jutland", "Nordjylland"],
    ["Sjaelland", "Sjælland"],
    ["Zealand", "Sjælland"],
    ["Fyn", "Fyn"],
    ["Funen", "Fyn"],
    ["Erhvervshus Sydjylland", "Sydjylland"],
    ["Hovedstaden", "Hovedstaden"],
    ["Midtjylland", "Midtjylland"],
  ])("%j → %s", (text, hub) => {
    expect(DK.matchHub(text)).toEqual({ ok: true, hub });
  });

  test("a misspelt hub is refused with the closest and the list", () => {
    const m = DK.matchHub("Nordjyland");
    if (m.ok) throw new Error("matched");
    expect(unmatchedHubMessage("da", m)).toBe(
      "'Nordjyland' er ikke et Erhvervshus — mente du Nordjylland? (Hovedstaden, Sjælland, Fyn, Sydjylland, Midtjylland, Nordjylland)"
    );
    const far = DK.matchHub("Skåne");
    if (far.ok) throw new Error("matched");
    expect(unmatchedHubMessage("en", far)).toMatch(/^'Skåne' is not an Erhvervshus/);
  });
});
