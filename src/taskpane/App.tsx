// The pane's root: theme, locale, and the sections as tabs. A section is mounted the first time its tab opens and then
// kept (hidden), so its state (and the workbook it has read) survives switching tabs.
import {
  Button,
  Caption1,
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  mergeClasses,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useMemo, useRef, useState, type ComponentType } from "react";
import Maalopfyldelse from "./sections/maalopfyldelse";
import type { PaneEnvironment, SectionProps } from "./shared/environment";
import { trackOwnRuns } from "./shared/ownRuns";
import { PaneLocaleProvider } from "./shared/PaneText";
import { sharedWords, type PaneLocale } from "./shared/words";
import { paneTheme } from "./theme";
import { Loading } from "./shared/components/Loading";

interface PaneSection {
  /** The tab's and the panel's id ("tab-fordeling", "panel-fordeling", "heading-fordeling"). */
  id: string;
  /** The tab's name, also the section's heading. */
  label: Record<PaneLocale, string>;
  Section: ComponentType<SectionProps>;
  /** Used now and then: reached through the tab "Flere", so the tabs fit on one line at 320 px. */
  more?: true;
}

// The sections, in tab order. A new section is a folder in sections/ (its index.ts exports the section as default)
// and one line here. Only the first is in the first view's bundle: the others (with the allocation and what-if
// cores) load when their tab is first opened, so the pane starts with less JavaScript. (One line per section, as a
// table: prettier would break the lines.)
// prettier-ignore
const SECTIONS: PaneSection[] = [
  { id: "maalopfyldelse", label: { da: "Målopfyldelse", en: "Fulfilment" }, Section: Maalopfyldelse },
  { id: "fordeling", label: { da: "Fordeling", en: "Allocation" }, Section: lazy(() => import("./sections/fordeling")) },
  { id: "hvadnuhvis", label: { da: "Hvad nu hvis", en: "What if" }, Section: lazy(() => import("./sections/hvadnuhvis")) },
  { id: "spredning", label: { da: "Spredning", en: "Spread" }, Section: lazy(() => import("./sections/spredning")), more: true },
  { id: "sammenlign", label: { da: "Sammenlign", en: "Compare" }, Section: lazy(() => import("./sections/sammenlign")), more: true },
  { id: "kontrol", label: { da: "Kontrollér Excel", en: "Check Excel" }, Section: lazy(() => import("./sections/kontrol")), more: true },
];

/** The tab that lists the sections used now and then (Kontrollér Excel is a self-check, not a first screen). */
const MORE = "flere";
const isMore = (id: string) => SECTIONS.some((s) => s.id === id && s.more);

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    // Narrow sides: at Office's default 350 px (320 px at the narrowest) every pixel of width goes to the content.
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
    // At 320 px the four tabs need the last pixels (measured: 302 px of tabs in a 288 px list).
    "@media (max-width: 340px)": { paddingInline: tokens.spacingHorizontalXS },
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  // The pane's name and each section's name are headings for screen readers only: Office's pane title already says
  // "Målopfyldelse" and the selected tab names the section, so seen they would read "Målopfyldelse" three times.
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    border: 0,
  },
  // Three tabs on one line down to 320 px (test/browser/paneWidth.test.ts measures it, in Linux's wider fallback
  // font): small tabs with caption-sized text and narrow sides. More tabs wrap rather than scroll the pane sideways.
  tabs: { flexWrap: "wrap" },
  tab: {
    paddingInline: tokens.spacingHorizontalXS,
    "@media (max-width: 340px)": { paddingInline: tokens.spacingHorizontalXXS },
    // The label, and the hidden bold copy that reserves the selected tab's width.
    "& .fui-Tab__content, & .fui-Tab__content--reserved-space": {
      fontSize: tokens.fontSizeBase200,
      lineHeight: tokens.lineHeightBase200,
    },
  },
  // The "⋯" tab: no wider than its glyph, so four tabs fit on one line at 320 px.
  moreTab: { paddingInline: tokens.spacingHorizontalXXS, minWidth: "auto" },
  panel: { paddingTop: tokens.spacingVerticalS },
  moreList: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
  },
  moreHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

