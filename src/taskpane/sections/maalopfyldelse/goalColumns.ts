// The goal table's columns the user can map in the pane: every column role the core knows but the output columns the
// add-in writes itself. The pane's one place that knows which roles are output columns (workbook.ts takes them from
// src/excel); the role names in both languages are in words.ts (`roles`).
import { MAPPABLE_ROLES as CORE_MAPPABLE_ROLES, type GoalColumnRole } from "../../../core/headers";
import type { OutputRole } from "./workbook";

export type MappableRole = Exclude<GoalColumnRole, OutputRole>;

/** In the order the mapping shows them (src/core/headers.ts MAPPABLE_ROLES). */
export const MAPPABLE_ROLES = CORE_MAPPABLE_ROLES as MappableRole[];
