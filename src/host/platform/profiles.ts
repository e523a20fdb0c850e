// What differs between Excel on the web, on Windows and on Mac, as Microsoft documents it, and the host's choice of
// default. Everything here is data; the behaviours live where they act (engine.ts, model/, api/).
//
// - Payload limits: "Excel on the web has a payload size limit for requests and responses of 5MB"; the error codes
//   RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded: "This error only occurs in Office on the
//   web." (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins;
//   …/testing/application-specific-api-error-handling). Desktop profiles have no payload limit in the host.
// - The 5,000,000-cell read limit: "On all platforms, a range is limited to five million cells for get operations."
//   (learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices).
// - Requirement sets: "Excel JavaScript API requirement sets" (learn.microsoft.com/javascript/api/requirement-sets/
//   excel/excel-api-requirement-sets): ExcelApi 1.21 on the web, Windows (Microsoft 365, Version 2606) and Mac
//   (16.110.1); ExcelApiOnline only on the web; ExcelApiDesktop 1.1 only on Windows and Mac. SharedRuntime 1.2 and
//   CustomFunctionsRuntime 1.5 on all three (…/common/shared-runtime-requirement-sets,
//   …/excel/custom-functions-requirement-sets). Older Office (Office 2021: ExcelApi 1.14, Office 2024: 1.17; both
//   without 1.20, so without mergeUndoGroup) is a requirementSets option, not a profile.
// - Undo support: platform/undoSupport.ts.
// - Office.context.diagnostics.platform is an Office.PlatformType: "OfficeOnline", "PC", "Mac". The version strings
//   are the host's own (Windows: "16.0.<build>.<revision>" as the ContextInformation.version reference describes).
//
// Default profile: "web". It is the only platform with payload limits, so an adapter that passes on it also stays
// under 5 MB; KKR consultants without desktop Excel use it; and it keeps the host's behaviour from before profiles.
// Undo grouping is stricter on Windows and Mac (setting Worksheet.visibility has no undo support there), which is
// why tests run every profile.

import type { HostDiagnostics, PlatformProfile } from "../types";

export const DEFAULT_PROFILE: PlatformProfile = "web";

export const PROFILES: readonly PlatformProfile[] = ["web", "windows", "mac"];

const WEB_LIMIT = 5 * 1024 * 1024;

export interface ProfileDefaults {
  payloadLimitBytes: number;
  requirementSets: Readonly<Record<string, string>>;
  diagnostics: HostDiagnostics;
}

const COMMON_SETS = { ExcelApi: "1.21", SharedRuntime: "1.2", CustomFunctionsRuntime: "1.5" };

export function profileDefaults(profile: PlatformProfile): ProfileDefaults {
  switch (profile) {
    case "web":
      return {
        payloadLimitBytes: WEB_LIMIT,
        requirementSets: { ...COMMON_SETS, ExcelApiOnline: "1.1" },
        diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.0.0" },
      };
    case "windows":
      return {
        payloadLimitBytes: Number.POSITIVE_INFINITY,
        requirementSets: { ...COMMON_SETS, ExcelApiDesktop: "1.1" },
        diagnostics: { host: "Excel", platform: "PC", version: "16.0.20131.20090" },
      };
    case "mac":
      return {
        payloadLimitBytes: Number.POSITIVE_INFINITY,
        requirementSets: { ...COMMON_SETS, ExcelApiDesktop: "1.1" },
        diagnostics: { host: "Excel", platform: "Mac", version: "16.110.1" },
      };
  }
}

/** "1.20" > "1.9": versions compare part by part as numbers. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Office.context.requirements.isSetSupported(name, minVersion): the set is present at that version or later.
 * Without a version the host asks for "1.1" (the reference does not say). */
export function setSupported(
  sets: Readonly<Record<string, string>>,
  name: string,
  minVersion = "1.1"
): boolean {
  const have = Object.entries(sets).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
  return have !== undefined && compareVersions(have, String(minVersion)) >= 0;
}

/** "ExcelApi 1.11" → supported by `sets`? */
export function requirementMet(
  sets: Readonly<Record<string, string>>,
  requirement: string
): boolean {
  const [name, version] = requirement.split(" ");
  return setSupported(sets, name, version);
}
