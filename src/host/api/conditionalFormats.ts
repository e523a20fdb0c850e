// Excel.ConditionalFormatCollection (of a range), ConditionalFormat and its rule objects: IconSet, ColorScale,
// ContainsText (textComparison), Custom and CellValue, with their ConditionalRangeFormat fill/font.

import { intersect } from "../address";
import { parseColorInput } from "../colors";
import { hostError, NotImplementedByHostError } from "../errors";
import {
  addConditionalFormat,
  CELL_VALUE_OPERATORS,
  clearConditionalFormats,
  COLOR_CRITERION_TYPES,
  deleteConditionalFormat,
  ICON_CRITERION_TYPES,
  ICON_OPERATORS,
  MODELLED_TYPES,
  setPriority,
  TEXT_OPERATORS,
  updateDetail,
  type ColorCriteria,
  type ColorCriterion,
  type ConditionalFormatEntity,
  type ConditionalFormatType,
  type IconCriterion,
  type RuleFormat,
} from "../model/conditionalFormats";
import { clone } from "../model/clone";
import type { RangeRef } from "../model/ranges";
import { assertEditable } from "../model/sheet";
import type { Exec } from "../runtime/engine";
import {
  defineApi,
  HostClientResult,
  HostCollection,
  HostObject,
  type ScalarTable,
} from "../runtime/clientObject";
import { enumArgument } from "./arguments";
import { OFFICE_ENUMS } from "./officeSurface";
import { RangeApi } from "./range";
import { notYetCreated } from "./worksheet";

const ALL_TYPES = OFFICE_ENUMS.ConditionalFormatType as readonly ConditionalFormatType[];

export class ConditionalFormatCollectionApi extends HostCollection<
  RangeRef,
  ConditionalFormatEntity,
  ConditionalFormatApi
> {
  protected override _alive(ref: RangeRef): boolean {
    return ref.sheet.alive;
  }

  /** The rules that apply to any cell of the range, in priority order. */
  protected _list(ref: RangeRef): ConditionalFormatEntity[] {
    return ref.sheet.conditionalFormats.filter((cf) =>
      cf.areas.some((a) => intersect(a, ref.rect))
    );
  }

  protected _item(cf: ConditionalFormatEntity | undefined): ConditionalFormatApi {
    return new ConditionalFormatApi(this.context, {
      path: `${this._path}.getItem(${JSON.stringify(cf?.id ?? "")})`,
      locate: () => cf ?? null,
      bound: cf,
    });
  }

  add(type: string): ConditionalFormatApi {
    const created = new ConditionalFormatApi(this.context, {
      path: `${this._path}.add(${JSON.stringify(type)})`,
      locate: notYetCreated,
    });
    this._call("add", [type], (ref, exec, location) => {
      const checked = enumArgument(type, ALL_TYPES, location);
      if (!MODELLED_TYPES.includes(checked))
        throw new NotImplementedByHostError(`ConditionalFormatCollection.add("${checked}")`);
      created._bind(
        addConditionalFormat(exec.wb, ref.sheet, ref.rect, checked, exec.journal, location),
        exec
      );
    });
    return created;
  }

  clearAll(): void {
    this._call("clearAll", [], (ref, exec, location) =>
      clearConditionalFormats(ref.sheet, ref.rect, exec.journal, location)
    );
  }

  getCount(): HostClientResult<number> {
    return this._result("getCount", [], (ref) => this._list(ref).length);
  }

  getItem(id: string): ConditionalFormatApi {
    return new ConditionalFormatApi(this.context, {
      path: `${this._path}.getItem(${JSON.stringify(id)})`,
      locate: this._via((ref) => {
        const cf = this._list(ref).find((c) => c.id === id);
        if (!cf)
          throw hostError(
            "ItemNotFound",
            "ConditionalFormatCollection.getItem",
            `no conditional format '${id}'`
          );
        return cf;
      }),
    });
  }

  getItemAt(index: number): ConditionalFormatApi {
    return new ConditionalFormatApi(this.context, {
      path: `${this._path}.getItemAt(${index})`,
      locate: this._via((ref) => {
        const cf = this._list(ref)[index];
        if (!cf)
          throw hostError(
            "InvalidArgument",
            "ConditionalFormatCollection.getItemAt",
            `no conditional format at ${index}`
          );
        return cf;
      }),
    });
  }
}

