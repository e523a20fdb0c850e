// One worksheet of the host model: the ExcelJS worksheet that stores its cells, plus what ExcelJS cannot be the
// source of truth for (Office.js id, visibility, protection state, conditional formats, charts, selection).

import type ExcelJS from "exceljs";
import { rect, type Rect } from "../address";
import { hostError } from "../errors";
import type { ChartEntity } from "./charts";
import type { ConditionalFormatEntity } from "./conditionalFormats";

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

/** Excel.WorksheetProtectionOptions as given to protect(); only the flags the host checks are read. */
export type ProtectionOptions = Partial<Record<string, boolean | string>>;

export interface ProtectionState {
  protected: boolean;
  options: ProtectionOptions;
  /** The sheetProtection ExcelJS read (password hash, flags), kept so toXlsx writes it back unchanged. */
  raw?: Record<string, unknown>;
  /** A password given to protect() in this session (unprotect must repeat it; it is not written to the file). */
  password?: string;
}

export class SheetEntity {
  alive = true;
  visibility: SheetVisibility;
  protection: ProtectionState;
  conditionalFormats: ConditionalFormatEntity[] = [];
  charts: ChartEntity[] = [];
  /** Excel names charts "Chart 1", "Chart 2", … per sheet and never reuses a number. */
  chartCounter = 0;
  selection: Rect = rect(0, 0);

  constructor(
    readonly id: string,
    readonly ws: ExcelJS.Worksheet
  ) {
    this.visibility =
      ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible";
    const raw =
      (ws as unknown as { sheetProtection?: Record<string, unknown> | null }).sheetProtection ??
      undefined;
    // In ExcelJS's model `formatCells: true` means "formatting is allowed" and `objects: false` "objects are locked".
    this.protection = {
      protected: raw?.sheet === true,
      options: {
        allowFormatCells: raw?.formatCells === true,
        allowFormatColumns: raw?.formatColumns === true,
        allowEditObjects: raw?.objects !== false,
        allowAutoFilter: raw?.autoFilter === true,
      },
      raw,
    };
  }

  get name(): string {
    return this.ws.name;
  }
}

/** What a write needs from sheet protection (Excel.WorksheetProtectionOptions names the exceptions). */
export type EditKind =
  "cells" | "formatCells" | "formatColumns" | "objects" | "structure" | "autoFilter";

const ALLOWED_BY: Partial<Record<EditKind, string>> = {
  formatCells: "allowFormatCells",
  formatColumns: "allowFormatColumns",
  objects: "allowEditObjects",
  autoFilter: "allowAutoFilter",
};

/**
 * Rejects a write to a protected sheet the way Excel does: AccessDenied ("You cannot perform the requested
 * operation."). Cell contents may still be written to cells whose `locked` protection is off.
 */
export function assertEditable(
  sheet: SheetEntity,
  kind: EditKind,
  location: string,
  cells?: Rect
): void {
  if (!sheet.protection.protected) return;
  const allowedBy = ALLOWED_BY[kind];
  if (allowedBy && sheet.protection.options[allowedBy] === true) return;
  if (kind === "cells" && cells && allUnlocked(sheet, cells)) return;
  throw hostError("AccessDenied", location, `worksheet '${sheet.name}' is protected`);
}

function allUnlocked(sheet: SheetEntity, cells: Rect): boolean {
  for (let r = cells.row; r < cells.row + cells.rowCount; r++) {
    const row = sheet.ws.findRow(r + 1);
    for (let c = cells.col; c < cells.col + cells.colCount; c++) {
      const locked = row?.findCell(c + 1)?.protection?.locked;
      if (locked !== false) return false;
    }
  }
  return true;
}
