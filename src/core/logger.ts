/**
 * Injected logger: the kit never writes to the console from `src/` except through one of these.
 * Warnings about suspicious input or results go here; errors are thrown.
 */
export interface Logger {
  warn(message: string): void;
  info(message: string): void;
}

/** A logger that drops everything (the default inside pure code paths). */
export const silentLogger: Logger = { warn: () => {}, info: () => {} };

/** A logger writing to stderr (warn) and stdout (info); the CLI's default. */
export const consoleLogger: Logger = {
  warn: (m) => process.stderr.write(`warning: ${m}\n`),
  info: (m) => process.stdout.write(`${m}\n`),
};

/** A logger that keeps messages in arrays: for tests and for manifests. */
export function memoryLogger(): Logger & { warnings: string[]; infos: string[] } {
  const warnings: string[] = [];
  const infos: string[] = [];
  return { warnings, infos, warn: (m) => void warnings.push(m), info: (m) => void infos.push(m) };
}