defineApi(ConditionalFormatCollectionApi, "ConditionalFormatCollection", {});

type DetailKey = "iconSet" | "colorScale" | "textComparison" | "custom" | "cellValue";

const DETAIL_TYPE: Record<DetailKey, ConditionalFormatType> = {
  iconSet: "IconSet",
  colorScale: "ColorScale",
  textComparison: "ContainsText",
  custom: "Custom",
  cellValue: "CellValue",
};

export class ConditionalFormatApi extends HostObject<ConditionalFormatEntity> {
  /** cf.iconSet etc. exist only for a rule of that type (the *OrNullObject variants give a null object instead). */
  private _detail<T>(
    key: DetailKey,
    nullable: boolean,
    make: (locate: (exec: Exec) => ConditionalFormatEntity | null, path: string) => T
  ): T {
    const property = nullable ? `${key}OrNullObject` : key;
    return this._child(property, () =>
      make(
        this._via((cf) => {
          if (cf.type === DETAIL_TYPE[key]) return cf;
          if (nullable) return null;
          throw hostError(
            "InvalidOperation",
            `ConditionalFormat.${key}`,
            `the conditional format is of type ${cf.type}`
          );
        }),
        `${this._path}.${property}`
      )
    );
  }

  get iconSet(): IconSetConditionalFormatApi {
    return this._detail(
      "iconSet",
      false,
      (locate, path) => new IconSetConditionalFormatApi(this.context, { path, locate })
    );
  }
  get iconSetOrNullObject(): IconSetConditionalFormatApi {
    return this._detail(
      "iconSet",
      true,
      (locate, path) => new IconSetConditionalFormatApi(this.context, { path, locate })
    );
  }
  get colorScale(): ColorScaleConditionalFormatApi {
    return this._detail(
      "colorScale",
      false,
      (locate, path) => new ColorScaleConditionalFormatApi(this.context, { path, locate })
    );
  }
  get colorScaleOrNullObject(): ColorScaleConditionalFormatApi {
    return this._detail(
      "colorScale",
      true,
      (locate, path) => new ColorScaleConditionalFormatApi(this.context, { path, locate })
    );
  }
  get textComparison(): TextConditionalFormatApi {
    return this._detail(
      "textComparison",
      false,
      (locate, path) => new TextConditionalFormatApi(this.context, { path, locate })
    );
  }
  get textComparisonOrNullObject(): TextConditionalFormatApi {
    return this._detail(
      "textComparison",
      true,
      (locate, path) => new TextConditionalFormatApi(this.context, { path, locate })
    );
  }
  get custom(): CustomConditionalFormatApi {
    return this._detail(
      "custom",
      false,
      (locate, path) => new CustomConditionalFormatApi(this.context, { path, locate })
    );
  }
  get customOrNullObject(): CustomConditionalFormatApi {
    return this._detail(
      "custom",
      true,
      (locate, path) => new CustomConditionalFormatApi(this.context, { path, locate })
    );
  }
  get cellValue(): CellValueConditionalFormatApi {
    return this._detail(
      "cellValue",
      false,
      (locate, path) => new CellValueConditionalFormatApi(this.context, { path, locate })
    );
  }
  get cellValueOrNullObject(): CellValueConditionalFormatApi {
    return this._detail(
      "cellValue",
      true,
      (locate, path) => new CellValueConditionalFormatApi(this.context, { path, locate })
    );
  }

  /** The range the rule applies to; a rule on several areas has none (getRangeOrNullObject gives a null object). */
  getRange(): RangeApi {
    return RangeApi._create(
      this,
      "getRange()",
      this._via((cf) => {
        if (cf.areas.length !== 1)
          throw hostError(
            "InvalidOperation",
            "ConditionalFormat.getRange",
            "the rule covers several areas"
          );
        return { sheet: cf.sheet, rect: cf.areas[0] };
      })
    );
  }

