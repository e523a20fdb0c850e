// The pane's root: theme, words, and the three sections as tabs. Every section stays mounted while hidden, so its
// state (and the workbook it has read) survives switching tabs.
import {
  FluentProvider,
  makeStyles,
  Tab,
  TabList,
  Title2,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useMemo, useState, type ReactNode } from "react";
import { messages } from "./i18n";
import type { PaneEnvironment } from "./environment";
import { PaneTextProvider } from "./PaneText";
import { Maalopfyldelse } from "./sections/Maalopfyldelse";
import { paneTheme } from "./theme";

type SectionId = "maalopfyldelse" | "fordeling" | "hvadnuhvis";

// Fordeling and Hvad nu hvis (with the allocation and what-if cores) load when their tab is first opened: the pane
// starts with less JavaScript.
const Fordeling = lazy(() =>
  import("./sections/Fordeling").then((m) => ({ default: m.Fordeling }))
);
const HvadNuHvis = lazy(() =>
  import("./sections/HvadNuHvis").then((m) => ({ default: m.HvadNuHvis }))
);

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  title: { display: "block", margin: `0 0 ${tokens.spacingVerticalS}` },
  // The three tabs are wider than a 320–360 px pane: they wrap rather than scroll the whole pane sideways (a selected
  // tab out of view would be scrolled into it, shifting every section).
  tabs: { flexWrap: "wrap" },
  panel: { paddingTop: tokens.spacingVerticalM },
});

export function App({ env }: { env: PaneEnvironment }) {
  const styles = useStyles();
  const t = messages[env.locale];
  const text = useMemo(() => ({ t, locale: env.locale }), [t, env.locale]);
  const theme = useMemo(() => paneTheme(env.theme), [env.theme]);
  const [tab, setTab] = useState<SectionId>("maalopfyldelse");
  // Bumped when Fordeling or Hvad nu hvis writes: Målopfyldelse reads the workbook again, so its Fortryd knows.
  const [otherWrites, setOtherWrites] = useState(0);
  const otherEnv = useMemo<PaneEnvironment>(
    () => ({
      ...env,
      onAfterWrite: () => {
        env.onAfterWrite?.();
        setOtherWrites((n) => n + 1);
      },
    }),
    [env]
  );

  // A lazy section is mounted from the first time its tab opens, then kept (hidden), so its state survives tab switches.
  const [opened, setOpened] = useState<Set<SectionId>>(() => new Set(["maalopfyldelse"]));
  const sections: { id: SectionId; label: string; content: ReactNode; lazy?: boolean }[] = [
    {
      id: "maalopfyldelse",
      label: t.tabMaalopfyldelse,
      content: <Maalopfyldelse env={env} refreshKey={otherWrites} />,
    },
    // Fordeling and Hvad nu hvis read the workbook when their tab is first opened.
    {
      id: "fordeling",
      label: t.tabFordeling,
      content: <Fordeling env={otherEnv} active={tab === "fordeling"} />,
      lazy: true,
    },
    {
      id: "hvadnuhvis",
      label: t.tabHvadNuHvis,
      content: <HvadNuHvis env={otherEnv} active={tab === "hvadnuhvis"} />,
      lazy: true,
    },
  ];

  return (
    <FluentProvider
      theme={theme}
      lang={env.locale === "da" ? "da-DK" : "en"}
      className={styles.root}
    >
      <PaneTextProvider value={text}>
        <main>
          <Title2 as="h1" className={styles.title}>
            {t.appTitle}
          </Title2>
          <TabList
            selectedValue={tab}
            onTabSelect={(_, data) => {
              const id = data.value as SectionId;
              setTab(id);
              setOpened((prev) => (prev.has(id) ? prev : new Set([...prev, id])));
            }}
            aria-label={t.tabsLabel}
            className={styles.tabs}
          >
            {sections.map((s) => (
              <Tab key={s.id} id={`tab-${s.id}`} value={s.id} aria-controls={`panel-${s.id}`}>
                {s.label}
              </Tab>
            ))}
          </TabList>
          {sections.map((s) => (
            <div
              key={s.id}
              role="tabpanel"
              id={`panel-${s.id}`}
              aria-labelledby={`tab-${s.id}`}
              hidden={tab !== s.id}
              className={styles.panel}
            >
              {s.lazy ? (
                opened.has(s.id) ? (
                  <Suspense fallback={null}>{s.content}</Suspense>
                ) : null
              ) : (
                s.content
              )}
            </div>
          ))}
        </main>
      </PaneTextProvider>
    </FluentProvider>
  );
}
