import type { CliIo } from "./io";

// Placeholder while the evaluate command is being written in this session.
export async function runEvaluate(_args: string[], io: CliIo): Promise<number> {
  io.err("evaluate: ikke færdig endnu\n");
  return 2;
}
