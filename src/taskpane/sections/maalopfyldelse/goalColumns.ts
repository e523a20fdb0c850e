// The goal table's columns the user can map in the pane: every column role the core knows but the output columns the
// add-in writes itself (one record each in src/core/goalOutputs.ts). The role names in both languages are in
// words.ts (`roles`).
import { MAPPABLE_ROLES as CORE_MAPPABLE_ROLES, type GoalColumnRole } from "../../../core/headers";
import type { GoalOutputRole } from "../../../core/goalOutputs";

export type MappableRole = Exclude<GoalColumnRole, GoalOutputRole>;

/** In the order the mapping shows them (src/core/headers.ts MAPPABLE_ROLES). */
export const MAPPABLE_ROLES = CORE_MAPPABLE_ROLES as MappableRole[];
