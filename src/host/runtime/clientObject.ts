// The proxy-object model of Office.js, shared by every API class of the host.
//
// A proxy knows how to find its entity (`locate`), but only finds it while a sync runs; the first entity found is
// kept, so renaming a sheet does not lose the proxies that point at it. Scalar properties are readable only after load() + sync(); a value the proxy itself
// assigned is readable at once (Office.js keeps it on the proxy) but writes through other proxies are not seen
// until the property is loaded again. Methods and property sets are queued and run in order at the next sync.

import { hostError, NotImplementedByHostError, propertyNotLoaded } from "../errors";
import type { Exec } from "./engine";
import type { HostRequestContext } from "./context";
import { parseLoadArgument } from "./loadArgs";
import { guard, isOfficeMember } from "./strictGuard";

export interface ScalarSpec<E> {
  get(entity: E, exec: Exec, location: string): unknown;
  set?(entity: E, value: unknown, exec: Exec, location: string): void;
}

export type ScalarTable<E> = Readonly<Record<string, ScalarSpec<E>>>;

/** What load() asked of one object: scalar names, navigation children, and (collections) the items. */
export interface LoadPlan {
  scalars: string[];
  navigations: Map<string, LoadPlan>;
  items?: LoadPlan;
  top?: number;
  skip?: number;
  unknown?: string;
}

export interface ProxyInit<E> {
  path: string;
  locate: (exec: Exec) => E | null;
  /** An entity known up front (collection items, objects created by add()). */
  bound?: E;
}

interface ApiClassMeta {
  _typeName: string;
  _scalarTable: ScalarTable<unknown>;
  _navigationNames: readonly string[];
}

/**
 * Declares an API class: its Office.js name, its scalar properties (installed as accessors so the strict guard sees
 * them) and the navigation properties load paths may go through.
 */
export function defineApi<E>(
  cls: abstract new (...args: never[]) => HostObject<E>,
  typeName: string,
  scalars: ScalarTable<E>,
  navigations: readonly string[] = []
): void {
  const proto = cls.prototype as unknown as ApiClassMeta & Record<string, unknown>;
  Object.defineProperties(proto, {
    _typeName: { value: typeName },
    _scalarTable: { value: scalars },
    _navigationNames: { value: navigations },
  });
  for (const [name, spec] of Object.entries(scalars)) {
    Object.defineProperty(proto, name, {
      configurable: true,
      get(this: HostObject<E>) {
        return this._read(name);
      },
      set: spec.set
        ? function (this: HostObject<E>, value: unknown) {
            this._write(name, value);
          }
        : undefined,
    });
  }
}

export abstract class HostObject<E> {
  declare readonly _typeName: string;
  declare readonly _scalarTable: ScalarTable<E>;
  declare readonly _navigationNames: readonly string[];

  readonly context: HostRequestContext;
  readonly _path: string;
  private readonly _locate: (exec: Exec) => E | null;
  private _bound: E | undefined;
  private readonly _loaded = new Map<string, unknown>();
  private _null: boolean | undefined;
  private readonly _children = new Map<string, unknown>();

  constructor(context: HostRequestContext, init: ProxyInit<E>) {
    this.context = context;
    this._path = init.path;
    this._locate = init.locate;
    this._bound = init.bound;
    return guard(this, this._typeName, context._memberUsed);
  }

  /** @internal True once a sync found this to be a null object. */
  _knownNull(): boolean {
    return this._null === true;
  }

