// Runs the Astro command line with telemetry off, on every platform: a
// public-sector build sends nothing anywhere unless the kommun chooses to
// (set ASTRO_TELEMETRY_DISABLED=0 to allow it). npm scripts call this instead
// of `astro` so Windows' cmd.exe, which has no `VAR=1 command`, works too.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
// Vite's own import.meta.env names. While Astro renders the pages it reads
// import.meta.env from the process environment, so a BASE_URL left there
// (Vitest sets BASE_URL=/ for every process it starts; a CI may too) would
// replace basePath from site.yaml in every link of the built site.
for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']) delete process.env[name];
await import('../node_modules/astro/bin/astro.mjs');
