import type { RenderRequest } from '../../render/pipeline.ts';

/**
 * The card a render worker draws as soon as it is up (worker.ts): the quote kind's example as its schema outputs
 * it (defaults filled in). Written out rather than parsed at start so that the worker needs no zod: its bundle
 * holds the templates' views only (scripts/build.mjs). tests/render/pool.test.ts checks it is what the schema
 * makes of the example.
 */
export const WARM_UP_REQUEST: RenderRequest = {
  kind: 'quote',
  payload: {
    text: 'Il y a un petit goût amer. On est conscients d’avoir fait le match qu’il fallait contre une bonne équipe. Mais les matchs se jouent sur les détails.',
    author: 'Jean-Louis Gasset',
    role: 'Entraîneur de l’Olympique de Marseille',
    source: 'Conférence de presse',
    date: '2024-05-02',
    size: 'og',
    scale: 1,
    theme: 'light',
    locale: 'fr',
  } as RenderRequest['payload'],
  format: 'png',
};
