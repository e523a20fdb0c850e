// Executes one context.sync(): the queued operations in order against the model, as Excel does with a request.
//
// - Request payload over the limit: rejected before anything runs (RequestPayloadSizeLimitExceeded).
// - An operation fails: the sync rejects with its error; the operations before it stay applied (no rollback in
//   Office.js either) and nothing loaded in that sync reaches the proxies.
// - Response payload over the limit: everything the sync did is rolled back (ResponsePayloadSizeLimitExceeded).
// - Injected fault (failSync): the first `afterOperations` operations are applied, then it rejects.

import { HostApiError, hostError } from "../errors";
import { Journal } from "../model/journal";
import type { HostWorkbook } from "../model/workbook";
import type { HostStats, RunRecord, SyncFault, SyncRecord } from "../types";
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
  run(exec: Exec): void;
}

class ResponseTooLarge extends Error {}

class Stats implements HostStats {
  requests: SyncRecord[] = [];
  runs: RunRecord[] = [];
  get syncs(): number {
    return this.requests.length;
  }
  reset(): void {
    this.requests = [];
    this.runs = [];
  }
}

export class HostEngine {
  readonly stats = new Stats();
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

    if (record.requestBytes > limit) {
      reject(
        hostError(
          "RequestPayloadSizeLimitExceeded",
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
      operations.forEach((op, index) => {
        if (injected && index === (fault?.afterOperations ?? 0)) throw injected;
        op.run(exec);
      });
      if (injected) throw injected;
    } catch (error) {
      if (error instanceof ResponseTooLarge) {
        journal.rollback();
        reject(
          hostError(
            "ResponsePayloadSizeLimitExceeded",
            "context.sync",
            `response exceeds ${limit} bytes`
          )
        );
      }
      journal.commit();
      if (error instanceof HostApiError) reject(error);
      record.error = "HostFailure";
      throw error;
    }
    journal.commit();
    for (const effect of effects) effect();
  }
}
