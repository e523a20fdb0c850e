// One sheet of the host's snapshot as a grid: column letters, row numbers, column widths, each cell's displayed text
// (Range.text: the host applies the number format, e.g. "75 %", General, dates), its fill, font colour, bold and
// italic, and on top the conditional formats (status text rules → fill, traffic lights → a coloured dot). The
// sheet's charts are drawn over the grid where Excel places them.
import { useRef, useState, type KeyboardEvent } from "react";
import { cellAddress, columnLetters, parseAddress } from "../host/address";
import type { CellSnapshot, ChartSnapshot, SheetSnapshot } from "../host/types";
import { ChartView } from "./ChartView";
import type { CellEditHandler, EditorDone } from "./typedEdit";
import { evaluateConditionalFormats, type CellDecoration } from "./conditional";

const PX_PER_PT = 96 / 72;
const DEFAULT_COLUMN_PT = 48;
export const ROW_HEIGHT_PX = 20;
const HEADER_WIDTH_PX = 40;
const MIN_ROWS = 30;
const MIN_COLUMNS = 12;

function columnWidthPx(sheet: SheetSnapshot, col: number): number {
  return Math.round((sheet.columnWidths[columnLetters(col)] ?? DEFAULT_COLUMN_PT) * PX_PER_PT);
}

/** Whether a chart's source cells are formatted as percentages (the axis then reads 0 %–100 %). */
function sourceIsPercent(
  chart: ChartSnapshot,
  sheets: SheetSnapshot[],
  owner: SheetSnapshot
): boolean {
  const parsed = parseAddress(chart.sourceAddress);
  if (!parsed) return false;
  const sheet = parsed.sheet === undefined ? owner : sheets.find((s) => s.name === parsed.sheet);
  if (!sheet) return false;
  const r = parsed.rect;
  return sheet.cells.some(
    (c) =>
      typeof c.value === "number" &&
      c.row >= r.row &&
      c.row < r.row + r.rowCount &&
      c.column >= r.col &&
      c.column < r.col + r.colCount &&
      c.numberFormat.includes("%")
  );
}

function extent(sheet: SheetSnapshot): { rows: number; columns: number } {
  let rows = MIN_ROWS;
  let columns = MIN_COLUMNS;
  for (const c of sheet.cells) {
    rows = Math.max(rows, c.row + 3);
    columns = Math.max(columns, c.column + 2);
  }
  for (const chart of sheet.charts) {
    const bottom = (chart.position.top + chart.position.height) * PX_PER_PT;
    const right = (chart.position.left + chart.position.width) * PX_PER_PT;
    rows = Math.max(rows, Math.ceil(bottom / ROW_HEIGHT_PX) + 2);
    let x = 0;
    let col = 0;
    while (x < right && col < 200) x += columnWidthPx(sheet, col++);
    columns = Math.max(columns, col + 1);
  }
  return { rows, columns };
}

function alignment(cell: CellSnapshot): "left" | "right" | "center" {
  if (cell.valueType === "Double") return "right";
  if (cell.valueType === "Boolean" || cell.valueType === "Error") return "center";
  return "left";
}

function TrafficLight({ icon }: { icon: NonNullable<CellDecoration["icon"]> }) {
  return (
    <span
      className="cf-icon"
      style={{ background: icon.color }}
      role="img"
      aria-label={`${icon.style} ${icon.index + 1}/${icon.count}`}
      data-icon-index={icon.index}
    />
  );
}

function Cell({
  cell,
  decoration,
  overflow,
  editable,
}: {
  cell: CellSnapshot;
  decoration?: CellDecoration;
  overflow: boolean;
  /** Focus and edit handlers when the grid is editable. */
  editable?: object;
}) {
  const fill = decoration?.fill ?? cell.fill ?? undefined;
  const bold = decoration?.bold ?? cell.bold;
  const italic = decoration?.italic ?? cell.italic;
  const color = decoration?.fontColor ?? cell.fontColor;
  const text = cell.text !== "" || cell.value === null ? cell.text : String(cell.value);
  const icon = decoration?.icon;
  return (
    <td
      {...editable}
      data-address={cell.address}
      title={cell.formula ? `${cell.address}: ${cell.formula}` : undefined}
      className={overflow ? "overflow" : undefined}
      style={{
        background: fill,
        color: color && color !== "#000000" ? color : undefined,
        fontWeight: bold ? 600 : undefined,
        fontStyle: italic ? "italic" : undefined,
        textAlign: alignment(cell),
      }}
    >
      {icon && <TrafficLight icon={icon} />}
      {icon?.iconOnly ? null : <span className="cell-text">{text}</span>}
    </td>
  );
}

