// Excel.ChartCollection, Chart, ChartTitle, ChartAxes/ChartAxis and ChartSeriesCollection/ChartSeries. Charts are
// kept in the host model only (toXlsx() drops them; see model/charts.ts).

import { formatRect } from "../address";
import { parseColorInput } from "../colors";
import { hostError } from "../errors";
import {
  addChart,
  deleteChart,
  deriveSeries,
  positionAt,
  updateChart,
  type AxisState,
  type ChartEntity,
  type SeriesBy,
} from "../model/charts";
import { chartImageBase64, chartImageSize, type ImageFitting } from "../model/chartImage";
import type { SheetEntity } from "../model/sheet";
import type { Exec } from "../runtime/engine";
import {
  defineApi,
  HostClientResult,
  HostCollection,
  HostObject,
  type ScalarTable,
} from "../runtime/clientObject";
import { enumArgument, rangeArgument, wire } from "./arguments";
import { OFFICE_ENUMS } from "./officeSurface";
import { notYetCreated, WorksheetApi } from "./worksheet";

const CHART_TYPES = OFFICE_ENUMS.ChartType.filter((t) => t !== "Invalid");
const SERIES_BY = OFFICE_ENUMS.ChartSeriesBy as readonly SeriesBy[];

export class ChartCollectionApi extends HostCollection<SheetEntity, ChartEntity, ChartApi> {
  protected _list(sheet: SheetEntity): ChartEntity[] {
    return sheet.charts;
  }

  protected _item(chart: ChartEntity | undefined): ChartApi {
    return new ChartApi(this.context, {
      path: `${this._path}.getItem(${JSON.stringify(chart?.name ?? "")})`,
      locate: () => chart ?? null,
      bound: chart,
    });
  }

  /** add(type, sourceData, seriesBy = "Auto"); the chart is named "Chart N" and placed next to its data. */
  add(type: string, sourceData: unknown, seriesBy?: string): ChartApi {
    const created = new ChartApi(this.context, {
      path: `${this._path}.add(${JSON.stringify(type)})`,
      locate: notYetCreated,
    });
    this._call("add", wire([type, sourceData, seriesBy ?? "Auto"]), (sheet, exec, location) => {
      const chartType = enumArgument(type, CHART_TYPES, location);
      const by = enumArgument(seriesBy ?? "Auto", SERIES_BY, location);
      const source = rangeArgument(sourceData, exec, sheet, location);
      created._bind(addChart(exec.wb, sheet, chartType, source, by, exec.journal, location), exec);
    });
    return created;
  }

  getItem(name: string): ChartApi {
    return new ChartApi(this.context, {
      path: `${this._path}.getItem(${JSON.stringify(name)})`,
      locate: this._via((sheet) => {
        const chart = sheet.charts.find((c) => c.name === name);
        if (!chart)
          throw hostError("ItemNotFound", "ChartCollection.getItem", `no chart '${name}'`);
        return chart;
      }),
    });
  }

  getItemOrNullObject(name: string): ChartApi {
    return new ChartApi(this.context, {
      path: `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`,
      locate: this._via((sheet) => sheet.charts.find((c) => c.name === name) ?? null),
    })._instantiate("getItemOrNullObject");
  }

  getItemAt(index: number): ChartApi {
    return new ChartApi(this.context, {
      path: `${this._path}.getItemAt(${index})`,
      locate: this._via((sheet) => {
        const chart = sheet.charts[index];
        if (!chart)
          throw hostError("InvalidArgument", "ChartCollection.getItemAt", `no chart at ${index}`);
        return chart;
      }),
    });
  }

  getCount(): HostClientResult<number> {
    return this._result("getCount", [], (sheet) => sheet.charts.length);
  }
}

defineApi(ChartCollectionApi, "ChartCollection", {
  count: { get: (sheet) => sheet.charts.length },
});

function positionNumber(key: "top" | "left" | "width" | "height") {
  return {
    get: (chart: ChartEntity) => chart.position[key],
    set: (chart: ChartEntity, value: unknown, exec: Exec, location: string) => {
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
        throw hostError(
          "InvalidArgument",
          location,
          `${key} must be a non-negative number of points`
        );
      }
      updateChart(chart, "position", { ...chart.position, [key]: value }, exec.journal, location);
    },
  };
}

