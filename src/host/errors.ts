// Office.js-shaped errors. Excel rejects a failed context.sync() with an OfficeExtension.Error whose `name` is
// "RichApi.Error", whose `code` is one of Excel.ErrorCodes / OfficeExtension.ErrorCodes and whose `debugInfo` says
// where it happened. The adapter branches on `code`, so the host must use the same codes and never a plain Error.
//
// Messages are the English ones from "Error handling with the application-specific JavaScript APIs"
// (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).

export type HostErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "InvalidObjectPath"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "MergedRangeConflict"
  | "NotImplemented"
  | "PropertyNotLoaded"
  | "RangeExceedsLimit"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "UndoNotSupported";

const MESSAGES: Record<HostErrorCode, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of the Office " +
    "application. See Office client application and platform availability for Office Add-ins for more information.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  InvalidObjectPath:
    "The object path isn't working for what you're trying to do. If you're using the object across multiple " +
    '"context.sync" calls and outside the sequential execution of a ".run" batch, please use the ' +
    '"context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  MergedRangeConflict:
    "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, " +
    "merged cells, or an XML Map.",
  NotImplemented: "The requested feature isn't implemented.",
  PropertyNotLoaded: "The property is not available.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  UndoNotSupported:
    "The JavaScript API request failed due to lack of support for the undo operation.",
};

export interface HostErrorDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  /** Host-only detail that explains the rejection (never shown by Excel, useful in test failures). */
  hostDetail?: string;
}

/** The error Office.js gives: `name` "RichApi.Error", an Excel error `code`, a localized `message` and `debugInfo`. */
export class HostApiError extends Error {
  readonly code: string;
  readonly debugInfo: HostErrorDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: string, message: string, errorLocation?: string, hostDetail?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation, hostDetail };
  }
}

/** An Excel error with the documented message; `detail` goes to debugInfo only, like Excel's own diagnostics. */
export function hostError(
  code: HostErrorCode,
  errorLocation?: string,
  detail?: string
): HostApiError {
  return new HostApiError(code, MESSAGES[code], errorLocation, detail);
}

/** Same wording as Office.js ("The property 'rowIndex' is not available. Before reading …"), seen in real traces. */
export function propertyNotLoaded(property: string, typeName: string): HostApiError {
  return new HostApiError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the ` +
      `containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`
  );
}

/**
 * Thrown synchronously for Office.js members the in-memory host does not implement, so a missing piece is a loud
 * failure in a test instead of a silent no-op. Not an Office.js error on purpose: it is a host gap, not Excel behaviour.
 */
export class NotImplementedByHostError extends Error {
  readonly code = "NotImplementedByHost";
  constructor(member: string) {
    super(`not implemented by the in-memory host: ${member}`);
    this.name = "NotImplementedByHostError";
  }
}