export interface SheetGridProps {
  sheet: SheetSnapshot;
  /** All sheets, to read a chart's source formats when the source is on another sheet. */
  sheets: SheetSnapshot[];
  /** A cell edited as in Excel (double-click, F2, Enter or typing on a selected cell): its address and the text typed. */
  onEdit?: CellEditHandler;
}

/** What the editor starts with: the formula, or the value as it reads (the displayed text for numbers). */
function editText(cell: CellSnapshot | undefined): string {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  if (cell.value === null) return "";
  return cell.valueType === "Double" && cell.text !== "" ? cell.text : String(cell.value);
}

/** The in-cell editor: Enter or leaving the cell writes, Escape cancels. */
function CellEditor(props: { address: string; initial: string; onDone: EditorDone }) {
  const [text, setText] = useState(props.initial);
  // Enter and the blur that may follow it end the edit once.
  const finished = useRef(false);
  const finish = (value: string | null) => {
    if (finished.current) return;
    finished.current = true;
    props.onDone(value);
  };
  return (
    <input
      className="cell-editor"
      aria-label={`Rediger ${props.address}`}
      autoFocus
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === "Enter") finish(text);
        else if (e.key === "Escape") finish(null);
      }}
      onBlur={() => finish(text)}
    />
  );
}

export function SheetGrid({ sheet, sheets, onEdit }: SheetGridProps) {
  const { rows, columns } = extent(sheet);
  const [editing, setEditing] = useState<{ address: string; initial: string } | null>(null);
  const startEdit = (address: string, initial: string) => {
    if (onEdit) setEditing({ address, initial });
  };
  const keyOnCell = (
    e: KeyboardEvent<HTMLTableCellElement>,
    address: string,
    cell?: CellSnapshot
  ) => {
    if (e.key === "F2" || e.key === "Enter") {
      e.preventDefault();
      startEdit(address, editText(cell));
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Typing on a selected cell replaces its content, as in Excel.
      e.preventDefault();
      startEdit(address, e.key);
    }
  };
  const decorations = evaluateConditionalFormats(sheet);
  const byPosition = new Map<string, CellSnapshot>();
  for (const c of sheet.cells) byPosition.set(`${c.row}:${c.column}`, c);
  const widths = Array.from({ length: columns }, (_, c) => columnWidthPx(sheet, c));
  const hasContent = (row: number, col: number) => {
    const c = byPosition.get(`${row}:${col}`);
    return Boolean(c && c.value !== null && c.value !== "");
  };

  return (
    <div className="sheet" data-sheet={sheet.name}>
      <table
        className="grid"
        role="grid"
        aria-label={sheet.name}
        style={{ width: HEADER_WIDTH_PX + widths.reduce((a, b) => a + b, 0) }}
      >
        <colgroup>
          <col style={{ width: HEADER_WIDTH_PX }} />
          {widths.map((w, c) => (
            <col key={c} style={{ width: w }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className="corner" />
            {widths.map((_, c) => (
              <th key={c} scope="col">
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th scope="row">{r + 1}</th>
              {widths.map((_, c) => {
                const cell = byPosition.get(`${r}:${c}`);
                const address = cellAddress(r, c);
                if (editing?.address === address)
                  return (
                    <td key={c} data-address={address} className="editing">
                      <CellEditor
                        address={address}
                        initial={editing.initial}
                        onDone={(text) => {
                          setEditing(null);
                          if (text !== null && text !== editing.initial) onEdit?.(address, text);
                        }}
                      />
                    </td>
                  );
                const editable = onEdit
                  ? {
                      tabIndex: -1,
                      onDoubleClick: () => startEdit(address, editText(cell)),
                      onKeyDown: (e: KeyboardEvent<HTMLTableCellElement>) =>
                        keyOnCell(e, address, cell),
                    }
                  : {};
                // An empty cell has no data-address (the tests read the cells with content by it).
                if (!cell) return <td key={c} data-empty-address={address} {...editable} />;
                // Text spills into the next cell when that one is empty, as in Excel.
                const overflow = typeof cell.value === "string" && !hasContent(r, c + 1);
                return (
                  <Cell
                    key={c}
                    cell={cell}
                    decoration={decorations.get(cell.address)}
                    overflow={overflow}
                    editable={editable}
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="charts" style={{ left: HEADER_WIDTH_PX, top: ROW_HEIGHT_PX }}>
        {sheet.charts.map((chart) => (
          <ChartView key={chart.id} chart={chart} percent={sourceIsPercent(chart, sheets, sheet)} />
        ))}
      </div>
    </div>
  );
}
