/**
 * One ECharts instance on a `<div>`: created on mount, given each new option whole (no merging,
 * so a series that disappeared with a filter is gone), resized with its box and disposed on
 * unmount. The div is an image to assistive technology, named by `label`; the numbers are in
 * the figure's table view.
 */
import { useEffect, useRef } from 'react';
import { echarts, type EChartsCoreOption } from './echarts-core';

export interface EChartsViewProps {
  option: EChartsCoreOption;
  label: string;
  height: number;
}

export function EChartsView({ option, label, height }: EChartsViewProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const node = element.current;
    if (node === null) {
      return;
    }
    const instance = echarts.init(node, null, { renderer: 'canvas' });
    chart.current = instance;
    const observer =
      typeof ResizeObserver === 'function' ? new ResizeObserver(() => instance.resize()) : null;
    observer?.observe(node);
    // Printing lays the page out at paper width: redraw at that size, and back afterwards.
    const resize = () => instance.resize();
    window.addEventListener('beforeprint', resize);
    window.addEventListener('afterprint', resize);
    return () => {
      observer?.disconnect();
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={element}
      className="chart-canvas"
      role="img"
      aria-label={label}
      // The height through the CSSOM (allowed by the CSP), not a style attribute in markup.
      style={{ height }}
    />
  );
}
