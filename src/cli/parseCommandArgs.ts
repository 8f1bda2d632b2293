/**
 * The parse-or-help step every `eqn` command shares: parse argv; on a parse error print it with
 * the help text (exit 2); on --help print the help (exit 0); otherwise return the parsed options.
 * @example const p = parseCommandArgs(argv, parseRunArgs, HELP); if (typeof p === 'number') return p;
 */
export function parseCommandArgs<T extends { help?: boolean }>(argv: string[], parse: (argv: string[]) => T, help: string): Exclude<T, { help: true }> | number {
  let parsed: T;
  try {
    parsed = parse(argv);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${help}`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(help);
    return 0;
  }
  return parsed as Exclude<T, { help: true }>;
}
