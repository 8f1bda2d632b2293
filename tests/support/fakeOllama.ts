/**
 * A loopback fake of the Ollama HTTP API, for tests, benchmarks and notebooks (import it by path).
 * It implements what the kit uses: POST /api/chat (streamed NDJSON or a single JSON reply),
 * GET /api/tags, POST /api/show and GET /api/version, with a programmable responder and failure
 * modes. It only imports Node built-ins and listens on 127.0.0.1 at a free port.
 *
 * @example
 * const fake = await startFakeOllama({ models: ['qwen2.5:7b'], respond: (r) => 'We can do 30 days.' });
 * // ... createOllamaChatModel({ host: fake.url }) ...
 * await fake.close();
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A model the fake server has "pulled". */
export interface FakeModel {
  name: string;
  /** Default: sha256 of the name. */
  digest?: string;
  family?: string;
  parameterSize?: string;
  quantization?: string;
}

/** The body of a POST /api/chat as the fake received it. */
export interface FakeChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  options?: Record<string, unknown>;
  format?: unknown;
  keep_alive?: unknown;
  stream: boolean;
  /** 1-based count of /api/chat requests received so far, failed ones included. */
  callNumber: number;
}

export interface FakeOllamaOptions {
  /** Models present in /api/tags; a name without a tag means `name:latest`. Default ['fake-model']. */
  models?: (string | FakeModel)[];
  /** The assistant's reply text for a chat request. Default: 'ok'. */
  respond?: (request: FakeChatRequest) => string | Promise<string>;
  /** Wait this long before answering a chat request (to trigger client timeouts). */
  delayMs?: number | ((request: FakeChatRequest) => number);
  /** Answer the first N chat requests with HTTP 500 (to exercise retries). */
  failFirst?: number;
  /** Replace the content of structured requests (those with `format`) by invalid JSON. */
  malformedJson?: boolean;
  /** Characters per streamed chunk. Default 8. */
  chunkSize?: number;
  /** What GET /api/version reports. Default '0.0.0-fake'. */
  version?: string;
}

/** One HTTP request the fake received. */
export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
}

export interface FakeOllama {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  url: string;
  port: number;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** The digest the fake reports for a model name (with or without `:latest`). */
  digestOf(name: string): string | undefined;
  /** Stop listening and drop open connections (calling it again is harmless). */
  close(): Promise<void>;
}

