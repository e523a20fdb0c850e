// `maalopfyldelse <command> …`: the command line. Each command lives in its own module and returns an exit code:
// 0 success, 1 the workbook or input has errors (listed, nothing written), 2 wrong usage.
import { runEvaluate } from "./evaluate";
import { runAllocate } from "./allocate";
import { runWhatIf } from "./whatif";
import { runMemo } from "./memo";
import { runSpread } from "./spread";
import { runCompare } from "./compare";
import { usage, type CliIo, processIo } from "./io";

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  evaluate: runEvaluate,
  allocate: runAllocate,
  // "Hvad nu hvis": read-only scenarios on the goal table (src/cli/whatif.ts).
  whatif: runWhatIf,
  // The KKR agenda memo as .docx (src/cli/memo.ts, issue 17).
  memo: runMemo,
  // Geographic spread of a hub's activities over its municipalities (src/cli/spread.ts).
  spread: runSpread,
  // Contract years or hubs side by side (src/cli/compare.ts, issue 15).
  compare: runCompare,
};

export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    io.out(usage());
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`Ukendt kommando '${command}'.\n\n${usage()}`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (e) {
    // A bug, not bad input: say so in one line instead of a stack trace; MAALOPFYLDELSE_DEBUG shows the stack.
    io.err(`Intern fejl: ${(e as Error).message}\n`);
    if (process.env.MAALOPFYLDELSE_DEBUG) io.err(`${(e as Error).stack}\n`);
    return 1;
  }
}
