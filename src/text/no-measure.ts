import type { Measurer } from './measure.ts';

/**
 * A measurer that measures nothing (every width 0, each text in its own base face): for element trees built
 * only for what they say (share pages) or where their images go (image preparation), never drawn.
 */
export const NO_MEASURE: Measurer = {
  width: () => 0,
  missing: () => [],
  chain: (_text, face) => [face.family],
};
