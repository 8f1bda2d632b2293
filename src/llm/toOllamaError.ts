import { OllamaError } from './ollamaError.ts';

/** What the caller knew when a request failed. */
export interface FailureContext {
  host: string;
  model?: string;
  role?: string;
  /** The per-call timeout fired. */
  timedOut?: boolean;
  timeoutMs?: number;
  /** The caller's signal fired. */
  aborted?: boolean;
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'EADDRNOTAVAIL']);
const RESET = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ETIMEDOUT']);

/**
 * Classify anything thrown while talking to Ollama (fetch errors, the `ollama` client's
 * ResponseError, stream errors) into an {@link OllamaError} with an actionable message.
 * An OllamaError passes through unchanged.
 * @example toOllamaError(fetchFailedRefused, { host }).kind // 'unreachable'
 */
export function toOllamaError(err: unknown, context: FailureContext): OllamaError {
  if (err instanceof OllamaError) return err;
  const { host, model, role } = context;
  const details = { host, model, role, cause: err };
  const who = describe(model, role);
  if (context.timedOut) {
    return new OllamaError('timeout', `Ollama at ${host} did not answer${who} within ${context.timeoutMs} ms: raise timeoutMs, use a smaller model, or check the server load with \`ollama ps\``, details);
  }
  if (context.aborted) return new OllamaError('aborted', `request to Ollama at ${host}${who} was aborted by the caller`, details);
  const status = statusOf(err);
  if (status !== undefined) {
    const text = messageOf(err);
    if (status === 404 && /not found/i.test(text) && model !== undefined) {
      return new OllamaError('model-missing', `model '${model}' is not pulled on ${host}: run \`ollama pull ${model}\``, { ...details, status });
    }
    if (status >= 500) {
      return new OllamaError('server', `Ollama at ${host} answered HTTP ${status}${who}: ${text}; see the server log (the \`ollama serve\` output)`, { ...details, status });
    }
    return new OllamaError('http', `Ollama at ${host} rejected the request${who} with HTTP ${status}: ${text}`, { ...details, status });
  }
  const code = codeOf(err);
  if ((code !== undefined && UNREACHABLE.has(code)) || (code === undefined && /fetch failed/i.test(messageOf(err)))) {
    return new OllamaError('unreachable', `Ollama is not reachable at ${host}: start it with \`ollama serve\`, or set the host option to where it runs`, details);
  }
  if ((code !== undefined && RESET.has(code)) || /terminated|socket hang up|other side closed/i.test(messageOf(err))) {
    return new OllamaError('connection-reset', `connection to Ollama at ${host} was reset${who} (${code ?? messageOf(err)}); it is retried, check the server log if it persists`, details);
  }
  if (err instanceof SyntaxError || /did not receive done/i.test(messageOf(err))) {
    return new OllamaError('malformed-response', `Ollama at ${host} sent a malformed response${who}: ${messageOf(err)}; check the server version with \`ollama --version\``, details);
  }
  return new OllamaError('unknown', `request to Ollama at ${host}${who} failed: ${messageOf(err)}`, details);
}

function describe(model: string | undefined, role: string | undefined): string {
  if (model === undefined) return '';
  return role === undefined ? ` for model '${model}'` : ` for model '${model}' (role ${role})`;
}

function statusOf(err: unknown): number | undefined {
  const s = (err as { status_code?: unknown } | null)?.status_code;
  return typeof s === 'number' ? s : undefined;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The first system error code along the `cause` chain (undici nests them). */
function codeOf(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; depth < 5 && e !== null && typeof e === 'object'; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    const errors = (e as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length > 0) {
      const inner = codeOf(errors[0]);
      if (inner !== undefined) return inner;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
