// Output streams for the command line, injectable so tests run commands in-process and read what they print.
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  };
}

/** Collects output in memory (tests, the benchmark). */
export function memoryIo(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}

/** Wrong usage: the message, then the command's usage when given; returns the exit code 2. */
export function usageError(io: CliIo, message: string, usageText?: string): 2 {
  io.err(usageText ? `${message}\n\n${usageText.trimEnd()}\n` : `${message}\n`);
  return 2;
}

export function usage(): string {
  return [
    "Brug: maalopfyldelse <kommando> [tilvalg]",
    "",
    "  evaluate <arbejdsbog.xlsx> [--out <fil.xlsx>] [--year <år>] [--table <ark!tabel>] [--overwrite] [--json]",
    "      Beregner målopfyldelsen og skriver Opfyldelse, Status og Forklaring i en kopi (<navn>.beregnet.xlsx).",
    "      --table 'Mål'!A3:H20 peger på en måltabel, der ikke blev fundet (første række er overskrifterne);",
    '      --map "Resultat=Opnået" (kan gentages) siger, hvilken kolonne der er hvad. Valget gemmes i arbejdsbogen.',
    "  allocate <arbejdsbog.xlsx | indbyggere.csv> --total <kr> [--unit <kr>] [--instalments 1|4|12]",
    "           [--method largest-remainder|round-each] [--key population|amount] [--fixed <kr>] [--json]",
    "      Fordeler et beløb efter indbyggertal, så beløbene summer præcist til totalen, og tjekker en eksisterende nøgle.",
    "  allocate --hub <Erhvervshus> --total <kr> [--year <år>] [--unit …] [--instalments …] [--method …] [--json]",
    "  allocate --national <kr> [--year <år>] [--unit …] [--instalments …] [--method …] [--json]",
    "      Fordeler efter Danmarks Statistiks indbyggertal pr. 1. januar <år> (uden nøglefil): et hus' kommuner, eller",
    "      landets total over de seks Erhvervshuse og derefter hvert hus' kommuner, præcist i begge trin.",
    "  spread <aktiviteter.xlsx | .csv> --hub <Erhvervshus> [--year <år>] [--column <overskrift>] [--company <overskrift>]",
    "         [--rural <fil eller kolonne>] [--minimum <antal>] [--out <fil.xlsx>] [--json]",
    "      Geografisk spredning: aktiviteter og virksomheder pr. kommune, pr. 10.000 indbyggere, indeks, dækning og",
    "      landindeks (landkommuner efter Danmarks Statistiks kommunegrupper, eller din egen inddeling med --rural).",
    "      --out skriver arbejdsbogen med arket Spredning (tabel, nøgletal og diagram) til <fil.xlsx>.",
    // what-if (src/cli/whatif.ts)
    '  whatif <arbejdsbog.xlsx> [--set "<mål>[/<del>[/<segment>]].<nøgle>=<værdi>"]… [--sweep "<mål>.<nøgle>=<fra>:<til>:<skridt>"]',
    "         [--year <år>] [--table <ark!tabel>] [--json]",
    "      Hvad nu hvis: ændrer tærskler, resultater, regler, retning, vægte eller antagelser i en kopi og viser opfyldelsen",
    "      før og efter, afstanden til næste trin og evt. et gennemløb. Arbejdsbogen skrives ikke.",
    "      Nøgler: mål100/threshold100 (og mål50, …), resultat/result, regel/rule, retning/direction, vægt/weight,",
    '      antag/assume, aftalt/agreed. Fx --set "1.mål100=55" --set "12/Korte forløb.regel=forholdsmæssig"',
    // the KKR agenda memo (src/cli/memo.ts)
    '  memo <arbejdsbog.xlsx> [--out <notat.docx>] [--title "…"] [--indstilling "…"] [--date <åååå-mm-dd>] [--json]',
    "      Laver dagsordenspunktet til KKR som Word-dokument (<navn>.notat.docx): sagsfremstilling, oversigt over mål,",
    "      diagram, indstilling og et afsnit pr. mål. Arbejdsbogen skrives ikke.",
    // comparing contract years or hubs (src/cli/compare.ts)
    '  compare <a.xlsx> <b.xlsx> [flere.xlsx …] [--labels "2021,2022"] [--out <fil.xlsx>] [--json]',
    "      Sammenligner måltabeller (to kontraktår eller flere huse): nye, udgåede, ændrede og uændrede mål, hvad der er",
    "      ændret, og opfyldelsen side om side; --out skriver arket Sammenligning i en kopi af den sidste arbejdsbog.",
    "",
  ].join("\n");
}
