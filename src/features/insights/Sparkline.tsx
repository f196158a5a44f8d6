import type { ThemePeriodCount } from '../../domain/themes/types';

const WIDTH = 120;
const HEIGHT = 32;
const PAD = 3;

/**
 * A theme's mentions per period as a small line. Inline SVG rather than uPlot: a page lists up to
 * thirty themes, and a canvas chart (with its own resize observer) per card would cost far more
 * than a polyline; SVG also prints and zooms sharply. The numbers are in the label.
 */
export function Sparkline({ series, noun }: { series: ThemePeriodCount[]; noun: string }) {
  const max = Math.max(1, ...series.map((p) => p.count));
  const step = series.length > 1 ? (WIDTH - 2 * PAD) / (series.length - 1) : 0;
  const points = series
    .map((p, i) => {
      const x = PAD + i * step;
      const y = HEIGHT - PAD - (p.count / max) * (HEIGHT - 2 * PAD);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
  const first = series[0]?.label;
  const last = series.at(-1)?.label;
  const label =
    series.length === 0
      ? 'No periods to show'
      : `Answers per ${noun}, ${first} to ${last}: ${series.map((p) => p.count).join(', ')}`;
  return (
    <svg
      className="sparkline"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
    >
      <line
        x1={PAD}
        x2={WIDTH - PAD}
        y1={HEIGHT - PAD}
        y2={HEIGHT - PAD}
        className="sparkline-base"
      />
      {series.length === 1 ? (
        <circle cx={WIDTH / 2} cy={HEIGHT / 2} r={3} className="sparkline-dot" />
      ) : (
        <polyline points={points} className="sparkline-line" />
      )}
    </svg>
  );
}
