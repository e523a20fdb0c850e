// What the memo panel uses outside the pane: the memo maker (src/memo: read → core memo → .docx), the picture of the
// Oversigt chart and the browser's SVG → PNG. The only file of the panel that imports them; loaded with the panel, so
// neither the docx package nor the memo core is in the pane's first view.
export { makeMemo, memoDefaults, type MadeMemo, type MemoDefaults } from "../../../../memo/make";
export { rasteriseSvgInBrowser } from "../../../../memo/rasteriseBrowser";
export { readFulfilmentChartImage, type ChartImage } from "../../../../memo/chartImage";