  getRangeOrNullObject(): RangeApi {
    return RangeApi._create(
      this,
      "getRangeOrNullObject()",
      this._via((cf) => (cf.areas.length === 1 ? { sheet: cf.sheet, rect: cf.areas[0] } : null))
    )._instantiate("ConditionalFormat.getRangeOrNullObject");
  }

  delete(): void {
    this._call("delete", [], (cf, exec, location) =>
      deleteConditionalFormat(cf, exec.journal, location)
    );
  }
}

defineApi(
  ConditionalFormatApi,
  "ConditionalFormat",
  {
    id: { get: (cf) => cf.id },
    type: { get: (cf) => cf.type },
    priority: {
      get: (cf) => cf.sheet.conditionalFormats.indexOf(cf),
      set: (cf, value, exec, location) => {
        assertEditable(cf.sheet, "formatCells", location);
        setPriority(cf, value as number, exec.journal, location);
      },
    },
    stopIfTrue: {
      get: (cf) => cf.stopIfTrue,
      set: (cf, value, exec, location) => {
        if (typeof value !== "boolean")
          throw hostError("InvalidArgument", location, "stopIfTrue must be a boolean");
        assertEditable(cf.sheet, "formatCells", location);
        exec.journal.assign(cf, "stopIfTrue", value);
      },
    },
  },
  ["iconSet", "colorScale", "textComparison", "custom", "cellValue"]
);

// ---------------------------------------------------------------------------------------------------------------
// Rule objects

function boolean(value: unknown, location: string): boolean {
  if (typeof value !== "boolean")
    throw hostError("InvalidArgument", location, "expected a boolean");
  return value;
}

function text(value: unknown, location: string): string {
  if (typeof value !== "string") throw hostError("InvalidArgument", location, "expected text");
  return value;
}

function color(value: unknown, location: string): string {
  const hex = parseColorInput(value);
  if (!hex) throw hostError("InvalidArgument", location, `not a colour: ${JSON.stringify(value)}`);
  return hex;
}

export class IconSetConditionalFormatApi extends HostObject<ConditionalFormatEntity> {}

function iconCriteria(value: unknown, location: string): IconCriterion[] {
  if (!Array.isArray(value))
    throw hostError("InvalidArgument", location, "criteria must be an array");
  return value.map((item) => {
    const c = (item ?? {}) as Record<string, unknown>;
    if (c.customIcon !== undefined)
      throw new NotImplementedByHostError("ConditionalIconCriterion.customIcon");
    const type =
      c.type === undefined ? "Invalid" : enumArgument(c.type, ICON_CRITERION_TYPES, location);
    const operator =
      c.operator === undefined
        ? "GreaterThanOrEqual"
        : enumArgument(c.operator, ICON_OPERATORS, location);
    return { type, operator, formula: c.formula === undefined ? "" : text(c.formula, location) };
  });
}

defineApi(IconSetConditionalFormatApi, "IconSetConditionalFormat", {
  style: {
    get: (cf) => cf.iconSet!.style,
    set: (cf, value, exec, location) => {
      const styles = OFFICE_ENUMS.IconSet.filter((s) => s !== "Invalid");
      updateDetail(
        cf,
        "iconSet",
        { style: enumArgument(value, styles, location) },
        exec.journal,
        location
      );
    },
  },
  criteria: {
    get: (cf) => clone(cf.iconSet!.criteria),
    set: (cf, value, exec, location) =>
      updateDetail(
        cf,
        "iconSet",
        { criteria: iconCriteria(value, location) },
        exec.journal,
        location
      ),
  },
  showIconOnly: {
    get: (cf) => cf.iconSet!.showIconOnly,
    set: (cf, value, exec, location) =>
      updateDetail(
        cf,
        "iconSet",
        { showIconOnly: boolean(value, location) },
        exec.journal,
        location
      ),
  },
  reverseIconOrder: {
    get: (cf) => cf.iconSet!.reverseIconOrder,
    set: (cf, value, exec, location) =>
      updateDetail(
        cf,
        "iconSet",
        { reverseIconOrder: boolean(value, location) },
        exec.journal,
        location
      ),
  },
} satisfies ScalarTable<ConditionalFormatEntity>);

