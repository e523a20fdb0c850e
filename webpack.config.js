// Builds the add-in (task pane, function file), the browser workbench and the pages Office loads, into dist/.
//   npm run build       production (minified, no source maps, content-hashed bundles)
//   npm run build:dev   development (readable, separate source maps)
//   npm start           dev server on https://localhost:3000 (+ http://localhost:3001), see scripts/start.js
// Laid out like Microsoft's Yeoman template (Office-Addin-TaskPane-React), without its dev-certs call: the dev
// server's certificate is chosen in scripts/start.js.
/* eslint-disable no-undef */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const TerserPlugin = require("terser-webpack-plugin");
const { functionsEntry, functionsCopyPatterns } = require("./src/functions/webpack.parts.js");

const DEV_URL = "https://localhost:3000/";
const ASSETS = path.join(__dirname, "assets");

/**
 * Content-Security-Policy of the pages Office loads (a <meta> tag; frame-ancestors cannot be set there).
 * - script-src: this origin and Microsoft's Office.js CDN only; no inline script and no 'unsafe-eval' (the bundles
 *   need neither: no eval-based source maps, even in development).
 * - style-src 'unsafe-inline': Fluent UI v9 styles with Griffel, which inserts <style> elements at run time
 *   (Griffel can take a nonce, but a static page has none to give), and Office.js on the web applies inline styles.
 * - connect-src 'self': the pane talks to Excel through Office.js, not over the network (the dev server's
 *   live-reload socket is same-origin).
 */
