// The audit of the key the table states (src/core/allocate auditKey): its summary, then every finding with its
// severity and cell ("Afvigelse · Nøgle!C2: Billund: angivet andel 3,47 %, men …"). Choosing one selects the cell.
import { Badge, Body1, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { AuditReport } from "../../../../core/allocate";
import { describePlace } from "../../../../core/messages";
import { CellLinkList, type CellLinkListProps } from "../../../shared/components/CellLinkList";
import { usePaneText } from "../../../shared/PaneText";
import { keepFiguresTogether } from "../../../shared/format";
import { fordelingWords } from "../words";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  badge: { flexShrink: 0 },
});

export interface AuditFindingsProps {
  audit: AuditReport;
  onSelect: CellLinkListProps["onSelect"];
}

export function AuditFindings({ audit, onSelect }: AuditFindingsProps) {
  const { t, locale } = usePaneText(fordelingWords);
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.root} data-testid="audit">
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t.auditHeading}
      </Subtitle2>
      <Body1 as="p">{audit.summary}</Body1>
      {audit.findings.length > 0 ? (
        <>
          <Caption1 as="p">{t.auditHint}</Caption1>
          <CellLinkList
            label={t.auditListLabel}
            onSelect={onSelect}
            items={audit.findings.map((f) => ({
              sheet: f.sheet,
              cell: f.cell,
              text: `${describePlace(f.sheet, f.cell, locale)}: ${keepFiguresTogether(f.message)}`,
              before: (
                <Badge
                  className={styles.badge}
                  appearance={f.severity === "discrepancy" ? "filled" : "tint"}
                  color={f.severity === "discrepancy" ? "warning" : "informative"}
                  shape="rounded"
                >
                  {t.severity[f.severity]}
                </Badge>
              ),
            }))}
          />
        </>
      ) : null}
    </section>
  );
}
