#!/usr/bin/env node
// Runs before `npm test`: the browser test drives Debian's Chromium through playwright-core (which never downloads a
// browser of its own). On a fresh Debian/Ubuntu machine this installs it with apt-get, as root or with sudo; anywhere
// else it says what to do. CHROMIUM_PATH points at another Chromium binary.
"use strict";
const fs = require("fs");
const { spawnSync } = require("child_process");

const wanted = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasSudo =
  !isRoot &&
  spawnSync("sh", ["-c", "command -v sudo && sudo -n true"], { stdio: "ignore" }).status === 0;

// The memo test (test/cli/memo.test.ts) converts the .docx with LibreOffice and reads the PDF with poppler, as a
// reader would open it in a word processor. Best effort: without them that test checks the document's XML only and
// says so.
if (!fs.existsSync("/usr/bin/soffice") || !fs.existsSync("/usr/bin/pdftotext")) {
  if (hasApt && (isRoot || hasSudo)) {
    process.stdout.write(
      "LibreOffice og poppler til memotesten mangler: installerer dem med apt-get …\n"
    );
    const prefix = isRoot ? [] : ["sudo", "-n"];
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const [cmd, ...rest] = [
      ...prefix,
      "sh",
      "-c",
      "apt-get update -qq && apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-dejavu-core >/dev/null",
    ];
    spawnSync(cmd, rest, { stdio: "inherit", env });
  }
}

if (fs.existsSync(wanted)) process.exit(0);

if (hasApt && (isRoot || hasSudo)) {
  process.stdout.write(
    "Chromium mangler til browsertesten: installerer Debians chromium med apt-get …\n"
  );
  const prefix = isRoot ? [] : ["sudo", "-n"];
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const run = (args) => {
    const [cmd, ...rest] = [...prefix, ...args];
    return spawnSync(cmd, rest, { stdio: "inherit", env }).status === 0;
  };
  if (
    run(["apt-get", "update", "-qq"]) &&
    run([
      "apt-get",
      "install",
      "-y",
      "-qq",
      "--no-install-recommends",
      "chromium",
      "fonts-dejavu-core",
    ])
  ) {
    if (fs.existsSync(wanted)) process.exit(0);
  }
}
process.stderr.write(
  `Browsertesten kræver Chromium (${wanted}), og den kunne ikke installeres automatisk.\n` +
    "Installér den med: sudo apt-get install -y chromium   (eller sæt CHROMIUM_PATH til en Chromium).\n" +
    "The browser test needs Chromium: sudo apt-get install -y chromium (or set CHROMIUM_PATH).\n"
);
process.exit(1);
