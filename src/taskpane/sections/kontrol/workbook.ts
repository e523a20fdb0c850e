// What Kontrollér Excel uses of src/excel: the self-check and its text report. The only file of this section that
// imports src/excel.
export { formatSelfCheckReport, runSelfCheck, type SelfCheckReport } from "../../../excel";
