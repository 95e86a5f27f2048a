// The chart types and components the research results draw; see echarts-setup.ts.
import { BarChart, BoxplotChart, HeatmapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';

export const ECHARTS_PARTS = [BarChart, BoxplotChart, HeatmapChart, GridComponent, TooltipComponent, VisualMapComponent];