export class ChartApi extends HostObject<ChartEntity> {
  get title(): ChartTitleApi {
    return this._child(
      "title",
      () =>
        new ChartTitleApi(this.context, {
          path: `${this._path}.title`,
          locate: this._via((c) => c),
        })
    );
  }

  get axes(): ChartAxesApi {
    return this._child(
      "axes",
      () =>
        new ChartAxesApi(this.context, { path: `${this._path}.axes`, locate: this._via((c) => c) })
    );
  }

  get series(): ChartSeriesCollectionApi {
    return this._child(
      "series",
      () =>
        new ChartSeriesCollectionApi(this.context, {
          path: `${this._path}.series`,
          locate: this._via((c) => c),
        })
    );
  }

  get worksheet(): WorksheetApi {
    return this._child(
      "worksheet",
      () =>
        new WorksheetApi(this.context, {
          path: `${this._path}.worksheet`,
          locate: this._via((c) => c.sheet),
        })
    );
  }

  setData(sourceData: unknown, seriesBy?: string): void {
    this._call("setData", wire([sourceData, seriesBy ?? "Auto"]), (chart, exec, location) => {
      const by = enumArgument(seriesBy ?? "Auto", SERIES_BY, location);
      const source = rangeArgument(sourceData, exec, chart.sheet, location);
      updateChart(chart, "source", source, exec.journal, location);
      updateChart(chart, "seriesBy", by, exec.journal, location);
    });
  }

  setPosition(startCell: unknown, endCell?: unknown): void {
    this._call("setPosition", wire([startCell, endCell ?? null]), (chart, exec, location) => {
      const start = rangeArgument(startCell, exec, chart.sheet, location);
      const end =
        endCell === undefined || endCell === null
          ? null
          : rangeArgument(endCell, exec, chart.sheet, location);
      if (start.sheet !== chart.sheet || (end && end.sheet !== chart.sheet)) {
        throw hostError("InvalidArgument", location, "the cells must be on the chart's sheet");
      }
      const names = { start: formatRect(start.rect), end: end ? formatRect(end.rect) : undefined };
      updateChart(
        chart,
        "position",
        positionAt(chart.sheet, start.rect, end?.rect ?? null, chart.position, names),
        exec.journal,
        location
      );
    });
  }

  delete(): void {
    this._call("delete", [], (chart, exec, location) => deleteChart(chart, exec.journal, location));
  }

  /** getImage(width?, height?, fittingMode = "Fit"): a base64 PNG (model/chartImage.ts; ExcelApi 1.2). */
  getImage(width?: number, height?: number, fittingMode?: string): HostClientResult<string> {
    return this._result(
      "getImage",
      wire([width ?? null, height ?? null, fittingMode ?? "Fit"]),
      (chart, exec, location) => {
        const fitting = enumArgument(fittingMode ?? "Fit", IMAGE_FITTING, location) as ImageFitting;
        for (const n of [width, height]) {
          if (
            n !== undefined &&
            n !== null &&
            !(typeof n === "number" && Number.isFinite(n) && n >= 0)
          )
            throw hostError("InvalidArgument", location, "width and height are numbers of pixels");
        }
        const size = chartImageSize(chart, width || undefined, height || undefined, fitting);
        return chartImageBase64(size, deriveSeries(chart, exec.wb.date1904));
      }
    );
  }
}

const IMAGE_FITTING = ["Fit", "FitAndCenter", "Fill"] as const;

defineApi(
  ChartApi,
  "Chart",
  {
    id: { get: (c) => c.id },
    name: {
      get: (c) => c.name,
      set: (c, value, exec, location) => {
        if (typeof value !== "string" || value === "")
          throw hostError("InvalidArgument", location, "a chart name must be text");
        updateChart(c, "name", value, exec.journal, location);
      },
    },
    chartType: {
      get: (c) => c.chartType,
      set: (c, value, exec, location) =>
        updateChart(
          c,
          "chartType",
          enumArgument(value, CHART_TYPES, location),
          exec.journal,
          location
        ),
    },
    top: positionNumber("top"),
    left: positionNumber("left"),
    width: positionNumber("width"),
    height: positionNumber("height"),
  } satisfies ScalarTable<ChartEntity>,
  ["title", "axes", "series", "worksheet"]
);

export class ChartTitleApi extends HostObject<ChartEntity> {}

