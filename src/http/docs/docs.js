/**
 * Starts Scalar's API Reference on GET /openapi.json. Runs before Scalar's bundle (both scripts are
 * deferred, in document order), and mounts the reference once the bundle has run.
 */

// Zod, inside Scalar's bundle, tries `Function('')` to see whether it may compile its parsers; this page's
// CSP forbids eval, so tell it not to try (the attempt would be reported as a CSP violation).
globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true };

addEventListener('DOMContentLoaded', () => {
  // Everything Scalar would fetch from its own servers is off: fonts (the page uses system fonts),
  // telemetry, the AI agent, MCP and the developer tools. The page's CSP refuses other origins anyway.
  globalThis.Scalar.createApiReference('#app', {
    url: '/openapi.json',
    withDefaultFonts: false,
    telemetry: false,
    agent: { disabled: true },
    mcp: { disabled: true },
    showDeveloperTools: 'never',
    persistAuth: false,
    defaultOpenAllTags: false,
  });
});
