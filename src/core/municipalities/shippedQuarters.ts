// FOLK1A per quarter, loaded: only the key audit's dating of populations needs it (about 45 KB of figures), so it is
// apart from shipped.ts. Kilde: Danmarks Statistik.
import { QUARTERLY_DATA } from "./quarters";
import { createQuarterly, type QuarterlyPopulations } from "./registry";

export const SHIPPED_QUARTERS: QuarterlyPopulations = createQuarterly(QUARTERLY_DATA);
