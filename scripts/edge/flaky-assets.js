/**
 * For tests: the Worker's ASSETS binding in front of the directory (the DISK service), except that the first
 * fetch of a file under each of the FAIL_ONCE prefixes (JSON list, `fonts/`) answers 503, as a static asset
 * fetch may fail on the platform. The next fetch of it succeeds.
 */
const failed = new Set();

export default {
  async fetch(request, env) {
    const path = new URL(request.url).pathname.slice(1);
    const prefix = JSON.parse(env.FAIL_ONCE).find((p) => path.startsWith(p));
    if (prefix !== undefined && !failed.has(prefix)) {
      failed.add(prefix);
      return new Response('unavailable for this test', { status: 503 });
    }
    return env.DISK.fetch(request);
  },
};
