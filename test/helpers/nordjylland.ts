import { rawTable } from "./tables";

// Erhvervshus Nordjylland's 11 municipalities (KKR Nordjylland; ../shared/data/README.md, kommuner.csv: the hub column),
// typed once for the tests that need the whole hub as input: an activity in each, or a land/by list naming each.
export const NORDJYLLAND_MUNICIPALITIES: readonly string[] = [
  "Aalborg",
  "Brønderslev",
  "Frederikshavn",
  "Hjørring",
  "Jammerbugt",
  "Læsø",
  "Mariagerfjord",
  "Morsø",
  "Rebild",
  "Thisted",
  "Vesthimmerlands",
];

/**
 * A small activity list (sheet CRM) for the municipal indicators: 8 activities, Aalborg 4 (written four ways: name,
 * "… Kommune", code 0851, lower case), Hjørring 2, Rebild 1 (Nordjylland), Viborg 1 (Midtjylland).
 */
export const NORDJYLLAND_CRM = rawTable(
  "CRM",
  ["CVR", "Kommune", "Forløb"],
  [
    ["1", "Aalborg", "Vækstforløb"],
    ["2", "Aalborg Kommune", "Korte forløb"],
    ["3", "0851", "Vækstforløb"],
    ["4", "aalborg", "Korte forløb"],
    ["5", "Hjørring", "Vækstforløb"],
    ["6", "Hjørring Kommune", "Korte forløb"],
    ["7", "Rebild", "Driftsforløb"],
    ["8", "Viborg", "Vækstforløb"],
  ]
);
