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
