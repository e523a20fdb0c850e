// Makes a missing piece of the host loud. An Office.js member the host does not implement throws
// NotImplementedByHostError naming it ("not implemented by the in-memory host: Range.getSpillingToRange") when it
// is read or assigned. Names Office.js does not have either stay undefined, as in Office.js — which matters because
// `await`, JSON.stringify and test matchers probe objects for then, toJSON, $$typeof, asymmetricMatch, …

import { OFFICE_MEMBERS } from "../api/officeSurface";
import { NotImplementedByHostError } from "../errors";

const memberSets = new Map<string, ReadonlySet<string>>();

function membersOf(typeName: string): ReadonlySet<string> {
  let set = memberSets.get(typeName);
  if (!set) {
    const base = typeName === "RequestContext" ? "ClientRequestContext" : "ClientObject";
    set = new Set([...(OFFICE_MEMBERS[typeName] ?? []), ...(OFFICE_MEMBERS[base] ?? [])]);
    memberSets.set(typeName, set);
  }
  return set;
}

/** True when `name` is a member of the Office.js class `typeName` (own or inherited from ClientObject). */
export function isOfficeMember(typeName: string, name: string): boolean {
  return membersOf(typeName).has(name);
}

/** Told of every Office.js member a batch reads, assigns or calls; may throw (ApiNotFound). */
export type MemberListener = (typeName: string, member: string, assigning: boolean) => void;

export function guard<T extends object>(target: T, typeName: string, listener?: MemberListener): T {
  const members = membersOf(typeName);
  // The host's own code reads `context` on every proxy; it is not a use of the API.
  const heard = (prop: string) => listener !== undefined && prop !== "context";
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === "string" && members.has(prop)) {
        if (!(prop in t)) throw new NotImplementedByHostError(`${typeName}.${prop}`);
        if (heard(prop)) listener!(typeName, prop, false);
      }
      return Reflect.get(t, prop, receiver);
    },
    set(t, prop, value, receiver) {
      if (typeof prop === "string" && members.has(prop)) {
        if (!(prop in t)) throw new NotImplementedByHostError(`${typeName}.${prop}`);
        if (heard(prop)) listener!(typeName, prop, true);
      }
      return Reflect.set(t, prop, value, receiver);
    },
  });
}
