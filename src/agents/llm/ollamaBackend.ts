import { silentLogger, type Logger } from '../../core/logger.ts';
import { createLlmDetector } from '../../detect/llmDetector.ts';
import type { EmotionDetector } from '../../detect/types.ts';
import { createCachedChatModel } from '../../llm/cachedChatModel.ts';
import { createOllamaChatModel } from '../../llm/ollamaChatModel.ts';
import { OllamaError } from '../../llm/ollamaError.ts';
import { preflight, type PreflightReport } from '../../llm/preflight.ts';
import type { ChatModel, ChatOptions } from '../../llm/types.ts';
import { loadPrompts, type PromptSet } from '../prompts.ts';
import type { Backend } from '../types.ts';
import { createLlmCreditor } from './llmCreditor.ts';
import { createLlmDebtor } from './llmDebtor.ts';
import { createLlmJudge } from './llmJudge.ts';
import { parseOllamaBackendConfig, type OllamaBackendConfig, type OllamaBackendConfigInput } from './ollamaBackendConfig.ts';

/** Things a config file cannot hold: injected for tests, notebooks and proxies. */
export interface OllamaBackendDeps {
  fetch?: typeof fetch;
  logger?: Logger;
  /** Replace the Ollama client (e.g. a scripted model); the cache still wraps it. */
  chatModel?: ChatModel;
  /** Prompts already loaded (default: loaded from config.promptsDir or data/prompts). */
  prompts?: PromptSet;
}

/** The Ollama backend, with its validated config and the preflight report once it ran. */
export interface OllamaBackend extends Backend {
  readonly config: OllamaBackendConfig;
  /** The model behind every role (cache included). */
  readonly chatModel: ChatModel;
  /** Check the server and models now (memoised); undefined when skipped (replay, or preflight: false). */
  preflight(): Promise<PreflightReport | undefined>;
}

type AgentRole = 'creditor' | 'debtor' | 'judge' | 'detector';
const ROLE_DEFAULTS: Record<AgentRole, ChatOptions> = { creditor: {}, debtor: { temperature: 0.7 }, judge: { temperature: 0 }, detector: { temperature: 0 } };

/**
 * A {@link Backend} whose creditor, debtor, judge and detector are models on an Ollama server.
 * `config` is validated with a strict schema ({@link parseOllamaBackendConfig}). Seeds: a seed in
 * the options is sent on every call; otherwise each agent draws per-call seeds from its own fork
 * of the negotiation's rng, so a rerun with the same seeds sends the same requests and, with the
 * cache in 'replay' mode, needs no server. The preflight check runs before the first negotiation
 * (not in replay mode; in 'auto' mode an unreachable server is only a warning, since cached
 * calls need none).
 * @example const backend = createOllamaBackend({ models: { creditor: 'qwen2.5:7b', debtor: 'qwen2.5:7b' } })
 */
export function createOllamaBackend(config: OllamaBackendConfigInput, deps: OllamaBackendDeps = {}): OllamaBackend {
  const cfg = parseOllamaBackendConfig(config);
  const logger = deps.logger ?? silentLogger;
  const prompts = deps.prompts ?? loadPrompts(cfg.promptsDir === undefined ? {} : { dir: cfg.promptsDir });
  const models = { creditor: cfg.models.creditor, debtor: cfg.models.debtor, judge: cfg.models.judge ?? cfg.models.creditor, detector: cfg.models.detector ?? cfg.models.creditor };
  const inner = deps.chatModel ?? createOllamaChatModel({
    host: cfg.host, timeoutMs: cfg.timeoutMs, retries: cfg.retries, concurrency: cfg.concurrency, stream: cfg.stream, fetch: deps.fetch, logger,
  });
  const chatModel = cfg.cache === undefined ? inner : createCachedChatModel(inner, cfg.cache);
  const optionsFor = (role: AgentRole): ChatOptions => ({ ...ROLE_DEFAULTS[role], ...cfg.options, ...cfg.roleOptions[role] });
  const keepAlive = cfg.keepAlive === undefined ? {} : { keepAlive: cfg.keepAlive };
  const detector: EmotionDetector = createLlmDetector(chatModel, { model: models.detector, prompts: prompts.detector, options: optionsFor('detector'), ...keepAlive });

  let checked: Promise<PreflightReport | undefined> | undefined;
  const runPreflight = (): Promise<PreflightReport | undefined> => {
    // Memoised; a failure is not, so a server started later is found by the next negotiation.
    checked ??= check().catch((err) => {
      checked = undefined;
      throw err;
    });
    return checked;
  };
  async function check(): Promise<PreflightReport | undefined> {
    if (!cfg.preflight || cfg.cache?.mode === 'replay' || deps.chatModel !== undefined) return undefined;
    try {
      return await preflight(cfg.host, Object.values(models), { fetch: deps.fetch, timeoutMs: Math.min(cfg.timeoutMs, 30_000) });
    } catch (err) {
      if (cfg.cache?.mode === 'auto' && err instanceof OllamaError && err.kind === 'unreachable') {
        logger.warn(`${err.message}; continuing because cache mode 'auto' may answer every call from ${cfg.cache.dir}`);
        return undefined;
      }
      throw err;
    }
  }

  return {
    name: 'ollama',
    creditorModel: models.creditor,
    debtorModel: models.debtor,
    detector,
    config: cfg,
    chatModel,
    preflight: runPreflight,
    async createAgents({ rng }) {
      await runPreflight();
      return {
        creditor: createLlmCreditor(chatModel, { model: models.creditor, prompts: prompts.creditor, options: optionsFor('creditor'), rng: rng.fork('ollama/creditor'), ...keepAlive }),
        debtor: createLlmDebtor(chatModel, { model: models.debtor, prompts: prompts.debtor, options: optionsFor('debtor'), rng: rng.fork('ollama/debtor'), ...keepAlive }),
        judge: createLlmJudge(chatModel, { model: models.judge, prompts: prompts.judge, options: optionsFor('judge'), rng: rng.fork('ollama/judge'), ...keepAlive }),
      };
    },
  };
}
