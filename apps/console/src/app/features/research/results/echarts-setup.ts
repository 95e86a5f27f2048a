// The one place ECharts is loaded from, on the research results only (ResearchChartComponent imports
// this file dynamically). Only the charts drawn here and the SVG renderer (crisp in print, exported as
// SVG as drawn) are bundled. The core and the chart types are two dynamic imports, so the ~530 kB of
// ECharts arrive as parallel chunks each under the console's per-script budget rather than one file.
import type { init as EChartsInit } from 'echarts/core';

export async function loadECharts(): Promise<typeof EChartsInit> {
  const [core, parts] = await Promise.all([import('./echarts-core'), import('./echarts-parts')]);
  core.use(parts.ECHARTS_PARTS);
  return core.init;
}