/** Ollama's name normalisation: no tag means `:latest`. */
function fullName(name: string): string {
  return name.includes(':') ? name : `${name}:latest`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Start the fake on 127.0.0.1 at a free port. */
export async function startFakeOllama(options: FakeOllamaOptions = {}): Promise<FakeOllama> {
  const models = new Map<string, Required<FakeModel>>();
  for (const m of options.models ?? ['fake-model']) {
    const spec = typeof m === 'string' ? { name: m } : m;
    const name = fullName(spec.name);
    models.set(name, {
      name,
      digest: spec.digest ?? sha256(name),
      family: spec.family ?? 'fake',
      parameterSize: spec.parameterSize ?? '7B',
      quantization: spec.quantization ?? 'Q4_K_M',
    });
  }
  const respond = options.respond ?? (() => 'ok');
  const chunkSize = options.chunkSize ?? 8;
  const requests: RecordedRequest[] = [];
  let chatCalls = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    const text = await readBody(req);
    let body: unknown = undefined;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        requests.push({ method: req.method ?? '', path, body: text });
        return sendJson(res, 400, { error: 'invalid character in request body' });
      }
    }
    requests.push({ method: req.method ?? '', path, body });
    const route = `${req.method} ${path}`;
    if (route === 'GET /api/version') return sendJson(res, 200, { version: options.version ?? '0.0.0-fake' });
    if (route === 'GET /api/tags') return sendJson(res, 200, { models: [...models.values()].map(tagEntry) });
    if (route === 'POST /api/show') {
      const name = fullName(String((body as { model?: unknown; name?: unknown })?.model ?? (body as { name?: unknown })?.name ?? ''));
      const m = models.get(name);
      if (!m) return sendJson(res, 404, { error: `model '${name}' not found` });
      return sendJson(res, 200, showEntry(m));
    }
    if (route === 'POST /api/chat') return chat(body as Record<string, unknown>, res);
    return sendJson(res, 404, { error: `fake Ollama: no route ${route}` });
  }

  async function chat(body: Record<string, unknown>, res: ServerResponse): Promise<void> {
    chatCalls++;
    const request: FakeChatRequest = {
      model: String(body.model ?? ''),
      messages: Array.isArray(body.messages) ? (body.messages as FakeChatRequest['messages']) : [],
      ...(body.options === undefined ? {} : { options: body.options as Record<string, unknown> }),
      ...(body.format === undefined ? {} : { format: body.format }),
      ...(body.keep_alive === undefined ? {} : { keep_alive: body.keep_alive }),
      stream: body.stream !== false,
      callNumber: chatCalls,
    };
    const delay = typeof options.delayMs === 'function' ? options.delayMs(request) : options.delayMs ?? 0;
    if (delay > 0 && !(await wait(delay, res))) return;
    if (chatCalls <= (options.failFirst ?? 0)) return sendJson(res, 500, { error: `fake Ollama: planned failure ${chatCalls} of ${options.failFirst}` });
    const model = models.get(fullName(request.model));
    if (!model) return sendJson(res, 404, { error: `model "${request.model}" not found, try pulling it first` });
    let content: string;
    try {
      content = await respond(request);
    } catch (err) {
      return sendJson(res, 500, { error: `fake Ollama responder failed: ${(err as Error).message}` });
    }
    if (options.malformedJson && request.format !== undefined) content = '{"agree": tru, "days": 3O,';
    const base = { model: request.model, created_at: new Date().toISOString() };
    const stats = { done_reason: 'stop', total_duration: 1000, load_duration: 0, prompt_eval_count: 1, prompt_eval_duration: 1, eval_count: 1, eval_duration: 1 };
    if (!request.stream) {
      return sendJson(res, 200, { ...base, message: { role: 'assistant', content }, done: true, ...stats });
    }
    res.writeHead(200, { 'Content-Type': 'application/x-ndjson' });
    for (let i = 0; i < content.length; i += chunkSize) {
      res.write(`${JSON.stringify({ ...base, message: { role: 'assistant', content: content.slice(i, i + chunkSize) }, done: false })}\n`);
    }
    res.end(`${JSON.stringify({ ...base, message: { role: 'assistant', content: '' }, done: true, ...stats })}\n`);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) sendJson(res, 500, { error: `fake Ollama: ${(err as Error).message}` });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    digestOf: (name) => models.get(fullName(name))?.digest,
    close: () => {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function tagEntry(m: Required<FakeModel>) {
  return {
    name: m.name,
    model: m.name,
    modified_at: '2025-01-01T00:00:00Z',
    size: 4_683_087_332,
    digest: m.digest,
    details: { parent_model: '', format: 'gguf', family: m.family, families: [m.family], parameter_size: m.parameterSize, quantization_level: m.quantization },
  };
}

function showEntry(m: Required<FakeModel>) {
  return {
    license: '',
    modelfile: `FROM ${m.name}`,
    parameters: '',
    template: '{{ .Prompt }}',
    details: { parent_model: '', format: 'gguf', family: m.family, families: [m.family], parameter_size: m.parameterSize, quantization_level: m.quantization },
    model_info: {},
    capabilities: ['completion'],
    modified_at: '2025-01-01T00:00:00Z',
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** Resolve true after ms, or false as soon as the client goes away. */
function wait(ms: number, res: ServerResponse): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      res.off('close', onClose);
      resolve(true);
    }, ms);
    const onClose = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    res.once('close', onClose);
  });
}
