// DÆKNING and LANDINDEKS with the shipped municipality data (Kilde: Danmarks Statistik), as one object to hand to
// evaluateContract (extras.municipal) or evaluateIndicator (context.municipal). Import it only where a goal table
// uses those functions, lazily in the pane (await import(...)), so the first view carries neither the data nor the code.
import { SHIPPED_MUNICIPALITIES } from "../municipalities/shipped";
import { evaluateMunicipal, type MunicipalIndicators } from "./municipal";

export const MUNICIPAL_INDICATORS: MunicipalIndicators = {
  registry: SHIPPED_MUNICIPALITIES,
  evaluate: evaluateMunicipal,
};
