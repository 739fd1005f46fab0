import type { ReactNode } from "react";

/**
 * A chart drawn on the server as SVG (no script, no chart library): an image whose title
 * screen readers read, as wide as the page allows.
 */
export function SvgChart(props: {
  title: string;
  width: number;
  height: number;
  testId: string;
  children: ReactNode;
}) {
  return (
    <svg
      role="img"
      aria-label={props.title}
      viewBox={`0 0 ${props.width} ${props.height}`}
      width="100%"
      data-testid={props.testId}
    >
      <title>{props.title}</title>
      {props.children}
    </svg>
  );
}
