// Deep copy of plain model data (rules, criteria), so loaded snapshots never share objects with the model.
export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
