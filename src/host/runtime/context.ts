// The RequestContext a batch gets from ExcelHost.run: it queues operations and sends them on sync(). After the run
// ends, its objects are dead, as in Office.js (using them needs trackedObjects, which the host does not offer).

import { ApplicationApi } from "../api/application";
import { WorkbookApi } from "../api/workbook";
import { hostError } from "../errors";
import type { RunRecord } from "../types";
import type { HostEngine, Operation } from "./engine";
import { guard } from "./strictGuard";

export class HostRequestContext {
  readonly workbook: WorkbookApi;
  readonly application: ApplicationApi;
  private queue: Operation[] = [];
  private closed = false;

  constructor(
    private readonly engine: HostEngine,
    private readonly run: RunRecord
  ) {
    const self = guard(this, "RequestContext", this._memberUsed);
    this.workbook = new WorkbookApi(self);
    this.application = this.workbook.application;
    return self;
  }

  /** @internal Every proxy of this context reports the Office.js members used (stats, requirement sets). */
  readonly _memberUsed = (typeName: string, member: string, assigning: boolean): void =>
    this.engine.memberUsed(typeName, member, assigning);

  /** @internal Queues one operation for the next sync. */
  _enqueue(operation: Operation): void {
    if (this.closed) {
      throw hostError(
        "InvalidObjectPath",
        operation.path,
        "the Excel.run batch this object belongs to has ended"
      );
    }
    this.queue.push(operation);
  }

  /** @internal */
  get _pending(): number {
    return this.queue.length;
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    return this._send(false).then(() => passThroughValue as T);
  }

  /** @internal The sync Excel.run makes itself when the batch returns with operations still queued. */
  _flush(): Promise<void> {
    return this.queue.length > 0 ? this._send(true) : Promise.resolve();
  }

  /** @internal */
  _close(): void {
    this.closed = true;
  }

  /** @internal Excel.run(context, batch): the context takes requests again for that batch. */
  _reopen(): void {
    this.closed = false;
  }

  private async _send(implicit: boolean): Promise<void> {
    // Take the queue now: operations queued while this sync is in flight belong to the next one.
    const operations = this.queue;
    this.queue = [];
    await Promise.resolve();
    await Promise.all(operations.map((op) => op.prepare?.()));
    this.engine.execute(operations, this.run, implicit);
  }
}
