// Runs the Astro command line with telemetry off, on every platform: a
// public-sector build sends nothing anywhere unless the kommun chooses to
// (set ASTRO_TELEMETRY_DISABLED=0 to allow it). npm scripts call this instead
// of `astro` so Windows' cmd.exe, which has no `VAR=1 command`, works too.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
await import('../node_modules/astro/bin/astro.mjs');