defineApi(ChartTitleApi, "ChartTitle", {
  text: {
    get: (c) => c.title.text,
    // Giving a title text shows the title, as in Excel.
    set: (c, value, exec, location) => {
      if (typeof value !== "string")
        throw hostError("InvalidArgument", location, "title text must be text");
      updateChart(
        c,
        "title",
        { text: value, visible: value !== "" ? true : c.title.visible },
        exec.journal,
        location
      );
    },
  },
  visible: {
    get: (c) => c.title.visible,
    set: (c, value, exec, location) => {
      if (typeof value !== "boolean")
        throw hostError("InvalidArgument", location, "visible must be a boolean");
      updateChart(c, "title", { ...c.title, visible: value }, exec.journal, location);
    },
  },
});

type AxisKey = "valueAxis" | "categoryAxis";

interface AxisRef {
  chart: ChartEntity;
  key: AxisKey;
}

export class ChartAxesApi extends HostObject<ChartEntity> {
  private _axis(key: AxisKey): ChartAxisApi {
    return this._child(
      key,
      () =>
        new ChartAxisApi(this.context, {
          path: `${this._path}.${key}`,
          locate: this._via((chart) => ({ chart, key })),
        })
    );
  }

  get valueAxis(): ChartAxisApi {
    return this._axis("valueAxis");
  }

  get categoryAxis(): ChartAxisApi {
    return this._axis("categoryAxis");
  }
}

defineApi(ChartAxesApi, "ChartAxes", {}, ["valueAxis", "categoryAxis"]);

function axisProperty<K extends keyof AxisState>(
  key: K,
  check: (value: unknown, location: string) => AxisState[K]
) {
  return {
    get: (ref: AxisRef) => ref.chart[ref.key][key],
    set: (ref: AxisRef, value: unknown, exec: Exec, location: string) =>
      updateChart(
        ref.chart,
        ref.key,
        { ...ref.chart[ref.key], [key]: check(value, location) },
        exec.journal,
        location
      ),
  };
}

const numberOrAuto = (value: unknown, location: string): number | null => {
  // An automatic bound reads as null in the host (Excel would report the bound it computed).
  if (value === null) return null;
  if (typeof value !== "number" || !Number.isFinite(value))
    throw hostError("InvalidArgument", location, "expected a number");
  return value;
};

export class ChartAxisApi extends HostObject<AxisRef> {
  protected override _alive(ref: AxisRef): boolean {
    return ref.chart.alive;
  }
}

defineApi(ChartAxisApi, "ChartAxis", {
  minimum: axisProperty("minimum", numberOrAuto),
  maximum: axisProperty("maximum", numberOrAuto),
  majorUnit: axisProperty("majorUnit", numberOrAuto),
  numberFormat: axisProperty("numberFormat", (value, location) => {
    if (typeof value !== "string")
      throw hostError("InvalidArgument", location, "numberFormat must be text");
    return value;
  }),
  visible: axisProperty("visible", (value, location) => {
    if (typeof value !== "boolean")
      throw hostError("InvalidArgument", location, "visible must be a boolean");
    return value;
  }),
});

interface SeriesRef {
  chart: ChartEntity;
  index: number;
}

export class ChartSeriesCollectionApi extends HostCollection<
  ChartEntity,
  SeriesRef,
  ChartSeriesApi
> {
  protected _list(chart: ChartEntity, exec: Exec): SeriesRef[] {
    return deriveSeries(chart, exec.wb.date1904).map((_, index) => ({ chart, index }));
  }

  protected _item(ref: SeriesRef | undefined): ChartSeriesApi {
    return new ChartSeriesApi(this.context, {
      path: `${this._path}.getItemAt(${ref?.index ?? 0})`,
      locate: () => ref ?? null,
      bound: ref,
    });
  }

  getItemAt(index: number): ChartSeriesApi {
    return new ChartSeriesApi(this.context, {
      path: `${this._path}.getItemAt(${index})`,
      locate: this._via((chart, exec) => {
        if (!(index >= 0 && index < deriveSeries(chart, exec.wb.date1904).length)) {
          throw hostError(
            "InvalidArgument",
            "ChartSeriesCollection.getItemAt",
            `no series at ${index}`
          );
        }
        return { chart, index };
      }),
    });
  }

  getCount(): HostClientResult<number> {
    return this._result(
      "getCount",
      [],
      (chart, exec) => deriveSeries(chart, exec.wb.date1904).length
    );
  }
}

