/**
 * The kit's own overhead per LLM call, measured against the loopback fake Ollama server (which
 * answers instantly): HTTP + the `ollama` client + retries/semaphore/timeout plumbing, streamed and
 * not, and the record/replay cache. Prints calls/s and median / p99 ms per call.
 * Usage: node --import tsx bench/llmOverhead.ts [calls=400]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeOllama } from '../tests/support/fakeOllama.ts';
import { createOllamaChatModel } from '../src/llm/ollamaChatModel.ts';
import { createCachedChatModel } from '../src/llm/cachedChatModel.ts';
import type { ChatModel, ChatRequest } from '../src/llm/types.ts';

const calls = Number(process.argv[2] ?? 400);
const MODEL = 'qwen2.5:7b';
const reply = 'I understand your situation, but we need the balance settled within 30 days. Can you commit to that?';
const system = 'You are a collections officer negotiating how many days the debtor gets to repay. '.repeat(8);

const request = (i: number): ChatRequest => ({
  role: 'creditor',
  model: MODEL,
  messages: [
    { role: 'system', content: system },
    { role: 'user', content: `The debtor's message number ${i}: we need 90 days.` },
  ],
  options: { seed: i, temperature: 0.7, num_ctx: 4096 },
});

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

async function measure(label: string, model: ChatModel, offset = 0): Promise<void> {
  for (let i = 0; i < 20; i++) await model.chat(request(offset + i)); // warm-up
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    await model.chat(request(offset + 20 + i));
    times.push(performance.now() - t0);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  const row = [label.padEnd(34), (calls / (total / 1000)).toFixed(0).padStart(8), quantile(times, 0.5).toFixed(3).padStart(10), quantile(times, 0.99).toFixed(3).padStart(10)];
  process.stdout.write(`${row.join(' ')}\n`);
}

const fake = await startFakeOllama({ models: [MODEL], respond: () => reply, chunkSize: 8 });
const dir = mkdtempSync(join(tmpdir(), 'eqn-bench-'));
try {
  process.stdout.write(`LLM call overhead against the loopback fake Ollama (${calls} sequential calls, reply ${reply.length} chars, node ${process.version})\n`);
  process.stdout.write(`${'path'.padEnd(34)} ${'calls/s'.padStart(8)} ${'median ms'.padStart(10)} ${'p99 ms'.padStart(10)}\n`);
  const streamed = createOllamaChatModel({ host: fake.url, stream: true });
  const single = createOllamaChatModel({ host: fake.url, stream: false });
  await measure('ollama, stream (8-char chunks)', streamed);
  await measure('ollama, no stream', single);
  const recorder = createCachedChatModel(single, { dir, mode: 'record' });
  await measure('cache record (no stream + write)', recorder, 100_000);
  await fake.close();
  const replay = createCachedChatModel(createOllamaChatModel({ host: fake.url, retries: { max: 0 } }), { dir, mode: 'replay' });
  await measure('cache replay (server closed)', replay, 100_000);
} finally {
  rmSync(dir, { recursive: true, force: true });
  await fake.close();
}
