// Bar charts of recorded measurements, rendered at build time to inline SVG by Vega-Lite (the
// declarative grammar, compiled to Vega and rendered headless: no browser, no client script).
import * as vega from 'vega';
import { compile } from 'vega-lite';

export interface Bar {
  label: string;
  value: number;
}

/** An SVG bar chart; colours follow the page's text colour, so it works in light and dark themes. */
export async function barChartSvg(bars: Bar[], axisTitle: string): Promise<string> {
  const { spec } = compile({
    width: 360,
    height: 28 * bars.length,
    background: 'transparent',
    data: { values: bars },
    mark: { type: 'bar', color: '#6b7cff' },
    encoding: {
      y: { field: 'label', type: 'nominal', title: null, sort: null },
      x: { field: 'value', type: 'quantitative', title: axisTitle },
    },
    config: {
      font: 'system-ui, sans-serif',
      axis: { labelColor: 'currentColor', titleColor: 'currentColor', domainColor: 'currentColor', tickColor: 'currentColor', gridOpacity: 0.25, labelFontSize: 12 },
      view: { stroke: null },
    },
  });
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