defineApi(ChartSeriesCollectionApi, "ChartSeriesCollection", {
  count: { get: (chart, exec) => deriveSeries(chart, exec.wb.date1904).length },
});

function seriesAt(ref: SeriesRef, exec: Exec, location: string) {
  const series = deriveSeries(ref.chart, exec.wb.date1904)[ref.index];
  if (!series) throw hostError("ItemNotFound", location, "the series no longer exists");
  return series;
}

export class ChartSeriesApi extends HostObject<SeriesRef> {
  protected override _alive(ref: SeriesRef): boolean {
    return ref.chart.alive;
  }

  get format(): ChartSeriesFormatApi {
    return this._child(
      "format",
      () =>
        new ChartSeriesFormatApi(this.context, {
          path: `${this._path}.format`,
          locate: this._via((ref) => ref),
        })
    );
  }

  /** ChartSeries.points (ExcelApi 1.1): one ChartPoint per value of the series. */
  get points(): ChartPointsCollectionApi {
    return this._child(
      "points",
      () =>
        new ChartPointsCollectionApi(this.context, {
          path: `${this._path}.points`,
          locate: this._via((ref) => ref),
        })
    );
  }

  /** "Values" or "Categories" as strings, as Office.js returns them. */
  getDimensionValues(dimension: string): HostClientResult<string[]> {
    return this._result("getDimensionValues", [dimension], (ref, exec, location) => {
      const series = seriesAt(ref, exec, location);
      if (dimension === "Values" || dimension === "YValues")
        return series.values.map((v) => (v === null ? "" : String(v)));
      if (dimension === "Categories" || dimension === "XValues") return [...series.categories];
      throw hostError(
        "InvalidArgument",
        location,
        `unsupported dimension ${JSON.stringify(dimension)}`
      );
    });
  }
}

defineApi(
  ChartSeriesApi,
  "ChartSeries",
  {
    name: {
      get: (ref, exec, location) => seriesAt(ref, exec, location).name,
      set: (ref, value, exec, location) => {
        if (typeof value !== "string")
          throw hostError("InvalidArgument", location, "a series name must be text");
        updateChart(
          ref.chart,
          "seriesNames",
          { ...ref.chart.seriesNames, [ref.index]: value },
          exec.journal,
          location
        );
      },
    },
  } satisfies ScalarTable<SeriesRef>,
  ["format", "points"]
);

/** A format that owns a ChartFill (ChartSeriesFormat, ChartPointFormat): the fill colours what the ref names. */
abstract class FillOwnerApi<R extends FillRef> extends HostObject<R> {
  protected override _alive(ref: R): boolean {
    return ref.chart.alive;
  }

  get fill(): ChartFillApi {
    return this._child(
      "fill",
      () =>
        new ChartFillApi(this.context, {
          path: `${this._path}.fill`,
          locate: this._via((ref) => ref),
        })
    );
  }
}

// ChartSeries.format.fill (ExcelApi 1.1): a series' colour. setSolidColor takes "#RRGGBB" or an HTML colour name, like
// every Office.js colour; the host keeps it per series index, as it keeps names.
// https://learn.microsoft.com/javascript/api/excel/excel.chartseriesformat
// https://learn.microsoft.com/javascript/api/excel/excel.chartfill#excel-excel-chartfill-setsolidcolor-member(1)
export class ChartSeriesFormatApi extends FillOwnerApi<SeriesRef> {}

defineApi(ChartSeriesFormatApi, "ChartSeriesFormat", {}, ["fill"]);

/** What a ChartFill colours: a whole series, or one point of it. */
interface FillRef extends SeriesRef {
  point?: number;
}

export class ChartFillApi extends HostObject<FillRef> {
  protected override _alive(ref: FillRef): boolean {
    return ref.chart.alive;
  }

  setSolidColor(color: string): void {
    this._call("setSolidColor", [color], (ref, exec, location) => {
      const series = seriesAt(ref, exec, location);
      if (ref.point !== undefined && ref.point >= series.values.length)
        throw hostError("ItemNotFound", location, "the point no longer exists");
      const hex = parseColorInput(color);
      if (!hex) throw hostError("InvalidArgument", location, `'${String(color)}' is not a colour`);
      if (ref.point === undefined) {
        updateChart(
          ref.chart,
          "seriesFills",
          { ...ref.chart.seriesFills, [ref.index]: hex },
          exec.journal,
          location
        );
      } else {
        const points = { ...ref.chart.pointFills[ref.index], [ref.point]: hex };
        updateChart(
          ref.chart,
          "pointFills",
          { ...ref.chart.pointFills, [ref.index]: points },
          exec.journal,
          location
        );
      }
    });
  }

