// A chart of the host's snapshot drawn as plain SVG: column and bar charts (value axis from the chart's minimum and
// maximum, e.g. 0–100 %), line charts, and pie/doughnut charts with a legend. Enough to see what the add-in drew;
// not a chart engine.
import type { ChartSnapshot } from "../host/types";

const PALETTE = [
  "#4472C4",
  "#ED7D31",
  "#A5A5A5",
  "#FFC000",
  "#5B9BD5",
  "#70AD47",
  "#264478",
  "#9E480E",
];
const PX_PER_PT = 96 / 72;

export function formatAxisValue(value: number, percent: boolean): string {
  if (percent) return `${Math.round(value * 100)} %`;
  return value.toLocaleString("da-DK", { maximumFractionDigits: 2 });
}

/** Round tick step for a range: 1, 2 or 5 times a power of ten, about five steps. */
function niceStep(span: number): number {
  if (span <= 0) return 1;
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

function axisRange(
  chart: ChartSnapshot,
  values: number[]
): { min: number; max: number; step: number } {
  const dataMin = Math.min(0, ...values);
  const dataMax = Math.max(0, ...values);
  let min = chart.valueAxis.minimum ?? dataMin;
  let max = chart.valueAxis.maximum ?? dataMax;
  if (max <= min) max = min + 1;
  const step = chart.valueAxis.majorUnit ?? niceStep(max - min);
  if (chart.valueAxis.minimum === null) min = Math.floor(min / step) * step;
  if (chart.valueAxis.maximum === null) max = Math.ceil(max / step) * step;
  return { min, max, step };
}

export interface ChartViewProps {
  chart: ChartSnapshot;
  /** The source cells are formatted as percentages: axis and tooltips show "75 %". */
  percent: boolean;
}

function sizeOf(chart: ChartSnapshot): { width: number; height: number } {
  const width = chart.position.width > 0 ? chart.position.width * PX_PER_PT : 480;
  const height = chart.position.height > 0 ? chart.position.height * PX_PER_PT : 288;
  return { width: Math.max(200, width), height: Math.max(160, height) };
}

function Title({ chart, width }: { chart: ChartSnapshot; width: number }) {
  if (!chart.titleVisible || !chart.title) return null;
  return (
    <text x={width / 2} y={22} textAnchor="middle" className="chart-title">
      {chart.title}
    </text>
  );
}

function CartesianChart({
  chart,
  percent,
  width,
  height,
}: ChartViewProps & { width: number; height: number }) {
  const horizontal = /^Bar/.test(chart.type);
  const line = /^Line/.test(chart.type);
  const series = chart.series;
  const categories = series[0]?.categories ?? [];
  const values = series.flatMap((s) => s.values.filter((v): v is number => typeof v === "number"));
  const { min, max, step } = axisRange(chart, values);
  const top = chart.titleVisible && chart.title ? 36 : 12;
  const left = horizontal ? 90 : 48;
  const bottom = series.length > 1 ? 52 : 32;
  const right = 16;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const scale = (v: number) => (Math.min(max, Math.max(min, v)) - min) / (max - min);
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 1e6; t += step) ticks.push(Number(t.toFixed(10)));
  const groups = Math.max(1, categories.length);
  const band = (horizontal ? plotH : plotW) / groups;
  const barSize = (band * 0.6) / Math.max(1, series.length);
  const zero = scale(Math.max(min, Math.min(max, 0)));

  return (
    <g>
      {ticks.map((t) => {
        const p = scale(t);
        return horizontal ? (
          <g key={t}>
            <line
              x1={left + p * plotW}
              x2={left + p * plotW}
              y1={top}
              y2={top + plotH}
              className="chart-grid"
            />
            <text
              x={left + p * plotW}
              y={top + plotH + 16}
              textAnchor="middle"
              className="chart-label"
            >
              {formatAxisValue(t, percent)}
            </text>
          </g>
        ) : (
          <g key={t}>
            <line
              x1={left}
              x2={left + plotW}
              y1={top + plotH - p * plotH}
              y2={top + plotH - p * plotH}
              className="chart-grid"
            />
            <text
              x={left - 6}
              y={top + plotH - p * plotH + 4}
              textAnchor="end"
              className="chart-label"
            >
              {formatAxisValue(t, percent)}
            </text>
          </g>
        );
      })}
      {categories.map((category, i) => {
        const center = (i + 0.5) * band;
        return horizontal ? (
          <text
            key={`c${i}`}
            x={left - 6}
            y={top + center + 4}
            textAnchor="end"
            className="chart-label"
          >
            {category}
          </text>
        ) : (
          <text
            key={`c${i}`}
            x={left + center}
            y={top + plotH + 16}
            textAnchor="middle"
            className="chart-label"
          >
            {category}
          </text>
        );
      })}
      {series.map((s, si) => {
        // The colour Excel shows: a point's own fill, else its series' fill, else the palette.
        const color = s.fill ?? PALETTE[si % PALETTE.length];
        if (line) {
          const points = s.values
            .map((v, i) =>
              typeof v === "number"
                ? `${left + (i + 0.5) * band},${top + plotH - scale(v) * plotH}`
                : null
            )
            .filter(Boolean)
            .join(" ");
          return (
            <polyline
              key={s.name + si}
              points={points}
              fill="none"
              stroke={color}
              strokeWidth={2}
            />
          );
        }
        return s.values.map((v, i) => {
          if (typeof v !== "number") return null;
          const offset = i * band + band * 0.2 + si * barSize;
          const fill = s.pointFills?.[i] ?? color;
          const a = Math.min(zero, scale(v));
          const b = Math.max(zero, scale(v));
          const label = `${categories[i] ?? ""}: ${formatAxisValue(v, percent)}`;
          return horizontal ? (
            <rect
              key={`${si}-${i}`}
              x={left + a * plotW}
              y={top + offset}
              width={(b - a) * plotW}
              height={barSize}
              fill={fill}
              className="chart-bar"
            >
              <title>{label}</title>
            </rect>
          ) : (
            <rect
              key={`${si}-${i}`}
              x={left + offset}
              y={top + plotH - b * plotH}
              width={barSize}
              height={(b - a) * plotH}
              fill={fill}
              className="chart-bar"
              data-category={categories[i] ?? ""}
              data-value={v}
            >
              <title>{label}</title>
            </rect>
          );
        });
      })}
      <line x1={left} x2={left} y1={top} y2={top + plotH} className="chart-axis" />
      <line x1={left} x2={left + plotW} y1={top + plotH} y2={top + plotH} className="chart-axis" />
      {series.length > 1 &&
        series.map((s, si) => (
          <g key={`l${si}`} transform={`translate(${left + si * 120}, ${height - 16})`}>
            <rect width={10} height={10} y={-9} fill={s.fill ?? PALETTE[si % PALETTE.length]} />
            <text x={14} className="chart-label">
              {s.name}
            </text>
          </g>
        ))}
    </g>
  );
}

