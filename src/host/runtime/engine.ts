// Executes one context.sync(): the queued operations in order against the model, as Excel does with a request.
//
// - Request payload over the limit: rejected before anything runs (RequestPayloadSizeLimitExceeded).
// - An operation fails: the sync rejects with its error; the operations before it stay applied (no rollback in
//   Office.js either) and nothing loaded in that sync reaches the proxies.
// - Response payload over the limit: everything the sync did is rolled back (ResponsePayloadSizeLimitExceeded).
// - Injected fault (failSync): the first `afterOperations` operations are applied, then it rejects.
// - Payload limits apply on the web profile only ("This error only occurs in Office on the web": error-handling
//   reference, learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling). With the
//   payloadGeneralException strictness they fail with GeneralException ("An internal error has occurred."), the code
//   Excel on the web gave for oversized requests in OfficeDev/office-js#1314, OfficeDev/office-js#1012 and
//   OfficeDev/office-js-docs-reference#354 (2019–2020; the *PayloadSizeLimitExceeded codes were documented later,
//   office-js-docs-pr#2278, October 2020).
// - Undo (platform/undoSupport.ts): a set or call the undo page lists as unsupported on the profile clears the user's
//   undo stack; inside a mergeUndoGroup run, with the undoGroups strictness, it fails with UndoNotSupported instead
//   and is not applied (the page: "the `UndoNotSupported` error is thrown to let you know that the operation can't
//   be grouped").

import { HostApiError, hostError, type HostErrorCode } from "../errors";
import { Journal } from "../model/journal";
import type { HostWorkbook } from "../model/workbook";
import { OFFICE_REQUIREMENTS } from "../api/officeRequirements";
import { requirementMet } from "../platform/profiles";
import { undoUnsupported } from "../platform/undoSupport";
import type {
  HostStats,
  HostUndo,
  RunRecord,
  SyncFault,
  SyncRecord,
  UndoUnsupportedCall,
} from "../types";
import { jsonBytes } from "./payload";

/** What an operation sees while its sync runs. */
export interface Exec {
  readonly wb: HostWorkbook;
  readonly journal: Journal;
  /** Accounts `payload` as part of the response (loaded values, method results). */
  respond(payload: unknown): void;
  /** Runs `effect` only if the whole sync succeeds (Office.js processes a response only on success). */
  onSuccess(effect: () => void): void;
}

/** One queued operation: a property set, a method call, a load or an object instantiation. */
export interface Operation {
  /** Object path and member as sent to Excel, e.g. workbook.worksheets.getItem("Mål").getRange("A1") / values. */
  readonly path: string;
  readonly member: string;
  /** The arguments or value sent (counted in the request payload). */
  readonly args: unknown;
  /** "Class.member" for a property set or a method call on a document object (what the undo page lists). */
  readonly api?: string;
  /**
   * Work the operation needs done before its sync runs (reading a file it was given): awaited by context.sync before
   * any operation of the sync runs. It must not throw; the operation's run reports what went wrong.
   */
  prepare?(): Promise<void>;
  run(exec: Exec): void;
}

class ResponseTooLarge extends Error {}

class Stats implements HostStats {
  requests: SyncRecord[] = [];
  runs: RunRecord[] = [];
  members = new Map<string, number>();
  get syncs(): number {
    return this.requests.length;
  }
  reset(): void {
    this.requests = [];
    this.runs = [];
    this.members = new Map();
  }
}

class Undo implements HostUndo {
  clearedCount = 0;
  calls: UndoUnsupportedCall[] = [];
}

export class HostEngine {
  readonly stats = new Stats();
  readonly undo = new Undo();
  private syncCount = 0;
  private faults: { atSync: number; fault: SyncFault }[] = [];

  constructor(readonly wb: HostWorkbook) {}

  failSync(fault: SyncFault): void {
    const onSync = fault.onSync ?? 1;
    if (!Number.isInteger(onSync) || onSync < 1)
      throw new RangeError("failSync: onSync is a 1-based sync number");
    this.faults.push({ atSync: this.syncCount + onSync, fault });
  }

  startRun(mergeUndoGroup: boolean): RunRecord {
    const record: RunRecord = { mergeUndoGroup, syncs: 0 };
    this.stats.runs.push(record);
    return record;
  }

  private readonly missing = new Map<string, ReadonlyMap<string, readonly string[]>>();

