// Strictness (types.ts, HostStrictness): each documented Excel behaviour the host models has a name and is switched on
// by name, or all at once with "all". The adapter survives all of them (test/excel/survivesStrictHost.test.ts runs
// every writer under "all" on each profile; EXCEL_HOST_STRICT=all runs any test file that way). The default stays
// off so the host's own tests of its earlier behaviour, and other suites, keep their meaning.

import type { HostStrictness, HostStrictnessName } from "../types";

export const STRICTNESS_NAMES: readonly HostStrictnessName[] = [
  "undoGroups",
  "veryHiddenDelete",
  "textParsing",
  "payloadGeneralException",
  "nullObjects",
];

export type ResolvedStrictness = Readonly<Record<HostStrictnessName, boolean>>;

export function resolveStrictness(
  option: HostStrictness | "all" | "none" | undefined,
  environment = environmentStrictness()
): ResolvedStrictness {
  const chosen = option ?? environment;
  if (chosen === "all" || chosen === "none")
    return Object.fromEntries(
      STRICTNESS_NAMES.map((name) => [name, chosen === "all"])
    ) as ResolvedStrictness;
  return Object.fromEntries(
    STRICTNESS_NAMES.map((name) => [name, chosen[name] === true])
  ) as ResolvedStrictness;
}

/**
 * EXCEL_HOST_STRICT="all", "none" (the default when unset), or a comma-separated list ("undoGroups,textParsing"):
 * the strictness of hosts created without a strictness option. For surveys ("which adapter tests fail when Excel's
 * behaviour X is modelled?") without editing the tests. Read only where a `process` global exists (Node); the
 * browser build has none and gets the default.
 */
export function environmentStrictness(): HostStrictness | "all" | "none" {
  const raw = environmentVariable("EXCEL_HOST_STRICT");
  if (!raw || raw.trim() === "none") return "none";
  if (raw.trim() === "all") return "all";
  const names = raw
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean);
  for (const name of names) {
    if (!(STRICTNESS_NAMES as readonly string[]).includes(name))
      throw new Error(
        `EXCEL_HOST_STRICT: unknown behaviour '${name}' (${STRICTNESS_NAMES.join(", ")})`
      );
  }
  return Object.fromEntries(names.map((n) => [n, true]));
}

export function environmentVariable(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  return env?.[name];
}
