// Pointing at a goal table the add-in did not find (issue 14, item 2) on the command line: headers "Punkt",
// "Indsats", "Opgjort" are no goal table's, so `evaluate` finds none; `--table 'Mål'!A3:G12` and `--map` name the
// table and its columns, and it evaluates to seed 004's 97,2 % (8,75 / 9). The choice is saved in the workbook: a
// second run on the written copy needs neither option.
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { memoryIo } from "../../src/cli/io";
import { runCli } from "../../src/cli/main";
import { goalWorkbook, nordjylland2020Rows } from "../helpers/workbooks";

const HEADERS = ["Punkt", "Indsats", "Del", "Opgjort", "Mål 100 %", "Mål 50 %", "Regel"];
let dir: string;
let input: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "maal-point-"));
  input = path.join(dir, "punkter.xlsx");
  const rows = await nordjylland2020Rows();
  await goalWorkbook(rows, { asTable: false, headers: HEADERS }).xlsx.writeFile(input);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function cli(...args: string[]) {
  const io = memoryIo();
  const code = await runCli(args, io);
  return { code, out: io.stdout, err: io.stderr };
}

describe("--table 'Ark'!A3:G12 and --map", () => {
  test("without them: no goal table, nothing written", async () => {
    const r = await cli("evaluate", input, "--out", path.join(dir, "ingen.xlsx"));
    expect(r.code).toBe(1);
    expect(r.err).toContain("Arbejdsbogen har fejl; intet er skrevet");
  });

  test("with them: seed 004's 97,2 %, written, and the choice saved for the next run", async () => {
    const out = path.join(dir, "punkter.beregnet.xlsx");
    const r = await cli(
      "evaluate",
      input,
      "--table",
      "'Mål'!A3:G12",
      "--map",
      "Nr=Punkt",
      "--map",
      "Mål=Indsats",
      "--map",
      "Resultat=Opgjort",
      "--out",
      out,
      "--json"
    );
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.goalTable).toEqual({ sheet: "Mål", name: "A3:G12", source: "range" });
    expect(json.overall).toBeCloseTo(8.75 / 9, 12);
    expect(json.overallText).toBe("97,2 %, 9 af 9 mål målt");
    expect(json.goals.find((g: { id: string }) => g.id === "6").fulfilment).toBe(0.75);

    const again = await cli("evaluate", out, "--out", path.join(dir, "igen.xlsx"), "--json");
    expect(again.err).toBe("");
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({
      goalTable: { sheet: "Mål", name: "A3:G12", source: "range" },
      overallText: "97,2 %, 9 af 9 mål målt",
    });
  });

  test("a role that is not one, or a value without '=', is a usage error in Danish", async () => {
    const bad = await cli("evaluate", input, "--map", "Farve=Punkt");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--map: 'Farve' er ikke en rolle i måltabellen");
    const noEq = await cli("evaluate", input, "--map", "Resultat");
    expect(noEq.code).toBe(2);
    expect(noEq.err).toContain('--map skal have formen "<rolle>=<overskrift>"');
  });
});
