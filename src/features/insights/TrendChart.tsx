import { type ChartSeries, UPlotChart, type UPlotChartProps } from './UPlotChart';

/**
 * A chart with its text alternative: the canvas is drawn by uPlot and hidden from assistive
 * technology; `description` says the same numbers in words (role="img" + its label).
 */
export function TrendChart({ description, ...chart }: UPlotChartProps & { description: string }) {
  return (
    <div className="trend-chart" role="img" aria-label={description}>
      <UPlotChart {...chart} />
    </div>
  );
}

export type { ChartSeries };
