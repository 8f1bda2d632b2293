// PLACEHOLDER: replaced by the module that owns this command.
export const summary = '(not built yet)';
export async function run(_argv: string[]): Promise<number> {
  throw new Error('eqn: this command is not built yet');
}
