import { fileURLToPath } from 'node:url';

/**
 * Absolute path of a file in the package's `data/` folder. Works from `src/` (Deno, tsx)
 * and from `dist/` (Node, tslab) because both sit one level below the package root
 * and this module sits one level below them.
 * @example dataPath('paper-parameters.json')
 */
export function dataPath(...parts: string[]): string {
  return fileURLToPath(new URL(`../../data/${parts.join('/')}`, import.meta.url));
}

/** Absolute path of the package root (the folder holding package.json). */
export function packageRoot(): string {
  return fileURLToPath(new URL('../../', import.meta.url));
}
