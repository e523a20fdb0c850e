// The three shapes Office.js's load() takes, reduced to property paths:
//   load("name, format/fill/color") · load(["name", "items/name"]) ·
//   load({ select: "name", expand: "format", top: 10, skip: 0 }) or load({ name: true, format: { fill: { color: true } } }).
// An empty result means "all scalar properties" (what load() without arguments does).

export interface LoadRequest {
  /** Each path split at "/", e.g. ["format", "fill", "color"]. */
  paths: string[][];
  /** Collections only: Office.js's $top / $skip. */
  top?: number;
  skip?: number;
}

export function parseLoadArgument(arg: unknown): LoadRequest {
  if (arg === undefined || arg === null) return { paths: [] };
  if (typeof arg === "string") return { paths: splitNames(arg) };
  if (Array.isArray(arg)) return { paths: arg.flatMap((item) => splitNames(String(item))) };
  if (typeof arg === "object") {
    const options = arg as Record<string, unknown>;
    if (
      "select" in options ||
      "expand" in options ||
      "top" in options ||
      "skip" in options ||
      "$all" in options
    ) {
      const paths = [...namesOf(options.select), ...namesOf(options.expand)];
      return {
        paths: options.$all === true ? [] : paths,
        top: typeof options.top === "number" ? options.top : undefined,
        skip: typeof options.skip === "number" ? options.skip : undefined,
      };
    }
    return { paths: flattenObject(options, []) };
  }
  return { paths: [] };
}

function splitNames(text: string): string[][] {
  return text
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "")
    .map((name) => name.split("/").map((part) => part.trim()));
}

function namesOf(value: unknown): string[][] {
  if (typeof value === "string") return splitNames(value);
  if (Array.isArray(value)) return value.flatMap((v) => splitNames(String(v)));
  return [];
}

function flattenObject(options: Record<string, unknown>, prefix: string[]): string[][] {
  const paths: string[][] = [];
  for (const [key, value] of Object.entries(options)) {
    if (value === true) paths.push([...prefix, key]);
    else if (value && typeof value === "object") {
      const nested = flattenObject(value as Record<string, unknown>, [...prefix, key]);
      paths.push(...(nested.length > 0 ? nested : [[...prefix, key]]));
    }
  }
  return paths;
}
