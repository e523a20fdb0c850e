// The KKR agenda memo (issue 17): reads the workbook (writing nothing) for the memo's generated title and Indstilling,
// lets the user edit them and the meeting date, then makes the .docx and hands it over as a download. Loaded lazily
// (MemoAction.tsx): with it come the memo core and, when a memo is made, the docx package. It uses only Fluent
// components the first view already has (the webpack config puts every Fluent module in one initially loaded chunk,
// so a new Fluent component here would grow the first view): the Indstilling is a native <textarea> in Fluent's
// colours, the file link a Button as <a>.
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { PaneEnvironment } from "../../../shared/environment";
import { canReadCulture } from "../../../shared/environment";
import { usePaneText } from "../../../shared/PaneText";
import type { TableRef } from "../../../shared/workbook";
import { DOCX_TYPE, downloadFile, offerFile, type OfferedFile } from "./download";
import {
  makeMemo,
  memoDefaults,
  rasteriseSvgInBrowser,
  readFulfilmentChartImage,
  type ChartImage,
  type MemoDefaults,
} from "./workbook";
import { memoWords } from "./words";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  text: { margin: 0 },
  // A native textarea drawn like Fluent's inputs (stroke, accessible bottom stroke, radius, body font).
  textarea: {
    boxSizing: "border-box",
    width: "100%",
    minHeight: "6em",
    resize: "vertical",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
    ":disabled": { color: tokens.colorNeutralForegroundDisabled },
  },
});

export interface MemoPanelProps {
  env: PaneEnvironment;
  goalTable?: TableRef;
  year?: number;
  /** Another job of the section runs: the button waits. */
  busy: boolean;
}

/** Today as yyyy-mm-dd in the user's time zone (the memo's default date). */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Office for Mac and iPad run the pane in WKWebView, which drops downloads (OfficeDev/office-js#2700). */
function downloadsBlocked(env: PaneEnvironment): boolean {
  return env.platform === "Mac" || env.platform === "iOS";
}

type Outcome =
  | { kind: "saved"; file: OfferedFile; chart: "excel" | "drawn" | "none"; warnings: string[] }
  | { kind: "errors" }
  | { kind: "failed"; message: string };

export function MemoPanel({ env, goalTable, year, busy }: MemoPanelProps) {
  const { t } = usePaneText(memoWords);
  const styles = useStyles();
  const [defaults, setDefaults] = useState<MemoDefaults | null>(null);
  const [title, setTitle] = useState("");
  const [date, setDate] = useState(today);
  const [indstilling, setIndstilling] = useState("");
  const [working, setWorking] = useState<"reading" | "making" | null>("reading");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const offered = useRef<OfferedFile | null>(null);
  const { runner } = env;
  const cultureInfo = canReadCulture(env);
  const tableKey = goalTable ? `${goalTable.sheet}\u0000${goalTable.name}` : "";

  // The generated title and Indstilling, read again when the goal table or the year changes.
  useEffect(() => {
    let live = true;
    setWorking("reading");
    memoDefaults(runner, { date: today(), goalTable, year, cultureInfo })
      .then((read) => {
        if (!live) return;
        setDefaults(read);
        if (read.status === "ok") {
          setTitle(read.title);
          setIndstilling(read.indstilling);
        }
      })
      .catch((e: unknown) => live && setOutcome({ kind: "failed", message: (e as Error).message }))
      .finally(() => live && setWorking(null));
    return () => {
      live = false;
    };
    // goalTable is compared by its key: a new object for the same table reads nothing again.
  }, [runner, tableKey, year, cultureInfo]);

  useEffect(() => () => offered.current?.revoke(), []);

  async function make() {
    setWorking("making");
    setOutcome(null);
    try {
      // Excel's own picture of the Oversigt chart where Beregn has drawn it; otherwise the core's SVG drawn by the
      // browser. A chart that cannot be read is no reason to fail the memo.
      let chart: ChartImage | null = null;
      try {
        chart = await readFulfilmentChartImage(runner);
      } catch {
        chart = null;
      }
      const made = await makeMemo(runner, {
        date: date || today(),
        goalTable,
        year,
        cultureInfo,
        title: title.trim() || undefined,
        indstilling: indstilling.trim() || undefined,
        chart: chart ?? undefined,
        rasterise: chart ? undefined : rasteriseSvgInBrowser,
      });
      if (made.status === "errors") {
        setOutcome({ kind: "errors" });
        return;
      }
      const name = `Dagsordenspunkt KKR${made.memo.year ? ` ${made.memo.year}` : ""}.docx`;
      offered.current?.revoke();
      const file = offerFile(made.docx, name, DOCX_TYPE);
      offered.current = file;
      if (!downloadsBlocked(env)) downloadFile(file);
      setOutcome({
        kind: "saved",
        file,
        chart: chart ? "excel" : made.memo.chart ? "drawn" : "none",
        warnings: made.warnings,
      });
    } catch (e) {
      setOutcome({ kind: "failed", message: (e as Error).message });
    } finally {
      setWorking(null);
    }
  }

  const ok = defaults?.status === "ok";
  const missing = defaults?.status === "ok" ? defaults.missing : [];
  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.text}>
        {t.memoIntro}
      </Body1>
      {defaults?.status === "errors" ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.memoErrors}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Field
        label={t.memoTitleLabel}
        hint={
          missing.length > 0
            ? t.memoMissing(missing.map((m) => t.memoMissingWords[m]).join(", "))
            : t.memoTitleHint
        }
      >
        <Input value={title} onChange={(_, d) => setTitle(d.value)} disabled={!ok} />
      </Field>
      <Field label={t.memoDateLabel}>
        <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} disabled={!ok} />
      </Field>
      <Field label={t.memoIndstillingLabel} hint={t.memoIndstillingHint}>
        {(control) => (
          <textarea
            {...control}
            className={styles.textarea}
            value={indstilling}
            onChange={(e) => setIndstilling(e.target.value)}
            rows={4}
            disabled={!ok}
          />
        )}
      </Field>
      {downloadsBlocked(env) ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.memoMacTitle}</MessageBarTitle> {t.memoMacBody}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div>
        <Button
          appearance="primary"
          onClick={() => void make()}
          disabledFocusable={!ok || busy || working !== null}
        >
          {t.memoMake}
        </Button>
      </div>
      {working !== null ? (
        <Field label={working === "reading" ? t.memoReading : t.memoMaking}>
          <ProgressBar thickness="large" />
        </Field>
      ) : null}
      {outcome?.kind === "errors" ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.memoErrors}</MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome?.kind === "failed" ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t.memoFailed(outcome.message)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome?.kind === "saved" ? (
        <MessageBar intent="success" layout="multiline" data-testid="memo-saved">
          <MessageBarBody>
            {downloadsBlocked(env) ? null : <>{t.memoSaved(outcome.file.name)} </>}
            {outcome.chart === "excel" ? t.memoChartExcel : null}
            {outcome.chart === "drawn" ? t.memoChartDrawn : null}
            {outcome.warnings.map((w) => (
              <Caption1 as="p" key={w} className={styles.text}>
                {w}
              </Caption1>
            ))}{" "}
            <Button as="a" href={outcome.file.url} download={outcome.file.name} size="small">
              {t.memoSaveLink(outcome.file.name)}
            </Button>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}

export default MemoPanel;
