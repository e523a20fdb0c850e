// Build-time constants of the workbench (webpack.config.js, DefinePlugin).

/** File names of the sample workbooks in assets/ (*.xlsx), sorted. */
declare const __SAMPLE_WORKBOOKS__: string[];