  /**
   * Counts one use of an Office.js member for stats.members and refuses, synchronously, a member whose requirement
   * set the host lacks: Office.js checks the set when the member is used (its "throwIfApiNotSupported", message
   * "The method or property {0} is part of the {1} requirement set, which is not available in your version of
   * {2}."), with the documented code ApiNotFound (application-specific-api-error-handling).
   */
  memberUsed(typeName: string, member: string, assigning: boolean): void {
    const key = `${typeName}.${member}`;
    this.stats.members.set(key, (this.stats.members.get(key) ?? 0) + 1);
    let missing = this.missing.get(typeName);
    if (missing === undefined) {
      missing = new Map(
        Object.entries(OFFICE_REQUIREMENTS[typeName] ?? {}).filter(
          ([, sets]) => !sets.every((set) => requirementMet(this.wb.options.requirementSets, set))
        )
      );
      this.missing.set(typeName, missing);
    }
    const sets = missing.get(member);
    if (sets === undefined) return;
    const needed = assigning ? sets[sets.length - 1] : sets[0];
    if (!requirementMet(this.wb.options.requirementSets, needed)) {
      throw hostError("ApiNotFound", key, `${key} is part of ${needed}, which this host lacks`);
    }
  }

  /** Runs one operation, applying the undo rules of the profile to sets and calls without undo support. */
  private runOperation(op: Operation, exec: Exec, run: RunRecord): void {
    const { profile, strict } = this.wb.options;
    if (op.api === undefined || !undoUnsupported(op.api, profile)) {
      op.run(exec);
      return;
    }
    const call: UndoUnsupportedCall = {
      run: this.stats.runs.indexOf(run),
      api: op.api,
      grouped: run.mergeUndoGroup,
      refused: run.mergeUndoGroup && strict.undoGroups,
    };
    if (call.refused) {
      this.undo.calls.push(call);
      throw hostError("UndoNotSupported", op.api, `${op.api} has no undo support on ${profile}`);
    }
    op.run(exec);
    // Only a call that ran clears the stack: "the user's undo stack is cleared starting from that API call".
    this.undo.calls.push(call);
    this.undo.clearedCount++;
  }

  execute(operations: readonly Operation[], run: RunRecord, implicit: boolean): void {
    const number = ++this.syncCount;
    run.syncs++;
    const limit = this.wb.options.payloadLimitBytes;
    const record: SyncRecord = {
      requestBytes: jsonBytes(
        operations.map((op) => ({ path: op.path, member: op.member, args: op.args }))
      ),
      responseBytes: 0,
      operations: operations.length,
      ...(implicit ? { implicit: true } : {}),
    };
    this.stats.requests.push(record);
    const reject = (error: HostApiError): never => {
      record.error = error.code;
      throw error;
    };
    const faultIndex = this.faults.findIndex((f) => f.atSync === number);
    const fault = faultIndex >= 0 ? this.faults.splice(faultIndex, 1)[0].fault : undefined;

    const tooLarge = (code: HostErrorCode): HostErrorCode =>
      this.wb.options.strict.payloadGeneralException ? "GeneralException" : code;
    if (record.requestBytes > limit) {
      reject(
        hostError(
          tooLarge("RequestPayloadSizeLimitExceeded"),
          "context.sync",
          `request is ${record.requestBytes} bytes, limit ${limit}`
        )
      );
    }

    const journal = new Journal();
    const effects: (() => void)[] = [];
    const exec: Exec = {
      wb: this.wb,
      journal,
      respond: (payload) => {
        record.responseBytes += jsonBytes(payload);
        if (record.responseBytes > limit) throw new ResponseTooLarge();
      },
      onSuccess: (effect) => effects.push(effect),
    };
    const injected = fault
      ? new HostApiError(
          fault.code,
          fault.message ?? `Injected failure (${fault.code})`,
          "context.sync",
          "failSync"
        )
      : undefined;
    try {
      this.wb.calculation.beginSync();
      operations.forEach((op, index) => {
        if (injected && index === (fault?.afterOperations ?? 0)) throw injected;
        this.runOperation(op, exec, run);
      });
      if (injected) throw injected;
    } catch (error) {
      if (error instanceof ResponseTooLarge) {
        journal.rollback();
        this.wb.calculation.discardSync();
        reject(
          hostError(
            tooLarge("ResponsePayloadSizeLimitExceeded"),
            "context.sync",
            `response exceeds ${limit} bytes`
          )
        );
      }
      journal.commit();
      this.wb.calculation.endSync();
      // The operations before the failing one stay applied: their changes are reported as Excel's would be.
      this.wb.events.raise(journal.takeChanges());
      if (error instanceof HostApiError) reject(error);
      record.error = "HostFailure";
      throw error;
    }
    journal.commit();
    this.wb.calculation.endSync();
    this.wb.events.raise(journal.takeChanges());
    for (const effect of effects) effect();
  }
}
