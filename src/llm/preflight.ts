import { Ollama } from 'ollama';
import { OllamaError } from './ollamaError.ts';
import { toOllamaError } from './toOllamaError.ts';

/** What the server runs, per model: for manifests and for the llm-call provenance. */
export interface PreflightReport {
  host: string;
  version: string;
  models: { name: string; digest: string; family?: string; parameterSize?: string; quantization?: string }[];
}

/**
 * Check an Ollama server before an experiment: /api/version (is it up?), /api/tags (is every
 * model pulled? its digest) and /api/show (does it load? family, size, quantisation).
 * A model name without a tag means `name:latest`, as in Ollama.
 * @throws OllamaError 'unreachable' ("start it with `ollama serve`"), 'model-missing' naming
 *   every missing model with its `ollama pull` command, or 'timeout'.
 * @example (await preflight('http://127.0.0.1:11434', ['qwen2.5:7b'])).models[0].digest
 */
export async function preflight(
  host: string,
  models: readonly string[],
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<PreflightReport> {
  const base = host.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const baseFetch = options.fetch ?? globalThis.fetch;
  let timedOut = false;
  const controller = new AbortController();
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const client = new Ollama({ host: base, fetch: (input, init) => baseFetch(input, { ...init, signal: controller.signal }) });
  let current: string | undefined;
  try {
    const { version } = await client.version();
    const { models: pulled } = await client.list();
    const byName = new Map<string, { digest: string }>();
    for (const m of pulled ?? []) {
      byName.set(m.name, m);
      byName.set(m.model, m);
    }
    const wanted = [...new Set(models)];
    const missing = wanted.filter((m) => !byName.has(m) && !byName.has(`${m}:latest`));
    if (missing.length > 0) {
      const commands = missing.map((m) => `\`ollama pull ${m}\``).join(' and ');
      const names = missing.map((m) => `'${m}'`).join(', ');
      throw new OllamaError('model-missing', `model ${names} ${missing.length === 1 ? 'is' : 'are'} not pulled on ${base}: run ${commands}`, { host: base, model: missing[0] });
    }
    const report: PreflightReport = { host: base, version, models: [] };
    for (const name of wanted) {
      current = name;
      const show = await client.show({ model: name });
      const details = show?.details;
      report.models.push({
        name,
        digest: (byName.get(name) ?? byName.get(`${name}:latest`))!.digest,
        ...(details?.family ? { family: details.family } : {}),
        ...(details?.parameter_size ? { parameterSize: details.parameter_size } : {}),
        ...(details?.quantization_level ? { quantization: details.quantization_level } : {}),
      });
    }
    return report;
  } catch (err) {
    throw toOllamaError(err, { host: base, model: current, timedOut, timeoutMs });
  } finally {
    clearTimeout(timer);
  }
}
