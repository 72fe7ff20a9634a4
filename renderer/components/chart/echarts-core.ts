/**
 * The parts of Apache ECharts the app draws with, and nothing more: importing from
 * `echarts/core` and registering only these keeps the other chart types, maps and the SVG
 * renderer out of the bundle. The canvas renderer is used because the app's CSP has no
 * 'unsafe-inline' for styles, and canvas draws without style attributes; tooltips use
 * `renderMode: 'richText'` (drawn on the canvas) for the same reason.
 */
import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export { echarts };
export type { EChartsCoreOption } from 'echarts/core';
