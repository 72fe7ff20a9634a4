/** Charts (Apache ECharts) with a table view of the same numbers. */
export { ChartFigure, type ChartFigureProps } from './chart-figure';
export { ChartTable, type ChartTableData } from './chart-table';
export { baseOption, readChartTheme, type ChartTheme } from './chart-theme';