  /** Office.js: known after the sync that first touched the object; reading it earlier throws. */
  get isNullObject(): boolean {
    if (this._null === undefined) throw propertyNotLoaded("isNullObject", this._typeName);
    return this._null;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Resolution

  /** Whether a resolved entity still exists (deleted sheets, tables, … do not). */
  protected _alive(entity: E): boolean {
    return (entity as { alive?: boolean }).alive !== false;
  }

  /** @internal The entity, or null for a null object. Only callable while a sync runs. */
  _resolveOrNull(exec: Exec): E | null {
    let found: E | null;
    if (this._bound !== undefined) {
      if (!this._alive(this._bound)) {
        throw hostError("ItemNotFound", this._typeName, "the object no longer exists");
      }
      found = this._bound;
    } else {
      found = this._locate(exec);
      if (found !== null) this._bound = found;
    }
    // Whether it is a null object becomes known with the sync that resolved it.
    exec.onSuccess(() => (this._null = found === null));
    return found;
  }

  /** @internal Binds an object returned by add() to the entity its operation created (in that sync). */
  _bind(entity: E, exec: Exec): void {
    this._bound = entity;
    exec.onSuccess(() => (this._null = false));
  }

  /** @internal The entity an operation acts on; a null object cannot be changed. */
  _require(exec: Exec, member: string): E {
    const entity = this._resolveOrNull(exec);
    if (entity === null) {
      throw hostError("ItemNotFound", `${this._typeName}.${member}`, "the object is a null object");
    }
    return entity;
  }

  /** @internal A navigation child (range.format, sheet.tables, …): created once and reused, as in Office.js. */
  _child<C>(key: string, make: () => C): C {
    let child = this._children.get(key) as C | undefined;
    if (child === undefined) {
      child = make();
      this._children.set(key, child);
    }
    return child;
  }

  /**
   * @internal Locator for children: resolve this object, then step to the child. A null object's children are null
   * too; with the nullObjects strictness, reaching a child of a null object (a method such as getRow, or a
   * navigation property) fails the sync instead. The *OrNullObject documentation says only that the object's
   * isNullObject is true (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model
   * #ornullobject-methods-and-properties); what a call on it does is not documented, so code must test
   * isNullObject after a sync and branch, never chain through the null object.
   */
  _via<C>(step: (entity: E, exec: Exec) => C | null): (exec: Exec) => C | null {
    return (exec) => {
      const entity = this._resolveOrNull(exec);
      if (entity !== null) return step(entity, exec);
      if (exec.wb.options.strict.nullObjects) {
        throw hostError(
          "ItemNotFound",
          this._typeName,
          `${this._path} is a null object; a method was called on it`
        );
      }
      return null;
    };
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Properties and operations

  /** @internal */
  _read(name: string): unknown {
    if (this._loaded.has(name)) return this._loaded.get(name);
    if (this._null === true) return undefined; // Office.js does not throw for a null object's properties
    throw propertyNotLoaded(name, this._typeName);
  }

  /** @internal */
  _write(name: string, value: unknown): void {
    const spec = this._scalarTable[name];
    const location = `${this._typeName}.${name}`;
    this._loaded.set(name, value);
    this._enqueue(
      name,
      value,
      (exec) => spec.set!(this._require(exec, name), value, exec, location),
      location
    );
  }

  /** @internal Queues a method call (or anything else that acts on the entity at sync time). `api` names a set or
   * call on the document ("Worksheet.delete") for the undo rules; loads and lookups have none. */
  _enqueue(member: string, args: unknown, run: (exec: Exec) => void, api?: string): void {
    this.context._enqueue({ path: this._path, member, args, run, api });
  }

  /** @internal Queues a method that changes the document. */
  _call(
    member: string,
    args: unknown[],
    apply: (entity: E, exec: Exec, location: string) => void
  ): void {
    const location = `${this._typeName}.${member}`;
    this._enqueue(
      member,
      args,
      (exec) => apply(this._require(exec, member), exec, location),
      location
    );
  }

  /** @internal Queues a method that returns a primitive (getCount, …): a ClientResult readable after the sync. */
  _result<T>(
    member: string,
    args: unknown[],
    compute: (entity: E, exec: Exec, location: string) => T
  ): HostClientResult<T> {
    const result = new HostClientResult<T>();
    this._enqueue(member, args, (exec) => {
      const value = compute(this._require(exec, member), exec, `${this._typeName}.${member}`);
      exec.respond(value);
      exec.onSuccess(() => result._resolve(value));
    });
    return result;
  }

  /** @internal *OrNullObject objects are sent with the next sync even unused, so isNullObject is known after it. */
  _instantiate(member: string): this {
    this._enqueue(member, null, (exec) => void this._resolveOrNull(exec));
    return this;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // load / toJSON / set / track

  load(propertyNames?: unknown): this {
    const request = parseLoadArgument(propertyNames);
    const plan = this._plan(request.paths);
    plan.top = request.top;
    plan.skip = request.skip;
    this._enqueue(
      "load",
      request.paths.map((p) => p.join("/")),
      (exec) => this._evaluate(plan, exec)
    );
    return this;
  }

  /** @internal Turns load paths into a plan, failing loudly for Office.js members the host lacks. */
  _plan(paths: string[][]): LoadPlan {
    const plan: LoadPlan = { scalars: [], navigations: new Map() };
    if (paths.length === 0) {
      plan.scalars = Object.keys(this._scalarTable);
      return plan;
    }
    const nested = new Map<string, string[][]>();
    for (const [head, ...rest] of paths) {
      if (head in this._scalarTable) {
        this.context._memberUsed(this._typeName, head, false);
        if (!plan.scalars.includes(head)) plan.scalars.push(head);
      } else if (this._navigationNames.includes(head)) {
        nested.set(head, [...(nested.get(head) ?? []), rest]);
      } else if (head === "isNullObject") {
        continue;
      } else if (isOfficeMember(this._typeName, head)) {
        throw new NotImplementedByHostError(`${this._typeName}.${head}`);
      } else {
        plan.unknown = head;
      }
    }
    for (const [name, subPaths] of nested)
      plan.navigations.set(name, this._navigationPlan(name, subPaths));
    return plan;
  }

  private _navigationPlan(name: string, subPaths: string[][]): LoadPlan {
    const child = (this as unknown as Record<string, HostObject<unknown>>)[name];
    const specific = subPaths.filter((p) => p.length > 0);
    // "format" alone means all of format's scalars, like format.load().
    const plan = child._plan(specific);
    if (specific.length < subPaths.length && specific.length > 0) {
      for (const scalar of child._plan([]).scalars)
        if (!plan.scalars.includes(scalar)) plan.scalars.push(scalar);
    }
    return plan;
  }

  /** @internal Computes a load now (inside a sync) and stores it on the proxies if the sync succeeds. */
  _evaluate(plan: LoadPlan, exec: Exec): void {
    const entity = this._resolveOrNull(exec);
    if (entity === null) {
      exec.respond({ isNullObject: true });
      return;
    }
    if (plan.unknown) {
      throw hostError(
        "InvalidArgument",
        `${this._typeName}.load`,
        `'${plan.unknown}' is not a property of ${this._typeName}`
      );
    }
    const values: Record<string, unknown> = {};
    for (const name of plan.scalars) {
      values[name] = this._scalarTable[name].get(entity, exec, `${this._typeName}.${name}`);
    }
    exec.respond(values);
    exec.onSuccess(() => {
      for (const [name, value] of Object.entries(values)) this._loaded.set(name, value);
    });
    for (const [name, childPlan] of plan.navigations) {
      (this as unknown as Record<string, HostObject<unknown>>)[name]._evaluate(childPlan, exec);
    }
  }

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = Object.fromEntries(this._loaded);
    for (const name of this._navigationNames) {
      const child = this._children.get(name) as HostObject<unknown> | undefined;
      const childJson = child?.toJSON();
      if (childJson && Object.keys(childJson).length > 0) json[name] = childJson;
    }
    return json;
  }

  /** Office.js set(): assigns several properties (nested through navigation properties) at once. */
  set(properties: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(properties ?? {})) {
      const spec = this._scalarTable[name];
      if (spec?.set) this._write(name, value);
      else if (this._navigationNames.includes(name) && value && typeof value === "object") {
        (this as unknown as Record<string, HostObject<unknown>>)[name].set(
          value as Record<string, unknown>
        );
      } else if (isOfficeMember(this._typeName, name) && !spec) {
        throw new NotImplementedByHostError(`${this._typeName}.${name}`);
      } else {
        throw hostError("InvalidArgument", `${this._typeName}.set`, `'${name}' cannot be set`);
      }
    }
  }

  /** The host keeps every object alive for its run; tracking is accepted and does nothing. */
  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** Collections: `items` becomes readable after a load that includes them. */
export abstract class HostCollection<P, E, I extends HostObject<E>> extends HostObject<P> {
  private _items: I[] | undefined;

  /** The entities in the collection, in Office.js order. */
  protected abstract _list(parent: P, exec: Exec): E[];
  /** An item proxy bound to `entity` (undefined: a template used only to plan loads). */
  protected abstract _item(entity: E | undefined): I;

  get items(): I[] {
    if (this._items === undefined) {
      if (this._knownNull()) return [];
      throw propertyNotLoaded("items", this._typeName);
    }
    return this._items;
  }

  override _plan(paths: string[][]): LoadPlan {
    const own: string[][] = [];
    const itemPaths: string[][] = [];
    let allItems = paths.length === 0;
    for (const path of paths) {
      if (path[0] === "items") {
        if (path.length === 1) allItems = true;
        else itemPaths.push(path.slice(1));
      } else if (path[0] in this._scalarTable) own.push(path);
      else itemPaths.push(path);
    }
    const plan =
      own.length > 0 ? super._plan(own) : { scalars: [], navigations: new Map<string, LoadPlan>() };
    if (allItems || itemPaths.length > 0) {
      const template = this._item(undefined);
      const itemPlan = template._plan(itemPaths);
      if (allItems && itemPaths.length > 0) {
        for (const scalar of template._plan([]).scalars)
          if (!itemPlan.scalars.includes(scalar)) itemPlan.scalars.push(scalar);
      }
      plan.items = itemPlan;
    }
    return plan;
  }

  override _evaluate(plan: LoadPlan, exec: Exec): void {
    super._evaluate({ ...plan, items: undefined }, exec);
    const itemPlan = plan.items;
    if (!itemPlan) return;
    const parent = this._resolveOrNull(exec);
    if (parent === null) return;
    let entities = this._list(parent, exec);
    if (plan.skip !== undefined) entities = entities.slice(plan.skip);
    if (plan.top !== undefined) entities = entities.slice(0, plan.top);
    const items = entities.map((entity) => this._item(entity));
    for (const item of items) item._evaluate(itemPlan, exec);
    exec.onSuccess(() => (this._items = items));
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      ...(this._items ? { items: this._items.map((i) => i.toJSON()) } : {}),
    };
  }
}

/** OfficeExtension.ClientResult: `value` is readable after the sync that computed it. */
export class HostClientResult<T> {
  private _value: T | undefined;
  private _ready = false;

  get value(): T {
    if (!this._ready) throw propertyNotLoaded("value", "ClientResult");
    return this._value as T;
  }

  /** @internal */
  _resolve(value: T): void {
    this._value = value;
    this._ready = true;
  }
}
