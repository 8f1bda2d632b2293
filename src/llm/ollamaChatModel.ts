import { Ollama } from 'ollama';
import { silentLogger, type Logger } from '../core/logger.ts';
import type { Rng } from '../core/rng.ts';
import { OllamaError } from './ollamaError.ts';
import { createSemaphore } from './semaphore.ts';
import { toOllamaError } from './toOllamaError.ts';
import type { ChatModel, ChatRequest, ChatResponse } from './types.ts';
import { DEFAULT_RETRY, withRetries, type RetryOptions } from './withRetries.ts';

export const DEFAULT_OLLAMA_HOST = 'http://127.0.0.1:11434';

/** Settings of {@link createOllamaChatModel}. */
export interface OllamaChatModelOptions {
  /** Default http://127.0.0.1:11434. */
  host?: string;
  /** Per-attempt timeout covering the whole reply, streamed or not. Default 120 000 ms. */
  timeoutMs?: number;
  retries?: Partial<RetryOptions>;
  /** Calls in flight at once (a semaphore; each retry attempt takes a slot). Default 2. */
  concurrency?: number;
  /** Ask Ollama to stream and assemble the chunks (default true, as Ollama itself). */
  stream?: boolean;
  /** Injected fetch (tests, proxies). Default the global fetch. */
  fetch?: typeof fetch;
  /** Backoff jitter; without one the delays are exact. */
  rng?: Rng;
  /** Receives one warning per retry. */
  logger?: Logger;
}

/** An Ollama-backed {@link ChatModel}; one instance serves every model on its host. */
export interface OllamaChatModel extends ChatModel {
  readonly host: string;
}

/**
 * A {@link ChatModel} talking to an Ollama server through the `ollama` npm client.
 * Each call gets a timeout, the caller's AbortSignal, retries on transient errors with
 * exponential backoff, and a slot of a shared semaphore. Failures are {@link OllamaError}s
 * whose message says what to do. The model digest is looked up once per model in /api/tags.
 * @example await createOllamaChatModel().chat({ model: 'qwen2.5:7b', messages })
 */
export function createOllamaChatModel(options: OllamaChatModelOptions = {}): OllamaChatModel {
  const host = (options.host ?? DEFAULT_OLLAMA_HOST).replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 120_000;
  if (!(timeoutMs > 0)) throw new Error(`createOllamaChatModel: timeoutMs must be > 0, got ${timeoutMs}`);
  const retry = { ...DEFAULT_RETRY, ...options.retries };
  const stream = options.stream ?? true;
  const baseFetch = options.fetch ?? globalThis.fetch;
  const logger = options.logger ?? silentLogger;
  const semaphore = createSemaphore(options.concurrency ?? 2);
  const digests = new Map<string, string>();

  async function digestOf(model: string): Promise<string | undefined> {
    if (digests.has(model)) return digests.get(model);
    try {
      const list = await new Ollama({ host, fetch: withSignal(baseFetch, AbortSignal.timeout(timeoutMs)) }).list();
      for (const m of list.models ?? []) if (typeof m.digest === 'string') digests.set(m.name, m.digest).set(m.model, m.digest);
    } catch {
      // The digest is provenance only: a failed lookup leaves it undefined rather than failing a good reply.
    }
    return digests.get(model) ?? digests.get(`${model}:latest`);
  }

  async function attempt(request: ChatRequest): Promise<ChatResponse> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error(`timeout after ${timeoutMs} ms`));
    }, timeoutMs);
    const onAbort = (): void => controller.abort(request.signal?.reason);
    request.signal?.addEventListener('abort', onAbort, { once: true });
    const context = { host, model: request.model, role: request.role, timeoutMs };
    try {
      if (request.signal?.aborted) throw request.signal.reason;
      const client = new Ollama({ host, fetch: withSignal(baseFetch, controller.signal) });
      const body = {
        model: request.model,
        messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
        ...(request.options === undefined ? {} : { options: request.options }),
        ...(request.format === undefined ? {} : { format: request.format }),
        ...(request.keepAlive === undefined ? {} : { keep_alive: request.keepAlive }),
      };
      const start = performance.now();
      let content = '';
      let model: unknown;
      if (stream) {
        for await (const part of await client.chat({ ...body, stream: true })) {
          const piece = part?.message?.content;
          if (typeof piece !== 'string') throw malformed(context, `a streamed chunk has no message.content: ${JSON.stringify(part).slice(0, 200)}`);
          content += piece;
          model ??= part.model;
        }
      } else {
        const res = await client.chat({ ...body, stream: false });
        if (typeof res?.message?.content !== 'string') throw malformed(context, `no message.content in ${JSON.stringify(res).slice(0, 200)}`);
        content = res.message.content;
        model = res.model;
      }
      const durationMs = Math.round((performance.now() - start) * 1000) / 1000;
      const digest = await digestOf(request.model);
      return {
        content,
        model: typeof model === 'string' && model !== '' ? model : request.model,
        ...(digest === undefined ? {} : { digest }),
        durationMs,
      };
    } catch (err) {
      throw toOllamaError(err, { ...context, timedOut, aborted: request.signal?.aborted === true && !timedOut });
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    name: `ollama(${host})`,
    host,
    async chat(request: ChatRequest): Promise<ChatResponse> {
      checkRequest(request);
      let attempts = 0;
      try {
        return await withRetries(
          (n) => {
            attempts = n;
            return semaphore.run(() => attempt(request));
          },
          {
            ...retry,
            signal: request.signal,
            rng: options.rng,
            isRetryable: (err) => err instanceof OllamaError && err.transient,
            onRetry: (err, n, delay) => logger.warn(`${(err as Error).message} (retry ${n} of ${retry.max} in ${Math.round(delay)} ms)`),
          },
        );
      } catch (err) {
        const e = toOllamaError(err, { host, model: request.model, role: request.role, aborted: request.signal?.aborted });
        if (attempts <= 1) throw e;
        throw new OllamaError(e.kind, `${e.message} (gave up after ${attempts} attempts)`, {
          host, model: request.model, role: request.role, status: e.status, attempts, cause: e,
        });
      }
    },
  };
}

/** AbortSignal.any (Node >= 20.3); typed here because the DOM lib of TypeScript 5.9 lacks it. */
const anySignal = (signals: AbortSignal[]): AbortSignal =>
  (AbortSignal as unknown as { any(signals: AbortSignal[]): AbortSignal }).any(signals);

function withSignal(base: typeof fetch, signal: AbortSignal): typeof fetch {
  return (input, init) => base(input, { ...init, signal: init?.signal ? anySignal([init.signal, signal]) : signal });
}

function malformed(context: { host: string; model?: string; role?: string }, detail: string): OllamaError {
  return new OllamaError('malformed-response', `Ollama at ${context.host} sent a malformed chat response for model '${context.model}': ${detail}; check the server version with \`ollama --version\``, context);
}

function checkRequest(request: ChatRequest): void {
  if (typeof request.model !== 'string' || request.model === '') {
    throw new Error(`OllamaChatModel.chat: request.model must be a non-empty string, got ${JSON.stringify(request.model)}`);
  }
  if (!Array.isArray(request.messages) || request.messages.length === 0) {
    throw new Error(`OllamaChatModel.chat: request.messages must be a non-empty array (model ${request.model}, role ${request.role ?? 'unknown'})`);
  }
}
