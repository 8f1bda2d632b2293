/**
 * What went wrong talking to Ollama. Transient kinds (`unreachable`, `connection-reset`,
 * `timeout`, `server`) are retried with backoff; the others are not.
 */
export type OllamaErrorKind =
  /** Nothing listens at the host (connection refused, unknown host). */
  | 'unreachable'
  /** The connection dropped mid-request. */
  | 'connection-reset'
  /** No complete answer within the per-call timeout. */
  | 'timeout'
  /** The caller's AbortSignal fired. */
  | 'aborted'
  /** The model is not pulled on the server (HTTP 404). */
  | 'model-missing'
  /** HTTP 5xx. */
  | 'server'
  /** Another HTTP error (4xx other than a missing model), e.g. an invalid option. */
  | 'http'
  /** The HTTP exchange worked but the body is not an Ollama chat response. */
  | 'malformed-response'
  /** The model answered, but not in the shape asked for (empty text, invalid JSON). */
  | 'malformed-output'
  /** Anything else; the cause is attached. */
  | 'unknown';

const TRANSIENT: ReadonlySet<OllamaErrorKind> = new Set(['unreachable', 'connection-reset', 'timeout', 'server']);

/** True for the kinds worth retrying: connection refused/reset, timeouts and 5xx. */
export function isTransientKind(kind: OllamaErrorKind): boolean {
  return TRANSIENT.has(kind);
}

/** Details carried by an {@link OllamaError}. */
export interface OllamaErrorDetails {
  host?: string;
  model?: string;
  role?: string;
  status?: number;
  /** Attempts made before giving up (1 = no retry). */
  attempts?: number;
  cause?: unknown;
}

/**
 * A typed Ollama failure whose message says what to do, e.g.
 * "model 'qwen2.5:7b' is not pulled: run `ollama pull qwen2.5:7b`".
 */
export class OllamaError extends Error {
  override readonly name = 'OllamaError';
  readonly kind: OllamaErrorKind;
  readonly host?: string;
  readonly model?: string;
  readonly role?: string;
  readonly status?: number;
  readonly attempts?: number;

  constructor(kind: OllamaErrorKind, message: string, details: OllamaErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.host = details.host;
    this.model = details.model;
    this.role = details.role;
    this.status = details.status;
    this.attempts = details.attempts;
  }

  /** Whether a retry may succeed. */
  get transient(): boolean {
    return isTransientKind(this.kind);
  }
}