  /**
   * getSolidColor (ExcelApi 1.16): the colour set on the point, else on its series. An automatic colour reads "" in
   * the host: what Excel answers for a theme colour is not documented.
   * https://learn.microsoft.com/javascript/api/excel/excel.chartfill#excel-excel-chartfill-getsolidcolor-member(1)
   */
  getSolidColor(): HostClientResult<string> {
    return this._result("getSolidColor", [], (ref, exec, location) => {
      seriesAt(ref, exec, location);
      const own =
        ref.point === undefined ? undefined : ref.chart.pointFills[ref.index]?.[ref.point];
      return own ?? ref.chart.seriesFills[ref.index] ?? "";
    });
  }
}

defineApi(ChartFillApi, "ChartFill", {});

// ChartSeries.points, ChartPointsCollection.getItemAt, ChartPoint.format and ChartPointFormat.fill (all ExcelApi 1.1):
// one bar, slice or marker of a series, and its own colour.
// https://learn.microsoft.com/javascript/api/excel/excel.chartseries#excel-excel-chartseries-points-member
// https://learn.microsoft.com/javascript/api/excel/excel.chartpointscollection#excel-excel-chartpointscollection-getitemat-member(1)
// https://learn.microsoft.com/javascript/api/excel/excel.chartpoint#excel-excel-chartpoint-format-member
// https://learn.microsoft.com/javascript/api/excel/excel.chartpointformat#excel-excel-chartpointformat-fill-member
// A point index past the series' values is refused (InvalidArgument), as for ChartSeriesCollection.getItemAt.
interface PointRef extends SeriesRef {
  point: number;
}

function pointCount(ref: SeriesRef, exec: Exec, location: string): number {
  return seriesAt(ref, exec, location).values.length;
}

export class ChartPointsCollectionApi extends HostCollection<SeriesRef, PointRef, ChartPointApi> {
  protected override _alive(ref: SeriesRef): boolean {
    return ref.chart.alive;
  }

  protected _list(ref: SeriesRef, exec: Exec): PointRef[] {
    const n = pointCount(ref, exec, "ChartPointsCollection.load");
    return Array.from({ length: n }, (_, point) => ({ ...ref, point }));
  }

  protected _item(ref: PointRef | undefined): ChartPointApi {
    return new ChartPointApi(this.context, {
      path: `${this._path}.getItemAt(${ref?.point ?? 0})`,
      locate: () => ref ?? null,
      bound: ref,
    });
  }

  getItemAt(index: number): ChartPointApi {
    return new ChartPointApi(this.context, {
      path: `${this._path}.getItemAt(${index})`,
      locate: this._via((ref, exec) => {
        const location = "ChartPointsCollection.getItemAt";
        if (!(Number.isInteger(index) && index >= 0 && index < pointCount(ref, exec, location)))
          throw hostError("InvalidArgument", location, `no point at ${index}`);
        return { ...ref, point: index };
      }),
    });
  }

  getCount(): HostClientResult<number> {
    return this._result("getCount", [], (ref, exec, location) => pointCount(ref, exec, location));
  }
}

defineApi(ChartPointsCollectionApi, "ChartPointsCollection", {
  count: { get: (ref, exec, location) => pointCount(ref, exec, location) },
});

export class ChartPointApi extends HostObject<PointRef> {
  protected override _alive(ref: PointRef): boolean {
    return ref.chart.alive;
  }

  get format(): ChartPointFormatApi {
    return this._child(
      "format",
      () =>
        new ChartPointFormatApi(this.context, {
          path: `${this._path}.format`,
          locate: this._via((ref) => ref),
        })
    );
  }
}

defineApi(
  ChartPointApi,
  "ChartPoint",
  {
    value: {
      get: (ref, exec, location) => seriesAt(ref, exec, location).values[ref.point] ?? null,
    },
  } satisfies ScalarTable<PointRef>,
  ["format"]
);

export class ChartPointFormatApi extends FillOwnerApi<PointRef> {}

defineApi(ChartPointFormatApi, "ChartPointFormat", {}, ["fill"]);
