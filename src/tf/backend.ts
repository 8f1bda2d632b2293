import * as tf from '@tensorflow/tfjs';
import { silentLogger, type Logger } from '../core/logger.ts';

/** Which TensorFlow.js backend is running, and why the faster ones were not used. */
export interface BackendReport {
  backend: string;
  tried: { name: string; ok: boolean; error?: string }[];
}

let ready: Promise<BackendReport> | undefined;

/**
 * Initialise TensorFlow.js once per process: tfjs-node when it loads (a user's machine with
 * libtensorflow), else the WebAssembly backend, else the plain-JS cpu backend.
 * Set EQN_TF_BACKEND=cpu|wasm|tensorflow to force one. Returns which backend ran.
 * @example (await initTf()).backend // 'wasm' here
 */
export function initTf(options: { logger?: Logger; prefer?: string[] } = {}): Promise<BackendReport> {
  ready ??= choose(options.prefer ?? preferenceFromEnv(), options.logger ?? silentLogger);
  return ready;
}

function preferenceFromEnv(): string[] {
  const forced = globalThis.process?.env?.EQN_TF_BACKEND;
  return forced ? [forced] : ['tensorflow', 'wasm', 'cpu'];
}

async function choose(order: string[], logger: Logger): Promise<BackendReport> {
  const tried: BackendReport['tried'] = [];
  for (const name of order) {
    try {
      await load(name);
      const ok = await tf.setBackend(name);
      if (!ok) throw new Error(`tf.setBackend('${name}') returned false`);
      await tf.ready();
      tried.push({ name, ok: true });
      logger.info(`tensorflow.js backend: ${name}`);
      return { backend: tf.getBackend(), tried };
    } catch (err) {
      tried.push({ name, ok: false, error: String((err as Error).message ?? err).split('\n')[0] });
    }
  }
  throw new Error(`initTf: no TensorFlow.js backend could start: ${JSON.stringify(tried)}`);
}

async function load(name: string): Promise<void> {
  if (name === 'tensorflow') {
    // Optional: only present when the user installed @tensorflow/tfjs-node themselves.
    const mod = '@tensorflow/tfjs-node';
    await import(mod);
  } else if (name === 'wasm') {
    await import('@tensorflow/tfjs-backend-wasm');
  } else if (name !== 'cpu') {
    throw new Error(`unknown backend ${name}`);
  }
}

export { tf };
