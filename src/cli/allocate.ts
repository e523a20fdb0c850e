import type { CliIo } from "./io";

// Placeholder while the allocate command is being written in this session.
export async function runAllocate(_args: string[], io: CliIo): Promise<number> {
  io.err("allocate: ikke færdig endnu\n");
  return 2;
}
