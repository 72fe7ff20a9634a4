/**
 * The chart theme, re-read when the app switches between light and dark (`<html data-theme>`).
 */
import { useEffect, useState } from 'react';
import { readChartTheme, type ChartTheme } from './chart-theme';

export function useChartTheme(): ChartTheme {
  const [theme, setTheme] = useState(readChartTheme);
  useEffect(() => {
    const root = document.documentElement;
    const observer = new MutationObserver(() => setTheme(readChartTheme(root)));
    observer.observe(root, { attributes: true, attributeFilter: ['data-theme', 'class'] });
    return () => observer.disconnect();
  }, []);
  return theme;
}
