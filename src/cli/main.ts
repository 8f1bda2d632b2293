/**
 * `eqn` command-line entry. Each sub-command lives in `commands/<name>.ts` and exports
 * `run(argv: string[]): Promise<number>` (the exit code).
 */
type Command = { run(argv: string[]): Promise<number>; summary: string };

const COMMANDS: Record<string, () => Promise<Command>> = {
  main: () => import('./commands/main.ts'),
  run: () => import('./commands/run.ts'),
  'eval-offers': () => import('./commands/evalOffers.ts'),
  'train-detector': () => import('./commands/trainDetector.ts'),
  'eval-detector': () => import('./commands/evalDetector.ts'),
  report: () => import('./commands/report.ts'),
};

/** Dispatch `eqn <command> [args]`; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const lines = await Promise.all(Object.entries(COMMANDS).map(async ([n, load]) => `  ${n.padEnd(16)}${(await load()).summary}`));
    process.stdout.write(`usage: eqn <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun eqn <command> --help for its options.\n`);
    return name === undefined ? 1 : 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`eqn: unknown command ${JSON.stringify(name)}; known: ${Object.keys(COMMANDS).join(', ')}\n`);
    return 2;
  }
  return (await load()).run(rest);
}
