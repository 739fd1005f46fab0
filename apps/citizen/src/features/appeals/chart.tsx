/**
 * The statistics chart, drawn on the server as SVG (no script): one stacked bar per agency
 * of its appeals answered on time, answered late, overdue, and still within the deadline.
 */
import { SvgChart } from "../../shared/ui/SvgChart.tsx";
import type { AgencyAppealStats } from "@ishonch/index";

export interface ChartLabels {
  title: string;
  answeredOnTime: string;
  answeredLate: string;
  overdue: string;
  pending: string;
}

const rowHeight = 28;
const labelWidth = 220;
const barWidth = 360;
const legendHeight = 28;

const segments = [
  { key: "answeredOnTime", colour: "#2e7d32" },
  { key: "answeredLate", colour: "#f9a825" },
  { key: "overdue", colour: "#c62828" },
  { key: "pending", colour: "#90a4ae" },
] as const;

function parts(stats: AgencyAppealStats): Record<(typeof segments)[number]["key"], number> {
  const pending = stats.received - stats.answeredOnTime - stats.answeredLate - stats.overdue;
  return { ...stats, pending: Math.max(0, pending) };
}

export function AppealsChart({
  stats,
  labels,
}: {
  stats: AgencyAppealStats[];
  labels: ChartLabels;
}) {
  const most = Math.max(1, ...stats.map((row) => row.received));
  const height = legendHeight + stats.length * rowHeight + 8;
  const width = labelWidth + barWidth + 60;
  return (
    <SvgChart title={labels.title} width={width} height={height} testId="appeals-chart">
      {segments.map((segment, i) => (
        <g key={segment.key} transform={`translate(${i * 170}, 4)`}>
          <rect width="12" height="12" fill={segment.colour} />
          <text x="16" y="11" fontSize="12">
            {labels[segment.key]}
          </text>
        </g>
      ))}
      {stats.map((row, index) => {
        const y = legendHeight + index * rowHeight;
        const values = parts(row);
        let x = labelWidth;
        return (
          <g key={row.agencyId}>
            <text x={labelWidth - 8} y={y + 17} fontSize="12" textAnchor="end">
              {row.agencyName.length > 32 ? `${row.agencyName.slice(0, 31)}…` : row.agencyName}
            </text>
            {segments.map((segment) => {
              const w = (values[segment.key] / most) * barWidth;
              const rect = (
                <rect
                  key={segment.key}
                  x={x}
                  y={y + 4}
                  width={w}
                  height={18}
                  fill={segment.colour}
                />
              );
              x += w;
              return rect;
            })}
            <text x={x + 6} y={y + 17} fontSize="12">
              {row.received}
            </text>
          </g>
        );
      })}
    </SvgChart>
  );
}
