import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chatRequestKey } from './chatRequestKey.ts';
import type { ChatModel, ChatRequest, ChatResponse } from './types.ts';

/**
 * 'record': always ask the inner model and (over)write the entry.
 * 'replay': answer only from disk; a missing entry is a {@link CacheMissError}.
 * 'auto': answer from disk when present, else ask the inner model and record.
 */
export type CacheMode = 'record' | 'replay' | 'auto';

export const CACHE_MODES: readonly CacheMode[] = ['record', 'replay', 'auto'];

/** A replay found no recording for a request. */
export class CacheMissError extends Error {
  override readonly name = 'CacheMissError';
  readonly kind = 'cache-miss';
  constructor(
    readonly key: string,
    readonly dir: string,
    readonly request: { role?: string; model: string },
  ) {
    super(
      `replay cache miss: no recording for key ${key} (role ${request.role ?? 'unknown'}, model '${request.model}') in ${dir}: ` +
        `record it first (cache mode 'record' or 'auto'), or check that seeds, prompts, models and options match the recorded run`,
    );
  }
}

/** One cache file, `<dir>/<key>.json`. */
export interface CacheEntry {
  key: string;
  request: { role?: string; model: string; messages: ChatRequest['messages']; options: ChatRequest['options']; format: ChatRequest['format'] | null };
  response: Omit<ChatResponse, 'cached'>;
}

let tempCounter = 0;

/**
 * Wrap a {@link ChatModel} with a record/replay cache on disk, keyed by {@link chatRequestKey}
 * (one JSON file per key, written atomically through a temporary file and a rename). A replayed
 * response is the recorded one (content, model, digest, durationMs) with `cached: true`, so a rerun
 * needs no server and reproduces the recorded transcripts.
 * @example const model = createCachedChatModel(createOllamaChatModel(), { dir: 'runs/cache', mode: 'auto' })
 */
export function createCachedChatModel(inner: ChatModel, options: { dir: string; mode: CacheMode }): ChatModel {
  const { dir, mode } = options;
  if (!CACHE_MODES.includes(mode)) {
    throw new Error(`createCachedChatModel: options.mode must be one of ${CACHE_MODES.join(', ')}, got ${JSON.stringify(mode)}`);
  }
  if (typeof dir !== 'string' || dir === '') throw new Error(`createCachedChatModel: options.dir must be a non-empty path, got ${JSON.stringify(dir)}`);
  let ready: Promise<unknown> | undefined;

  async function load(key: string): Promise<CacheEntry | undefined> {
    const file = join(dir, `${key}.json`);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    let entry: CacheEntry;
    try {
      entry = JSON.parse(text) as CacheEntry;
    } catch (err) {
      throw new Error(`createCachedChatModel: cache file ${file} is not valid JSON (${(err as Error).message}); delete it to record again`);
    }
    if (typeof entry?.response?.content !== 'string' || entry.key !== key) {
      throw new Error(`createCachedChatModel: cache file ${file} has no response.content or a different key (${JSON.stringify(entry?.key)}); delete it to record again`);
    }
    return entry;
  }

  async function store(key: string, request: ChatRequest, response: ChatResponse): Promise<void> {
    ready ??= mkdir(dir, { recursive: true });
    await ready;
    const { cached: _cached, ...recorded } = response;
    const entry: CacheEntry = {
      key,
      request: {
        ...(request.role === undefined ? {} : { role: request.role }),
        model: request.model,
        messages: request.messages,
        options: request.options ?? {},
        format: request.format ?? null,
      },
      response: recorded,
    };
    const file = join(dir, `${key}.json`);
    const temp = `${file}.${process.pid}.${++tempCounter}.tmp`;
    await writeFile(temp, `${JSON.stringify(entry, null, 2)}\n`, 'utf8');
    await rename(temp, file);
  }

  return {
    name: `cached(${inner.name})`,
    async chat(request: ChatRequest): Promise<ChatResponse> {
      const key = chatRequestKey(request);
      if (mode !== 'record') {
        const entry = await load(key);
        if (entry) return { ...entry.response, cached: true };
        if (mode === 'replay') throw new CacheMissError(key, dir, { role: request.role, model: request.model });
      }
      const response = await inner.chat(request);
      await store(key, request, response);
      return { ...response, cached: false };
    },
  };
}