export class ColorScaleConditionalFormatApi extends HostObject<ConditionalFormatEntity> {}

function colorCriterion(value: unknown, location: string): ColorCriterion {
  const c = (value ?? {}) as Record<string, unknown>;
  return {
    type: enumArgument(c.type, COLOR_CRITERION_TYPES, location),
    formula: c.formula === undefined || c.formula === null ? null : text(c.formula, location),
    color: c.color === undefined || c.color === null ? null : color(c.color, location),
  };
}

defineApi(ColorScaleConditionalFormatApi, "ColorScaleConditionalFormat", {
  criteria: {
    get: (cf) => clone(cf.colorScale!.criteria),
    set: (cf, value, exec, location) => {
      const v = (value ?? {}) as Record<string, unknown>;
      if (!v.minimum || !v.maximum)
        throw hostError("InvalidArgument", location, "criteria need minimum and maximum");
      const criteria: ColorCriteria = {
        minimum: colorCriterion(v.minimum, location),
        midpoint: v.midpoint ? colorCriterion(v.midpoint, location) : null,
        maximum: colorCriterion(v.maximum, location),
      };
      updateDetail(cf, "colorScale", { criteria }, exec.journal, location);
    },
  },
  threeColorScale: { get: (cf) => !!cf.colorScale!.criteria.midpoint },
} satisfies ScalarTable<ConditionalFormatEntity>);

type FormatKey = "textComparison" | "custom" | "cellValue";

/** The entity behind a rule's format: the rule and which detail object holds the format. */
interface FormatRef {
  cf: ConditionalFormatEntity;
  key: FormatKey;
}

function formatChild(
  owner: HostObject<ConditionalFormatEntity>,
  key: FormatKey
): ConditionalRangeFormatApi {
  return owner._child(
    "format",
    () =>
      new ConditionalRangeFormatApi(owner.context, {
        path: `${owner._path}.format`,
        locate: owner._via((cf) => ({ cf, key })),
      })
  );
}

export class TextConditionalFormatApi extends HostObject<ConditionalFormatEntity> {
  get format(): ConditionalRangeFormatApi {
    return formatChild(this, "textComparison");
  }
}

defineApi(
  TextConditionalFormatApi,
  "TextConditionalFormat",
  {
    rule: {
      get: (cf) => ({ ...cf.textComparison!.rule }),
      set: (cf, value, exec, location) => {
        const v = (value ?? {}) as Record<string, unknown>;
        const operator = enumArgument(
          v.operator,
          TEXT_OPERATORS.filter((o) => o !== "Invalid"),
          location
        );
        updateDetail(
          cf,
          "textComparison",
          { rule: { operator, text: text(v.text, location) } },
          exec.journal,
          location
        );
      },
    },
  } satisfies ScalarTable<ConditionalFormatEntity>,
  ["format"]
);

export class CustomConditionalFormatApi extends HostObject<ConditionalFormatEntity> {
  get format(): ConditionalRangeFormatApi {
    return formatChild(this, "custom");
  }

  get rule(): ConditionalFormatRuleApi {
    return this._child(
      "rule",
      () =>
        new ConditionalFormatRuleApi(this.context, {
          path: `${this._path}.rule`,
          locate: this._via((cf) => cf),
        })
    );
  }
}

defineApi(CustomConditionalFormatApi, "CustomConditionalFormat", {}, ["format", "rule"]);

/** A formula as Excel stores it in a rule: always with its leading "=". */
function ruleFormula(value: unknown, location: string): string {
  const f = text(value, location).trim();
  if (f === "" || f === "=")
    throw hostError("InvalidArgument", location, "the rule needs a formula");
  return f.startsWith("=") ? f : `=${f}`;
}

export class ConditionalFormatRuleApi extends HostObject<ConditionalFormatEntity> {}

