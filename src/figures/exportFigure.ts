import type { Browser } from 'playwright-core';
import { exportFigures, type ExportOptions } from './exportFigures.ts';
import type { Figure } from './types.ts';

/**
 * Write one figure as SVG, PNG or PDF through headless Chromium (see {@link exportFigures}); returns the path.
 * @example await exportFigure(fig, 'figures/outcomes.png', { scale: 3 })
 */
export async function exportFigure(figure: Figure, path: string, options: ExportOptions & { browser?: Browser; executablePath?: string } = {}): Promise<string> {
  const { browser, executablePath, ...size } = options;
  const [written] = await exportFigures([{ figure, path, ...size }], { ...(browser ? { browser } : {}), ...(executablePath ? { executablePath } : {}) });
  return written;
}