function contentSecurityPolicy({ officeJs }) {
  const scripts = officeJs ? "'self' https://appsforoffice.microsoft.com" : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** The sample workbooks in assets/, for the workbench's dropdown. */
function sampleWorkbooks() {
  return fs
    .readdirSync(ASSETS)
    .filter((f) => f.endsWith(".xlsx"))
    .sort();
}

/** A small help page for the manifest's SupportUrl and GetStarted "learn more" link. */
function supportPage() {
  return `<!doctype html>
<html lang="da">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'" />
    <title>Målopfyldelse – hjælp</title>
    <link rel="icon" type="image/png" href="assets/icon-32.png" />
    <style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}</style>
  </head>
  <body>
    <h1><img src="assets/icon-64.png" alt="" width="32" height="32" /> Målopfyldelse</h1>
    <p>Et Excel-tilføjelsesprogram, der beregner målopfyldelsen for en resultatkontrakt: status og opfyldelse pr. mål,
      samlet opfyldelse med forklaringer og et oversigtsark med diagrammer.</p>
    <p>Åbn <strong>Hjem → Målopfyldelse</strong> i Excel, vælg måltabellen, og tryk <strong>Beregn</strong>.
      <strong>Fortryd seneste kørsel</strong> stiller projektmappen tilbage.</p>
    <p>Prøv det uden Excel i <a href="workbench.html">arbejdsbænken</a>, som kører den samme rude på en projektmappe i browseren.</p>
    <hr />
    <p lang="en">An Excel add-in that evaluates the goal fulfilment of a performance contract. Open
      <strong>Home → Målopfyldelse</strong>, pick the goal table and press <strong>Beregn</strong> (Calculate).
      The <a href="workbench.html">workbench</a> runs the same pane on a workbook in the browser.</p>
  </body>
</html>
`;
}

/** Marks ExcelJS's chunk as minified already (its dist build is), so production builds do not minify 1 MB again. */
class PrebuiltChunkPlugin {
  constructor(test) {
    this.test = test;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PrebuiltChunkPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "PrebuiltChunkPlugin",
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1,
        },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (this.test.test(name))
              compilation.updateAsset(name, (source) => source, { minimized: true });
          }
        }
      );
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || (env.production ? "production" : "development");
  const dev = mode === "development";
  // Where a production build is served from: the manifest's https://localhost:3000/ URLs are rewritten to it.
  const baseUrl = process.env.ADDIN_BASE_URL || DEV_URL;
  const outputPath = env.outputPath ? path.resolve(env.outputPath) : path.join(__dirname, "dist");

  return {
    mode,
    target: "web",
    context: __dirname,
    // Separate .map files in development (no eval-based maps: the CSP allows no eval); none in production.
    devtool: dev ? "cheap-module-source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // KKR.* custom functions: in the shared runtime they run in the task pane's page (taskpane.html).
      functions: functionsEntry,
      workbench: "./src/workbench/index.tsx",
      officeShim: "./src/workbench/officeShim.ts",
    },
    output: {
      path: outputPath,
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      publicPath: "auto",
      // dist/node is the command line's (npm run build:cli): never delete it.
      clean: { keep: /^node([\\/]|$)/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".mjs", ".js", ".json"],
      // ExcelJS's package.json "browser" field points at dist/exceljs.min.js, a self-contained browser build that
      // needs no Node built-ins; the alias makes that explicit (and keeps the Node build out of web bundles).
      alias: { exceljs$: path.join(__dirname, "node_modules/exceljs/dist/exceljs.min.js") },
    },
    module: {
      // The prebuilt ExcelJS bundle has its own require(); webpack must not parse it.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          use: { loader: "babel-loader", options: { cacheDirectory: true } },
        },
      ],
    },
    optimization: {
      // Minify what Office loads; the workbench (a development tool served from this repository) is left readable,
      // which also keeps the production build under 20 s on a 2-core machine.
      minimizer: [
        new TerserPlugin({
          exclude: /^(workbench|officeShim|exceljs)[.]/,
          extractComments: false,
        }),
      ],
      // React in its own long-cached chunk (the pane needs all of it at start). Fluent and zod are split by webpack's
      // defaults instead: a named chunk with `enforce` would gather every Fluent component any chunk uses (the
      // workbench's, the lazy sections') into one file the pane loads before its first view (issue 14: ≤ 160 KB gzip).
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            priority: 30,
            enforce: true,
          },
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            priority: 20,
            enforce: true,
          },
        },
      },
    },
    // Size hints for what Office loads: the pane's initial JS (React + Fluent + the pane) should stay near 150 KB
    // gzipped, about 500 KB minified. The workbench (ExcelJS, ~1 MB) is a development tool and not counted.
    performance: dev
      ? false
      : {
          hints: "warning",
          maxEntrypointSize: 560 * 1024,
          maxAssetSize: 450 * 1024,
          assetFilter: (file) => file.endsWith(".js") && !/^(workbench|exceljs)[.]/.test(file),
        },
    plugins: [
      new webpack.DefinePlugin({
        __SAMPLE_WORKBOOKS__: JSON.stringify(sampleWorkbooks()),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/*.xlsx", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              baseUrl === DEV_URL ? content : content.toString().split(DEV_URL).join(baseUrl),
          },
          ...functionsCopyPatterns,
        ],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        csp: contentSecurityPolicy({ officeJs: true }),
      }),
      new HtmlWebpackPlugin({
        filename: "support.html",
        templateContent: supportPage(),
        chunks: [],
      }),
      new HtmlWebpackPlugin({
        filename: "workbench.html",
        template: "./src/workbench/workbench.html",
        chunks: ["workbench"],
        csp: contentSecurityPolicy({ officeJs: false }),
      }),
      // The real pane bundle in the workbench's iframe, with the Office shim instead of the CDN's Office.js.
      new HtmlWebpackPlugin({
        filename: "taskpane-workbench.html",
        template: "./src/workbench/taskpane-workbench.html",
        chunks: ["officeShim", "taskpane"],
        chunksSortMode: "manual",
        csp: contentSecurityPolicy({ officeJs: false }),
      }),
      ...(dev ? [] : [new PrebuiltChunkPlugin(/^exceljs[.]/)]),
    ],
    devServer: {
      port: 3000,
      server: "https",
      static: false,
      hot: false,
      liveReload: true,
      // The live-reload socket follows the page's own origin, so pages on http://localhost:3001 reload too.
      client: {
        overlay: { errors: true, warnings: false },
        logging: "warn",
        webSocketURL: "auto://0.0.0.0:0/ws",
      },
      devMiddleware: { stats: "errors-warnings" },
      // scripts/start.js handles Ctrl-C itself.
      setupExitSignals: false,
    },
    infrastructureLogging: { level: "warn" },
    stats: "errors-warnings",
  };
};
