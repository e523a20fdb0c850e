// What-if messages, in Danish (the command line and the pane quote the change they are about in front of them).
type Params = Record<string, string | number>;

const da: Record<string, (p: Params) => string> = {
  syntax: (p) =>
    `'${p.text}' kan ikke læses: skriv <mål>[/<del>[/<segment>]].<nøgle>=<værdi>, fx 1.mål100=55 eller 12/Korte forløb.regel=forholdsmæssig`,
  "unknown-key": (p) => `ukendt nøgle '${p.key}' (kendte: ${p.known})`,
  "sweep-key": (p) =>
    `'${p.text}': kun en tærskel, et resultat, en vægt eller en antagelse kan gennemløbes`,
  "sweep-syntax": (p) =>
    `'${p.text}' kan ikke læses som et interval: skriv fra:til:skridt, fx 1.mål100=50:70:1`,
  "sweep-step": (p) => `skridtet '${p.text}' skal være et tal større end 0`,
  "sweep-points": (p) =>
    `intervallet giver ${p.count} punkter; højst ${p.max} er tilladt (brug et større skridt)`,
  "sweep-value": (p) => `'${p.text}' i intervallet er ikke et tal`,
  "unknown-goal": (p) => `mål ${p.goal} findes ikke i måltabellen (målene er: ${p.known})`,
  "unknown-part": (p) =>
    `mål ${p.goal} har ingen del '${p.part}' (${p.known ? `delene er: ${p.known}` : "målet har ingen dele"})`,
  "unknown-segment": (p) =>
    `mål ${p.goal}${p.part ? `, del '${p.part}',` : ""} har intet segment '${p.segment}' (${p.known ? `segmenterne er: ${p.known}` : "ingen segmenter"})`,
  "ambiguous-segment": (p) =>
    `segmentet '${p.segment}' findes i flere dele af mål ${p.goal} (${p.parts}): skriv ${p.goal}/<del>/${p.segment}`,
  "no-goal-table": () => `arbejdsbogen har ingen måltabel at regne på`,
  "unknown-rule": (p) => `ukendt regel '${p.text}' (kendte: ${p.known})`,
  "unknown-direction": (p) => `ukendt retning '${p.text}' (skriv mindst eller højst)`,
  "bad-value": (p) => `'${p.text}' kan ikke læses: ${p.reason}`,
  "tier-value": (p) =>
    `'${p.text}' er ikke en tærskel (skriv et tal, fx 55, 72,5 eller 60 %, eller 'ingen' for at fjerne trinnet)`,
  "bad-weight": (p) => `vægten '${p.text}' skal være et tal på 0 eller derover`,
  "weight-goal": (p) => `vægten gælder hele målet: skriv ${p.goal}.vægt=…`,
  "agreed-goal": (p) => `en aftalt opfyldelse gælder hele målet: skriv ${p.goal}.aftalt=…`,
  "bad-assume": (p) =>
    `'${p.text}' er ikke en antagelse: skriv opfyldt, ikke opfyldt eller en opfyldelse som 75 %`,
  "bad-result": (p) =>
    `resultatet '${p.text}' kan ikke læses (skriv fx 58, 72,5, 60 %, 3/4, Ja eller afventer)`,
  "bad-fraction": (p) => `'${p.text}' er ikke en opfyldelse mellem 0 og 100 %`,
  "tier-column": (p) =>
    `måltabellen har intet trin for ${p.tier}, og det kan kun tilføjes for hele procenter (fx mål75)`,
  "missing-tier": () => `angiv hvilket trin, fx mål100 eller mål50`,
  "new-error": (p) => `ændringerne giver en fejl: ${p.error}`,
};

export function whatIfMessage(code: string, params: Params = {}): string {
  const m = da[code];
  return m ? m(params) : code;
}
