// The shipped data, loaded: import this only where the figures are needed (the allocation by shipped populations,
// the geographic spread, the DÆKNING/LANDINDEKS indicators), and lazily in the task pane, so the pane's first view
// does not carry it. Kilde: Danmarks Statistik.
import { MUNICIPALITY_DATA } from "./data";
import { createRegistry, type MunicipalityRegistry } from "./registry";

export const SHIPPED_MUNICIPALITIES: MunicipalityRegistry = createRegistry(MUNICIPALITY_DATA);
