import pkg from '../package.json' with { type: 'json' };

/**
 * Part of every ETag: bump the package version when rendering changes in a way templates do not capture
 * (fonts, emoji set, satori or resvg upgrades), so caches and CDNs roll over.
 */
export const RENDERER_VERSION = `card-renderer/${pkg.version} satori/${pkg.dependencies.satori} resvg/${pkg.dependencies['@resvg/resvg-wasm']} twemoji/${pkg.dependencies['@twemoji/svg']}`;