function PieChart({
  chart,
  percent,
  width,
  height,
}: ChartViewProps & { width: number; height: number }) {
  const s = chart.series[0];
  if (!s) return null;
  const top = chart.titleVisible && chart.title ? 36 : 12;
  const legendW = Math.min(170, width * 0.4);
  const r = Math.max(20, Math.min((width - legendW - 24) / 2, (height - top - 12) / 2));
  const cx = 12 + r;
  const cy = top + (height - top) / 2 - 6;
  const values = s.values.map((v) => (typeof v === "number" && v > 0 ? v : 0));
  const total = values.reduce((a, b) => a + b, 0);
  const doughnut = /Doughnut/.test(chart.type);
  let angle = -Math.PI / 2;
  const slices = values.map((v, i) => {
    const start = angle;
    const sweep = total > 0 ? (v / total) * 2 * Math.PI : 0;
    angle += sweep;
    return { i, v, start, sweep };
  });
  const label = (i: number) =>
    `${s.categories[i] ?? ""}: ${formatAxisValue(s.values[i] ?? 0, percent)}`;
  return (
    <g>
      {slices
        .filter((p) => p.v > 0)
        .map((p) => {
          const color = s.pointFills?.[p.i] ?? PALETTE[p.i % PALETTE.length];
          if (p.sweep >= 2 * Math.PI - 1e-9) {
            return (
              <circle
                key={p.i}
                cx={cx}
                cy={cy}
                r={r}
                fill={color}
                className="chart-slice"
                data-category={s.categories[p.i] ?? ""}
              >
                <title>{label(p.i)}</title>
              </circle>
            );
          }
          const x1 = cx + r * Math.cos(p.start);
          const y1 = cy + r * Math.sin(p.start);
          const x2 = cx + r * Math.cos(p.start + p.sweep);
          const y2 = cy + r * Math.sin(p.start + p.sweep);
          const large = p.sweep > Math.PI ? 1 : 0;
          return (
            <path
              key={p.i}
              d={`M${cx},${cy} L${x1},${y1} A${r},${r} 0 ${large} 1 ${x2},${y2} Z`}
              fill={color}
              stroke="#fff"
              strokeWidth={1}
              className="chart-slice"
              data-category={s.categories[p.i] ?? ""}
            >
              <title>{label(p.i)}</title>
            </path>
          );
        })}
      {doughnut && <circle cx={cx} cy={cy} r={r * 0.5} fill="#fff" />}
      {s.categories.map((category, i) => (
        <g key={`l${i}`} transform={`translate(${cx + r + 20}, ${top + 10 + i * 18})`}>
          <rect
            width={10}
            height={10}
            y={-9}
            fill={s.pointFills?.[i] ?? PALETTE[i % PALETTE.length]}
          />
          <text x={16} className="chart-label">
            {category} ({formatAxisValue(s.values[i] ?? 0, percent)})
          </text>
        </g>
      ))}
    </g>
  );
}

/** One chart, absolutely positioned where Excel would put it over the grid (position in points). */
export function ChartView({ chart, percent }: ChartViewProps) {
  const { width, height } = sizeOf(chart);
  const pie = /^(Pie|Doughnut)/.test(chart.type) || chart.type === "Pie";
  return (
    <figure
      className="chart"
      style={{
        left: chart.position.left * PX_PER_PT,
        top: chart.position.top * PX_PER_PT,
        width,
        height,
      }}
      data-chart-name={chart.name}
      data-chart-type={chart.type}
    >
      <svg
        role="img"
        aria-label={chart.title || chart.name}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        <rect x={0.5} y={0.5} width={width - 1} height={height - 1} className="chart-frame" />
        <Title chart={chart} width={width} />
        {pie ? (
          <PieChart chart={chart} percent={percent} width={width} height={height} />
        ) : (
          <CartesianChart chart={chart} percent={percent} width={width} height={height} />
        )}
      </svg>
    </figure>
  );
}
