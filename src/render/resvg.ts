import { Resvg } from '@resvg/resvg-js';
import type { Rasterizer } from './pipeline.ts';

/**
 * Native resvg rasterizer. System fonts are never loaded: satori has already turned every glyph into a
 * path, and scanning system fonts would cost ~150 ms per render and make output depend on the machine.
 */
export const resvgRasterizer: Rasterizer = {
  toPng(svg, width) {
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'width', value: width },
      font: { loadSystemFonts: false },
      imageRendering: 0,
      shapeRendering: 2,
      textRendering: 1,
    });
    return resvg.render().asPng();
  },
};