// A focus ring on text fields and dropdowns as visible as the buttons' (WCAG 2.2, 2.4.7 Focus Visible and 2.4.11
// Focus Not Obscured): Fluent marks them only with a thin underline. Keyboard and pointer focus alike, since a field
// takes typing either way.
const useFocusStyles = makeStaticStyles({
  ".fui-Input:focus-within, .fui-Select:focus-within, .fui-Dropdown:focus-within, .fui-Combobox:focus-within, .fui-Textarea:focus-within, .fui-SpinButton:focus-within":
    {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
});

export function App({ env }: { env: PaneEnvironment }) {
  const styles = useStyles();
  useFocusStyles();
  const locale = env.locale;
  const t = sharedWords[locale];
  const theme = useMemo(() => paneTheme(env.theme), [env.theme]);
  const [tab, setTab] = useState(SECTIONS[0].id);
  const [opened, setOpened] = useState<Set<string>>(() => new Set([SECTIONS[0].id]));
  const open = useCallback((id: string) => {
    setTab(id);
    setOpened((prev) => (prev.has(id) ? prev : new Set([...prev, id])));
  }, []);
  // The first screen: a workbook with a key table and no goal table opens on Fordeling (unless the user already
  // chose a tab), rather than on Målopfyldelse's "ingen måltabel fundet". Asked once, on the first preview.
  const chosen = useRef(false);
  const askedFirstScreen = useRef(false);
  const onNoGoalTable = useCallback(() => {
    if (askedFirstScreen.current) return;
    askedFirstScreen.current = true;
    import("./sections/fordeling/workbook")
      .then((fordeling) => fordeling.hasKeyTable(env.runner))
      .then((has) => {
        if (has && !chosen.current) open("fordeling");
      })
      .catch(() => undefined); // Målopfyldelse's own message stays: nothing is lost
  }, [env.runner, open]);
  // Writes to the workbook, by section: a section that shows what the workbook holds (Målopfyldelse and its Fortryd)
  // reads it again when another one wrote.
  const [writes, setWrites] = useState<Record<string, number>>({});
  // The pane's own runs, so the change events its writes raise are not taken for the user's edits.
  const own = useMemo(() => trackOwnRuns(env.runner), [env.runner]);
  const envs = useMemo(
    () =>
      Object.fromEntries(
        SECTIONS.map((s): [string, PaneEnvironment] => [
          s.id,
          {
            ...env,
            runner: own.runner,
            ownRunInFlight: own.ownNow,
            onAfterWrite: () => {
              env.onAfterWrite?.();
              setWrites((w) => ({ ...w, [s.id]: (w[s.id] ?? 0) + 1 }));
            },
          },
        ])
      ),
    [env, own]
  );
  const allWrites = Object.values(writes).reduce((a, b) => a + b, 0);

  return (
    <FluentProvider theme={theme} lang={locale === "da" ? "da-DK" : "en"} className={styles.root}>
      <PaneLocaleProvider value={locale}>
        <main>
          <h1 className={styles.visuallyHidden}>{t.appTitle}</h1>
          <TabList
            selectedValue={isMore(tab) ? MORE : tab}
            onTabSelect={(_, data) => {
              chosen.current = true;
              if (data.value === MORE) setTab(MORE);
              else open(String(data.value));
            }}
            aria-label={t.tabsLabel}
            size="small"
            className={styles.tabs}
          >
            {SECTIONS.filter((s) => !s.more).map((s) => (
              <Tab
                key={s.id}
                id={`tab-${s.id}`}
                value={s.id}
                aria-controls={`panel-${s.id}`}
                className={styles.tab}
              >
                {s.label[locale]}
              </Tab>
            ))}
            <Tab
              id={`tab-${MORE}`}
              value={MORE}
              aria-controls={`panel-${MORE}`}
              className={mergeClasses(styles.tab, styles.moreTab)}

              aria-label={t.moreTab}
              title={t.moreTitle}
            >
              {/* "⋯" keeps four tabs on one line at 320 px; the name is "Flere" (aria-label) */}⋯
            </Tab>
          </TabList>
          <div
            role="tabpanel"
            id={`panel-${MORE}`}
            aria-labelledby={`tab-${MORE}`}
            hidden={tab !== MORE && !isMore(tab)}
            className={styles.panel}
          >
            {tab === MORE ? (
              <nav aria-label={t.moreTab} className={styles.moreList}>
                <Caption1>{t.moreHint}</Caption1>
                {SECTIONS.filter((s) => s.more).map((s) => (
                  <Button key={s.id} appearance="secondary" onClick={() => open(s.id)}>
                    {s.label[locale]}
                  </Button>
                ))}
              </nav>
            ) : (
              <Button appearance="subtle" size="small" onClick={() => setTab(MORE)}>
                {t.moreBack}
              </Button>
            )}
          </div>
          {SECTIONS.map(({ id, label, Section, more }) => (
            <div
              key={id}
              role={more ? undefined : "tabpanel"}
              id={`panel-${id}`}
              aria-labelledby={more ? undefined : `tab-${id}`}
              hidden={tab !== id}
              className={styles.panel}
            >
              {opened.has(id) ? (
                <Suspense fallback={<Loading />}>
                  <section aria-labelledby={`heading-${id}`} className={styles.section}>
                    <h2
                      id={`heading-${id}`}
                      className={more ? styles.moreHeading : styles.visuallyHidden}
                    >
                      {label[locale]}
                    </h2>
                    <Section
                      env={envs[id]}
                      active={tab === id}
                      otherWrites={allWrites - (writes[id] ?? 0)}
                      ownWrites={writes[id] ?? 0}
                      onNoGoalTable={onNoGoalTable}
                    />
                  </section>
                </Suspense>
              ) : null}
            </div>
          ))}
        </main>
      </PaneLocaleProvider>
    </FluentProvider>
  );
}
