// Kontrollér Excel (issue 13, item 3): runs the self-check on the user's own Excel and shows the report, with a copy
// button so a pilot user can send it to us. Loaded when its tab is first opened (App.tsx).
import { Body1, Button, makeStyles, ProgressBar, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { SectionProps } from "../../shared/environment";
import { usePaneText } from "../../shared/PaneText";
import { formatSelfCheckReport, runSelfCheck, type SelfCheckReport } from "./workbook";
import { kontrolWords } from "./words";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  failed: { color: tokens.colorPaletteRedForeground1 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export function Kontrol({ env }: SectionProps) {
  const { t } = usePaneText(kontrolWords);
  const styles = useStyles();
  const [report, setReport] = useState<SelfCheckReport | null>(null);
  const [running, setRunning] = useState(false);
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);

  const run = async () => {
    setRunning(true);
    setCopied(null);
    try {
      setReport(
        await runSelfCheck(env.runner, { diagnostics: env.diagnostics, isSetSupported: env.isSetSupported })
      );
    } finally {
      setRunning(false);
    }
  };
  const text = report ? formatSelfCheckReport(report) : "";
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  };
  const passed = report ? report.checks.filter((c) => c.ok).length : 0;

  return (
    <>
      <Body1>{t.checkIntro}</Body1>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void run()} disabled={running}>
          {t.checkRun}
        </Button>
        {report && (
          <Button onClick={() => void copy()}>{t.checkCopy}</Button>
        )}
      </div>
      {running && <ProgressBar aria-label={t.checkRunning} />}
      {copied && <Body1 role="status">{copied === "yes" ? t.checkCopied : t.checkCopyFailed}</Body1>}
      {report && (
        <>
          <Body1>{t.checkPlatform(report.platform, report.version)}</Body1>
          <Body1>
            {t.checkSets}:{" "}
            {report.requirementSets
              .map((s) => `${s.name} ${s.supported ? t.checkSetPresent : t.checkSetMissing}`)
              .join(", ")}
          </Body1>
          <Body1 role="status">{t.checkSummary(passed, report.checks.length)}</Body1>
          <ul className={styles.list} aria-label={t.checkReportLabel}>
            {report.checks.map((c) => (
              <li key={c.name} className={c.ok ? undefined : styles.failed}>
                {c.name}: {c.ok ? t.checkPassed : t.checkFailed(c.code ?? "?")}
                {c.ok ? "" : ` – ${c.message ?? ""}`}
              </li>
            ))}
          </ul>
          <Textarea readOnly value={text} aria-label={t.checkReportLabel} resize="vertical" />
        </>
      )}
    </>
  );
}
