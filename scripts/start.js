#!/usr/bin/env node
// npm start: the add-in's dev server, and on Windows/macOS also sideloading into Excel desktop.
//
//   https://localhost:3000   the add-in as Office loads it (manifest.xml points here): taskpane.html, commands.html,
//                            support.html, assets/, and the workbench too. webpack-dev-server builds in memory, so
//                            nothing is built first and dist/ is not touched; it rebuilds and reloads on save.
//   http://localhost:3001    the same files over plain HTTP, for the workbench (workbench.html): no certificate
//                            exception needed in the browser.
//
// Certificate for port 3000: ~/.office-addin-dev-certs/localhost.{crt,key} when they exist (Microsoft's dev
// certificates, trusted by Office once installed); otherwise webpack-dev-server makes its own self-signed one
// (node_modules/.cache/webpack-dev-server, renewed every 30 days): no sudo, nothing in the system's trust store.
//
// Windows and macOS (where Excel desktop exists): after the first build, sideloads manifest.xml into Excel with
// `npx --yes office-addin-debugging@7 start manifest.xml desktop`, fetched on demand. It is not a dependency of this
// project because it pulls in keytar, a native module that does not build on a plain Linux machine. Ctrl+C
// unregisters the add-in again (office-addin-debugging stop). The dev certificates are installed first, on request
// of office-addin-dev-certs (it asks before it trusts anything).
//
// Options: --serve-only (never sideload; what `npm run dev-server` uses), --no-certs (skip the dev-certificate step).
// Ports: PORT_HTTPS (3000, fixed by the manifest) and PORT_HTTP (3001).
/* global require, process, __dirname */
"use strict";
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const { spawn, spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const HTTPS_PORT = Number(process.env.PORT_HTTPS || 3000);
const HTTP_PORT = Number(process.env.PORT_HTTP || 3001);
const args = new Set(process.argv.slice(2));
const desktopOffice = process.platform === "win32" || process.platform === "darwin";
const sideload = desktopOffice && !args.has("--serve-only");
const DEV_CERTS = path.join(os.homedir(), ".office-addin-dev-certs");

const say = (text = "") => process.stdout.write(`${text}\n`);
const warn = (text) => process.stderr.write(`${text}\n`);

function npx(commandArgs, options = {}) {
  // On Windows npx is npx.cmd, which needs a shell.
  return {
    command: "npx",
    args: ["--yes", ...commandArgs],
    options: Object.assign(
      { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" },
      options
    ),
  };
}

function devCertificate() {
  const cert = path.join(DEV_CERTS, "localhost.crt");
  const key = path.join(DEV_CERTS, "localhost.key");
  if (!fs.existsSync(cert) && sideload && !args.has("--no-certs")) {
    say(
      "Excel desktop kræver et betroet certifikat for https://localhost:3000. Installerer udviklingscertifikater"
    );
    say("med office-addin-dev-certs (hentes med npx; du bliver spurgt, før noget betros) …");
    const c = npx(["office-addin-dev-certs@3", "install"]);
    const result = spawnSync(c.command, c.args, c.options);
    if (result.status !== 0)
      say("Certifikaterne blev ikke installeret; fortsætter med et selvsigneret certifikat.");
  }
  if (fs.existsSync(cert) && fs.existsSync(key)) {
    return {
      source: "udviklingscertifikat fra ~/.office-addin-dev-certs",
      server: {
        type: "https",
        options: {
          cert: fs.readFileSync(cert),
          key: fs.readFileSync(key),
        },
      },
    };
  }
  return { source: "selvsigneret certifikat fra webpack-dev-server", server: "https" };
}

function portFree(port) {
  return new Promise((resolve) => {
    const probe = http.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "localhost", () => probe.close(() => resolve(true)));
  });
}

function banner(certificate) {
  say("");
  say(
    "Målopfyldelse kører (webpack-dev-server bygger i hukommelsen og genindlæser ved ændringer)."
  );
  say("");
  say(
    `  Tilføjelsesprogrammet   https://localhost:${HTTPS_PORT}/taskpane.html   (${certificate.source})`
  );
  say(`  Manifest                ${path.join(ROOT, "manifest.xml")}`);
  say(
    `  Arbejdsbænk             http://localhost:${HTTP_PORT}/workbench.html   (også via https://localhost:${HTTPS_PORT}/workbench.html)`
  );
  say("");
  if (sideload) {
    say(
      "Excel desktop: tilføjelsesprogrammet sideloades nu (office-addin-debugging); find knappen Målopfyldelse under Hjem."
    );
    say("");
  }
  say("Excel på nettet:");
  say(
    `  1. Åbn https://localhost:${HTTPS_PORT}/taskpane.html én gang i den browser, du bruger til Excel, og godkend`
  );
  say("     certifikatet (ellers kan Excel ikke hente ruden).");
  say(
    "  2. I Excel: Hjem → Tilføjelsesprogrammer → Flere tilføjelsesprogrammer → Mine tilføjelsesprogrammer →"
  );
  say(
    "     Upload mit tilføjelsesprogram, og vælg manifest.xml ovenfor. (English: Home → Add-ins → More Add-ins →"
  );
  say("     My Add-ins → Upload My Add-in.)");
  say("  3. Knappen Målopfyldelse står under fanen Hjem.");
  say("");
  say(
    `Arbejdsbænken kører rudens kode på en projektmappe i browseren, uden Excel og uden certifikat.`
  );
  say("Stop med Ctrl+C.  Mere i docs/sideload.md.");
  say("");
}

function checkPorts() {
  return [HTTPS_PORT, HTTP_PORT].reduce(
    (chain, port) =>
      chain.then(() =>
        portFree(port).then((free) => {
          if (!free) {
            throw new Error(
              `Port ${port} er optaget. Kører npm start allerede i et andet vindue? Stop det, eller sæt PORT_HTTP for arbejdsbænken.`
            );
          }
        })
      ),
    Promise.resolve()
  );
}

function main() {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const configure = require(path.join(ROOT, "webpack.config.js"));
  const config = configure({}, { mode: "development" });
  const certificate = devCertificate();
  const compiler = webpack(config);
  const server = new WebpackDevServer(
    Object.assign({}, config.devServer, {
      host: "localhost",
      port: HTTPS_PORT,
      server: certificate.server,
    }),
    compiler
  );

  let first = true;
  let sideloaded = false;
  compiler.hooks.done.tap("maalopfyldelse-start", (stats) => {
    const seconds = ((stats.endTime - stats.startTime) / 1000).toFixed(1).replace(".", ",");
    if (stats.hasErrors()) {
      warn(
        `Byggefejl (${stats.compilation.errors.length}); se ovenfor eller i browseren. Ret filen, så bygges der igen.`
      );
      return;
    }
    if (first) {
      first = false;
      say(`Bygget på ${seconds} s.`);
      banner(certificate);
      if (sideload && !sideloaded) {
        sideloaded = true;
        const c = npx([
          "office-addin-debugging@7",
          "start",
          "manifest.xml",
          "desktop",
          "--dev-server-port",
          String(HTTPS_PORT),
        ]);
        spawn(c.command, c.args, c.options).on("exit", (code) => {
          if (code !== 0) {
            warn(
              "Sideload mislykkedes; upload manifest.xml selv (se docs/sideload.md). Serveren kører videre."
            );
          }
        });
      }
    } else {
      say(`Genbygget på ${seconds} s.`);
    }
  });

  // The workbench over plain HTTP: the same express app (and so the same in-memory files), plus the live-reload
  // socket, so a page on :3001 reloads like one on :3000.
  let plain = null;
  const listenPlain = () =>
    new Promise((resolve, reject) => {
      plain = http.createServer(server.app);
      plain.on("upgrade", (req, socket, head) => {
        const wss = server.webSocketServer && server.webSocketServer.implementation;
        if (!wss || !wss.shouldHandle(req)) {
          socket.destroy();
          return;
        }
        wss.handleUpgrade(req, socket, head, (connection) =>
          wss.emit("connection", connection, req)
        );
      });
      plain.once("error", reject);
      plain.listen(HTTP_PORT, "localhost", resolve);
    });

  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(130);
    stopping = true;
    say("\nStopper …");
    const closePlain = new Promise((resolve) => {
      if (!plain) return resolve();
      if (typeof plain.closeAllConnections === "function") plain.closeAllConnections();
      plain.close(() => resolve());
    });
    return closePlain
      .then(() => server.stop())
      .then(() => {
        if (sideloaded) {
          const c = npx(["office-addin-debugging@7", "stop", "manifest.xml", "desktop"]);
          spawnSync(c.command, c.args, c.options);
        }
        say("Stoppet.");
        process.exit(0);
      });
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  return server.start().then(listenPlain);
}

checkPorts()
  .then(main)
  .catch((e) => {
    warn(`npm start: ${e && e.message ? e.message : e}`);
    process.exit(1);
  });
