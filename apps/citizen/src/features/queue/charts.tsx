/**
 * The queue's charts, drawn on the server as SVG: no script, no chart library. Colours
 * and sizes are fixed so the charts stay legible on a small phone.
 */
import { SvgChart } from "../../shared/ui/SvgChart.tsx";

const width = 600;
const height = 220;
const margin = { left: 40, right: 12, top: 28, bottom: 24 };

/**
 * How one queue moved for the child: children ahead (step line) and children waiting in
 * all (thin line), at each recorded move, in event order.
 */
export function PositionChart({
  points,
  labels,
  testId,
}: {
  points: { ahead: number | null; waiting: number }[];
  labels: { title: string; ahead: string; waiting: string };
  testId: string;
}) {
  const most = Math.max(1, ...points.map((point) => point.waiting));
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const x = (index: number) =>
    margin.left + (points.length <= 1 ? 0 : (index / (points.length - 1)) * plotWidth);
  const y = (value: number) => margin.top + plotHeight - (value / most) * plotHeight;
  const steps = points
    .map((point, index) => (point.ahead === null ? null : `${x(index)},${y(point.ahead)}`))
    .filter((step): step is string => step !== null)
    .join(" ");
  const waiting = points.map((point, index) => `${x(index)},${y(point.waiting)}`).join(" ");
  return (
    <SvgChart title={labels.title} width={width} height={height} testId={testId}>
      <rect x="0" y="6" width="12" height="12" fill="#1565c0" />
      <text x="16" y="16" fontSize="12">
        {labels.ahead}
      </text>
      <rect x="180" y="6" width="12" height="12" fill="#90a4ae" />
      <text x="196" y="16" fontSize="12">
        {labels.waiting}
      </text>
      <line x1={margin.left} y1={y(0)} x2={width - margin.right} y2={y(0)} stroke="#cfd8dc" />
      <text x={margin.left - 6} y={y(0) + 4} fontSize="11" textAnchor="end">
        0
      </text>
      <text x={margin.left - 6} y={y(most) + 4} fontSize="11" textAnchor="end">
        {most}
      </text>
      <polyline points={waiting} fill="none" stroke="#90a4ae" strokeWidth="1.5" />
      <polyline points={steps} fill="none" stroke="#1565c0" strokeWidth="3" />
    </SvgChart>
  );
}

export interface Bar {
  label: string;
  value: number;
  /** A second, lighter value drawn behind (e.g. capacity behind the waiting children). */
  behind?: number;
}

/** Horizontal bars, one per row, with the value written after the bar. */
export function BarChart({ bars, title, testId }: { bars: Bar[]; title: string; testId: string }) {
  const rowHeight = 26;
  const labelWidth = 330;
  const barWidth = width - labelWidth - 50;
  const most = Math.max(1, ...bars.map((bar) => Math.max(bar.value, bar.behind ?? 0)));
  const chartHeight = bars.length * rowHeight + 8;
  return (
    <SvgChart title={title} width={width} height={chartHeight} testId={testId}>
      {bars.map((bar, index) => {
        const top = index * rowHeight + 4;
        const length = (bar.value / most) * barWidth;
        return (
          <g key={`${bar.label}-${index}`}>
            <text x={labelWidth - 8} y={top + 14} fontSize="12" textAnchor="end">
              {bar.label.length > 52 ? `${bar.label.slice(0, 51)}…` : bar.label}
            </text>
            {bar.behind !== undefined && (
              <rect
                x={labelWidth}
                y={top}
                width={(bar.behind / most) * barWidth}
                height={18}
                fill="#e3f2fd"
              />
            )}
            <rect x={labelWidth} y={top} width={length} height={18} fill="#1565c0" />
            <text x={labelWidth + length + 6} y={top + 14} fontSize="12">
              {bar.value}
            </text>
          </g>
        );
      })}
    </SvgChart>
  );
}
