/**
 * resvg's options for a card, the same in every adapter (Node's and the Worker's resvg-wasm): the same options
 * are what makes the two runtimes draw the same pixels (tests/edge: pixel parity for every golden).
 *
 * System fonts are never loaded: satori has already turned every glyph into a path, and scanning system fonts
 * would cost ~150 ms per render and make output depend on the machine. Quality settings: images smoothed
 * (`imageRendering` 0, optimizeQuality), shapes and text antialiased (geometricPrecision, optimizeLegibility).
 */
export function resvgOptions(width: number) {
  return {
    fitTo: { mode: 'width' as const, value: width },
    font: { loadSystemFonts: false },
    imageRendering: 0 as const,
    shapeRendering: 2 as const,
    textRendering: 1 as const,
  };
}
