// Astro 7 needs Node 22.12 or newer; npm scripts run the pinned node@24 from node_modules/.bin.
export function assertNodeVersion(): void {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    console.error(
      `Node ${process.versions.node} är för gammal: Kundvalsguiden behöver Node 22.12 eller senare. Kör kommandot via npm (npm run ...), som använder node@24 från node_modules.`,
    );
    process.exit(1);
  }
}
