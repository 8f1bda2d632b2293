import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Chromium flags for a quiet, offline, headless browser (no sandbox: containers and CI). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * The Chromium the kit drives: `executablePath`, else the EQN_CHROMIUM environment variable, else
 * the first system Chromium or Chrome found, else undefined (playwright's own download, if any).
 * The kit never downloads a browser.
 */
export function chromiumPath(options: { executablePath?: string } = {}): string | undefined {
  if (options.executablePath !== undefined) return options.executablePath;
  const fromEnv = process.env.EQN_CHROMIUM;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

/**
 * Launch headless Chromium through playwright-core (a development dependency, loaded only here,
 * so importing the kit never requires it). The caller closes the browser.
 * @throws when playwright-core is missing or no browser can be started, saying how to fix it.
 */
export async function launchChromium(options: { executablePath?: string } = {}): Promise<Browser> {
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (err) {
    throw new Error(`launchChromium: cannot load playwright-core (${(err as Error).message}); install it (npm install playwright-core) for static export and browser checks`);
  }
  const executablePath = chromiumPath(options);
  if (executablePath !== undefined && !existsSync(executablePath)) {
    throw new Error(`launchChromium: executablePath = ${JSON.stringify(executablePath)} does not exist; set EQN_CHROMIUM to a Chromium or Chrome binary`);
  }
  try {
    return await chromium.launch({ headless: true, args: [...CHROMIUM_ARGS], ...(executablePath === undefined ? {} : { executablePath }) });
  } catch (err) {
    throw new Error(`launchChromium: cannot start Chromium${executablePath ? ` at ${executablePath}` : ''}: ${(err as Error).message.split('\n')[0]}; set EQN_CHROMIUM to a Chromium or Chrome binary`);
  }
}
