import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let cached: { path: string; source: string } | undefined;

/**
 * Path of the bundled plotly.js (`plotly.js-dist-min`, a dependency of the kit), resolved from
 * this module so that it works from a checkout, an installed package, Node and Deno.
 * @throws when the package cannot be found, naming it.
 */
export function plotlyPath(): string {
  try {
    return createRequire(import.meta.url).resolve('plotly.js-dist-min');
  } catch (err) {
    throw new Error(`plotlyPath: cannot resolve plotly.js-dist-min (${(err as Error).message}); it is a dependency of eq-negotiator, reinstall the package`);
  }
}

/**
 * The source of plotly.js, to inline in pages and notebook outputs (no CDN: the kit works
 * offline). Read once, then cached; about 4.8 MB.
 */
export function plotlySource(): string {
  const path = plotlyPath();
  if (cached?.path !== path) cached = { path, source: readFileSync(path, 'utf8') };
  return cached.source;
}
