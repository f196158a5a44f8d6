// The one place that draws with uPlot (a ~50 KB canvas chart library, only in this lazy chunk).
// The canvas is hidden from assistive technology: every chart's caller gives a text alternative.
import 'uplot/dist/uPlot.min.css';
// Before uPlot: it hands navigator.language to Intl as its module loads ("C" would throw).
import '../../lib/navigatorLanguage';
import { useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';

export interface ChartSeries {
  label: string;
  /** One value per period; null where nothing may be shown (a gap, not a zero). */
  values: (number | null)[];
}

export interface UPlotChartProps {
  /** Period labels along the x axis. */
  labels: string[];
  series: ChartSeries[];
  yRange: [number, number];
  yFormat: (value: number) => string;
  /** Where the y axis has its ticks (default: uPlot's choice). */
  ySplits?: number[];
  height?: number;
}

// Creating a uPlot chart (styles read, canvas sized, axes and series drawn) takes tens of
// milliseconds on a slow tablet, and the team view has a dozen charts: made together in one
// commit they held the main thread for a second. They are drawn one per task instead, in the
// order they mounted, so input and painting get a turn between any two.
const drawQueue: (() => void)[] = [];
let drawScheduled = false;

function drawNext() {
  drawScheduled = false;
  drawQueue.shift()?.();
  if (drawQueue.length) scheduleDraw();
}

function scheduleDraw() {
  if (drawScheduled) return;
  drawScheduled = true;
  setTimeout(drawNext, 0);
}

/** Runs `draw` in a task of its own after the charts queued before it; returns a cancel. */
function queueDraw(draw: () => void): () => void {
  drawQueue.push(draw);
  scheduleDraw();
  return () => {
    const at = drawQueue.indexOf(draw);
    if (at >= 0) drawQueue.splice(at, 1);
  };
}

function cssVar(el: Element, name: string, fallback: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim() || fallback;
}

/** Redraws when the colour scheme flips, so axes keep their contrast in light and dark. */
function useColourScheme(): string {
  const [scheme, setScheme] = useState('light');
  useEffect(() => {
    if (typeof matchMedia === 'undefined') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const update = () => setScheme(query.matches ? 'dark' : 'light');
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return scheme;
}

export function UPlotChart({
  labels,
  series,
  yRange,
  yFormat,
  ySplits,
  height = 180,
}: UPlotChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const scheme = useColourScheme();
  const dataKey = JSON.stringify([labels, series, yRange, ySplits]);
  const format = useRef(yFormat);
  format.current = yFormat;

  function draw(el: HTMLDivElement): uPlot {
    const text = cssVar(el, '--text', '#1b1f1e');
    const grid = cssVar(el, '--border', '#8a928f');
    const colours = [cssVar(el, '--primary', '#1f4d46'), cssVar(el, '--accent', '#8a3b12')];
    const font = `${Math.round(parseFloat(getComputedStyle(el).fontSize) * 0.8)}px system-ui, sans-serif`;
    const axis = {
      stroke: text,
      font,
      grid: { stroke: `${grid}66`, width: 1 },
      ticks: { stroke: grid },
    };
    const xs = labels.map((_, i) => i);
    return new uPlot(
      {
        width: Math.max(200, el.clientWidth),
        height,
        legend: { show: false },
        cursor: { show: false },
        scales: {
          x: { time: false, range: [-0.5, Math.max(0.5, labels.length - 0.5)] },
          y: { range: yRange },
        },
        axes: [
          {
            ...axis,
            space: 80,
            incrs: [1, 2, 3, 4, 6, 12, 13, 26, 52, 104],
            values: (_u, splits) =>
              splits.map((v) => (Number.isInteger(v) ? (labels[v] ?? '') : '')),
          },
          {
            ...axis,
            size: 56,
            ...(ySplits ? { splits: () => ySplits } : {}),
            values: (_u, splits) => splits.map((v) => format.current(v)),
          },
        ],
        series: [
          {},
          ...series.map((s, i) => ({
            label: s.label,
            stroke: colours[i % colours.length],
            width: 3,
            spanGaps: false,
            points: { show: true, size: 9, fill: colours[i % colours.length] },
          })),
        ],
      },
      [xs, ...series.map((s) => s.values)] as uPlot.AlignedData,
      el,
    );
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: dataKey stands for labels and series (draw reads them).
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let plot: uPlot | null = null;
    let observer: ResizeObserver | null = null;
    const cancel = queueDraw(() => {
      plot = draw(el);
      let width = el.clientWidth;
      observer = new ResizeObserver(() => {
        // The first call only reports the size the chart was drawn at: no second drawing.
        if (el.clientWidth === width) return;
        width = el.clientWidth;
        plot?.setSize({ width: Math.max(200, width), height });
      });
      observer.observe(el);
    });
    return () => {
      cancel();
      observer?.disconnect();
      plot?.destroy();
    };
  }, [dataKey, height, scheme]);

  return <div ref={box} className="uplot-chart" aria-hidden="true" />;
}
