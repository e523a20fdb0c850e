// scripts/audit.js decides from `npm audit --omit=dev --json`'s output: fail on a high or critical advisory in the
// shipped dependencies; when the audit service cannot be reached or does not exist (this machine's registry answers
// "405 Method Not Allowed"), warn that no audit was made and pass — unless AUDIT_STRICT=1.
// Samples in fixtures/audit: the 405 recorded on this machine, and reports in npm's v2 format.
import { readFileSync } from "fs";
import path from "path";

interface Verdict {
  exitCode: number;
  kind: "clean" | "blocking" | "unavailable";
  lines: string[];
}
interface AuditScript {
  decide(
    result: { stdout: string; stderr: string; status: number | null; error?: Error },
    options?: { strict?: boolean }
  ): Verdict;
}
const { decide } = require("../../scripts/audit.js") as AuditScript;

function sample(name: string) {
  const file = path.join(__dirname, "fixtures", "audit", `${name}.json`);
  return JSON.parse(readFileSync(file, "utf8")) as {
    stdout: string;
    stderr: string;
    status: number;
  };
}

describe("scripts/audit.js", () => {
  test("a clean report passes", () => {
    const verdict = decide(sample("clean"));
    expect(verdict).toMatchObject({ exitCode: 0, kind: "clean" });
    expect(verdict.lines.join("\n")).toContain("0 critical, 0 high");
  });

  test("a moderate advisory alone passes (only high and critical block)", () => {
    expect(decide(sample("moderate-only"))).toMatchObject({ exitCode: 0, kind: "clean" });
  });

  test("high and critical advisories fail the build and are listed with their titles and links", () => {
    const verdict = decide(sample("high-and-critical"));
    expect(verdict).toMatchObject({ exitCode: 1, kind: "blocking" });
    const text = verdict.lines.join("\n");
    expect(text).toContain("zip-reader (high): Path traversal when extracting archives (zip slip)");
    expect(text).toContain("https://github.com/advisories/GHSA-dddd-eeee-ffff");
    expect(text).toContain("proto-merge (critical): Prototype pollution in deep merge");
    expect(text).toContain("xlsx-lib (high): through zip-reader");
    expect(text).not.toContain("cookie-jar");
    // Strict or not, an advisory fails.
    expect(decide(sample("high-and-critical"), { strict: true }).exitCode).toBe(1);
  });

  test("the registry's 405 (no audit service) warns that no audit was made, and passes unless strict", () => {
    const lenient = decide(sample("registry-405"));
    expect(lenient).toMatchObject({ exitCode: 0, kind: "unavailable" });
    expect(lenient.lines[0]).toBe(
      "WARNING: npm audit could not be performed: 405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk."
    );
    expect(lenient.lines.join("\n")).toContain("this is not a clean result");
    expect(decide(sample("registry-405"), { strict: true })).toMatchObject({
      exitCode: 1,
      kind: "unavailable",
    });
  });

  test("no network, npm missing, or no report at all: unavailable, never clean", () => {
    const offline = {
      status: 1,
      stderr:
        "npm error code ENOTFOUND\nnpm error A complete log of this run can be found in: x.log\n",
      stdout: JSON.stringify({
        error: {
          code: "ENOTFOUND",
          summary: "request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed",
          detail: "",
        },
      }),
    };
    expect(decide(offline)).toMatchObject({ exitCode: 0, kind: "unavailable" });
    expect(decide(offline).lines[0]).toContain("advisories/bulk failed");
    const missing = { status: null, stdout: "", stderr: "", error: new Error("spawn npm ENOENT") };
    expect(decide(missing, { strict: true })).toMatchObject({ exitCode: 1, kind: "unavailable" });
    expect(decide({ status: 1, stdout: "not json", stderr: "" }).kind).toBe("unavailable");
  });
});