defineApi(ConditionalFormatRuleApi, "ConditionalFormatRule", {
  formula: {
    get: (cf) => cf.custom!.formula,
    set: (cf, value, exec, location) =>
      updateDetail(cf, "custom", { formula: ruleFormula(value, location) }, exec.journal, location),
  },
});

export class CellValueConditionalFormatApi extends HostObject<ConditionalFormatEntity> {
  get format(): ConditionalRangeFormatApi {
    return formatChild(this, "cellValue");
  }
}

defineApi(
  CellValueConditionalFormatApi,
  "CellValueConditionalFormat",
  {
    rule: {
      get: (cf) => ({ ...cf.cellValue!.rule }),
      set: (cf, value, exec, location) => {
        const v = (value ?? {}) as Record<string, unknown>;
        const operator = enumArgument(
          v.operator,
          CELL_VALUE_OPERATORS.filter((o) => o !== "Invalid"),
          location
        );
        const between = operator === "Between" || operator === "NotBetween";
        if (between && v.formula2 === undefined)
          throw hostError("InvalidArgument", location, `${operator} needs formula2`);
        const rule = {
          formula1: ruleFormula(v.formula1, location),
          ...(v.formula2 !== undefined ? { formula2: ruleFormula(v.formula2, location) } : {}),
          operator,
        };
        updateDetail(cf, "cellValue", { rule }, exec.journal, location);
      },
    },
  } satisfies ScalarTable<ConditionalFormatEntity>,
  ["format"]
);

// ---------------------------------------------------------------------------------------------------------------
// ConditionalRangeFormat / Fill / Font

function formatOf(ref: FormatRef): RuleFormat {
  return ref.cf[ref.key]!.format;
}

function updateFormat(
  ref: FormatRef,
  patch: Partial<RuleFormat>,
  exec: Exec,
  location: string
): void {
  updateDetail(ref.cf, ref.key, { format: { ...formatOf(ref), ...patch } }, exec.journal, location);
}

abstract class FormatPart extends HostObject<FormatRef> {
  protected override _alive(ref: FormatRef): boolean {
    return ref.cf.alive;
  }
}

export class ConditionalRangeFormatApi extends FormatPart {
  get fill(): ConditionalRangeFillApi {
    return this._child(
      "fill",
      () =>
        new ConditionalRangeFillApi(this.context, {
          path: `${this._path}.fill`,
          locate: this._via((r) => r),
        })
    );
  }

  get font(): ConditionalRangeFontApi {
    return this._child(
      "font",
      () =>
        new ConditionalRangeFontApi(this.context, {
          path: `${this._path}.font`,
          locate: this._via((r) => r),
        })
    );
  }
}

defineApi(ConditionalRangeFormatApi, "ConditionalRangeFormat", {}, ["fill", "font"]);

export class ConditionalRangeFillApi extends FormatPart {
  clear(): void {
    this._call("clear", [], (ref, exec, location) =>
      updateFormat(ref, { fillColor: null }, exec, location)
    );
  }
}

defineApi(ConditionalRangeFillApi, "ConditionalRangeFill", {
  color: {
    get: (ref) => formatOf(ref).fillColor,
    set: (ref, value, exec, location) =>
      updateFormat(ref, { fillColor: color(value, location) }, exec, location),
  },
});

export class ConditionalRangeFontApi extends FormatPart {
  clear(): void {
    this._call("clear", [], (ref, exec, location) =>
      updateFormat(ref, { fontColor: null, bold: null, italic: null }, exec, location)
    );
  }
}

defineApi(ConditionalRangeFontApi, "ConditionalRangeFont", {
  color: {
    get: (ref) => formatOf(ref).fontColor,
    set: (ref, value, exec, location) =>
      updateFormat(ref, { fontColor: color(value, location) }, exec, location),
  },
  bold: {
    get: (ref) => formatOf(ref).bold,
    set: (ref, value, exec, location) =>
      updateFormat(ref, { bold: boolean(value, location) }, exec, location),
  },
  italic: {
    get: (ref) => formatOf(ref).italic,
    set: (ref, value, exec, location) =>
      updateFormat(ref, { italic: boolean(value, location) }, exec, location),
  },
});
