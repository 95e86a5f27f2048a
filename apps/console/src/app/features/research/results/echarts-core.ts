// ECharts core and its SVG renderer; see echarts-setup.ts.
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([SVGRenderer]);

export { init, use } from 'echarts/core';
