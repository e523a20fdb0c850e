// Opt-in strictness (types.ts, HostStrictness): each documented behaviour the adapter does not survive yet is
// switched on by name, so the adapter's own tests stay green while the host already knows how Excel behaves.

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
  option: HostStrictness | "all" | undefined,
  environment = environmentStrictness()
): ResolvedStrictness {
  const chosen = option ?? environment;
  const all = chosen === "all";
  return Object.fromEntries(
    STRICTNESS_NAMES.map((name) => [name, all || (chosen as HostStrictness)[name] === true])
  ) as ResolvedStrictness;
}

/**
 * EXCEL_HOST_STRICT="all" or "undoGroups,textParsing": the default for hosts created without a strictness option.
 * For surveys ("which adapter tests fail when Excel's behaviour X is modelled?") without editing the tests. Read
 * only where a `process` global exists (Node); the browser build has none.
 */
export function environmentStrictness(): HostStrictness | "all" {
  const raw = environmentVariable("EXCEL_HOST_STRICT");
  if (!raw) return {};
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
