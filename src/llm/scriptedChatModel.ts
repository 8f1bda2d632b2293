import type { ChatModel, ChatRequest, ChatResponse } from './types.ts';

/** What a rule matches on; every given field must match. Strings match as substrings. */
export interface ScriptMatcher {
  role?: string;
  model?: string;
  /** The system message. */
  system?: string | RegExp;
  /** The last user message. */
  lastUser?: string | RegExp;
}

/** One scripted answer. */
export interface ScriptRule {
  when: ScriptMatcher | ((request: ChatRequest) => boolean);
  reply: string | ((request: ChatRequest) => string);
  /** How many times the rule may answer (default unlimited). */
  times?: number;
}

/** The scripted client got a prompt no rule expects. */
export class UnexpectedPromptError extends Error {
  override readonly name = 'UnexpectedPromptError';
  constructor(readonly request: ChatRequest) {
    const last = request.messages.at(-1);
    super(
      `createScriptedChatModel: no rule expects this request (role ${request.role ?? 'unknown'}, model '${request.model}'); ` +
        `last ${last?.role ?? 'message'}: ${JSON.stringify(last?.content.slice(0, 200) ?? '')}`,
    );
  }
}

/** A scripted model also records what it was asked. */
export interface ScriptedChatModel extends ChatModel {
  readonly calls: ChatRequest[];
}

/**
 * A {@link ChatModel} for tests that answers from rules (first matching rule with uses left)
 * and THROWS {@link UnexpectedPromptError} on a request no rule expects, so a test cannot pass
 * on prompts it never anticipated (OpenSpiel's mock-client style).
 * @example createScriptedChatModel([{ when: { role: 'judge' }, reply: '{"agree":true,"days":30,"reason":"ok"}' }])
 */
export function createScriptedChatModel(rules: readonly ScriptRule[], options: { name?: string; digest?: string } = {}): ScriptedChatModel {
  const left = rules.map((r, i) => {
    if (r.times !== undefined && !(Number.isInteger(r.times) && r.times > 0)) {
      throw new Error(`createScriptedChatModel: rules[${i}].times must be a positive integer, got ${r.times}`);
    }
    return r.times ?? Infinity;
  });
  const calls: ChatRequest[] = [];
  return {
    name: options.name ?? 'scripted',
    calls,
    async chat(request: ChatRequest): Promise<ChatResponse> {
      calls.push(request);
      const i = rules.findIndex((r, j) => left[j] > 0 && matches(r.when, request));
      if (i < 0) throw new UnexpectedPromptError(request);
      left[i]--;
      const rule = rules[i];
      const content = typeof rule.reply === 'function' ? rule.reply(request) : rule.reply;
      return { content, model: request.model, digest: options.digest ?? 'scripted', durationMs: 0 };
    },
  };
}

function matches(when: ScriptRule['when'], request: ChatRequest): boolean {
  if (typeof when === 'function') return when(request);
  if (when.role !== undefined && request.role !== when.role) return false;
  if (when.model !== undefined && request.model !== when.model) return false;
  if (when.system !== undefined && !test(when.system, request.messages.find((m) => m.role === 'system')?.content)) return false;
  if (when.lastUser !== undefined && !test(when.lastUser, [...request.messages].reverse().find((m) => m.role === 'user')?.content)) return false;
  return true;
}

function test(pattern: string | RegExp, text: string | undefined): boolean {
  if (text === undefined) return false;
  return typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text);
}
