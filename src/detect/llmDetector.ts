import { EMOTIONS, parseEmotion, type Emotion } from '../core/emotions.ts';
import { loadPrompts, type DetectorPrompts } from '../agents/prompts.ts';
import { renderTemplate } from '../agents/llm/renderTemplate.ts';
import { llmCallEvent } from '../llm/llmCallEvent.ts';
import { OllamaError } from '../llm/ollamaError.ts';
import type { ChatModel, ChatOptions, ChatRequest } from '../llm/types.ts';
import type { Detection, EmotionDetector } from './types.ts';

const LABEL = new RegExp(`\\b(${EMOTIONS.join('|')})\\b`, 'gi');

/**
 * Read an emotion label from a detector model's reply, in this order:
 * 1. a JSON object with an `emotion` (or `label`) field holding a label;
 * 2. the whole reply as one label in any spelling {@link parseEmotion} knows ("anger", "Angry.");
 * 3. a reply that names exactly one of the seven labels as a whole word ("The emotion is Fear.").
 * Anything else (no label, several different labels, unparseable) is `ok: false` with emotion
 * Neutral, the paper's fallback, and the reason in `error`.
 * @example parseDetectorReply('Label: Anger') // { emotion: 'Anger', ok: true, raw: 'Label: Anger' }
 */
export function parseDetectorReply(text: string): Detection {
  const raw = text;
  const body = text.replace(/<think>[\s\S]*?<\/think>/gi, '').trim();
  if (body.startsWith('{')) {
    try {
      const json = JSON.parse(body) as Record<string, unknown>;
      const value = json?.emotion ?? json?.label;
      const e = typeof value === 'string' ? parseEmotion(value) : undefined;
      if (e) return { emotion: e, ok: true, raw };
      return failed(raw, `detector reply JSON has no emotion label among ${EMOTIONS.join(', ')}: ${JSON.stringify(body.slice(0, 120))}`);
    } catch {
      // not JSON after all: fall through to the text rules
    }
  }
  const whole = parseEmotion(body.replace(/^(label|emotion)\s*:/i, ''));
  if (whole) return { emotion: whole, ok: true, raw };
  const named = [...new Set(Array.from(body.matchAll(LABEL), (m) => parseEmotion(m[1]) as Emotion))];
  if (named.length === 1) return { emotion: named[0], ok: true, raw };
  if (named.length > 1) return failed(raw, `detector reply names several emotions (${named.join(', ')}): ${JSON.stringify(body.slice(0, 120))}`);
  return failed(raw, `detector reply is not one of ${EMOTIONS.join(', ')}: ${JSON.stringify(body.slice(0, 120))}`);
}

function failed(raw: string, error: string): Detection {
  return { emotion: 'Neutral', ok: false, raw, error };
}

/** Settings of {@link createLlmDetector}. */
export interface LlmDetectorOptions {
  /** Model name on the server; the paper uses the creditor's own small model. */
  model: string;
  /** Default: data/prompts/detector.json. */
  prompts?: DetectorPrompts;
  /** Default { temperature: 0, seed: 0 }. */
  options?: ChatOptions;
  keepAlive?: string | number;
  name?: string;
}

/**
 * The paper's emotion detector (METHOD.md section 1): one call per text asking the model for
 * exactly one of the seven labels, parsed by {@link parseDetectorReply}. Each detection carries
 * its `llm-call` event. A model failure (OllamaError, after retries) does not stop the
 * negotiation: it is a detection with ok: false, Neutral, and the error message. Other errors
 * (e.g. a replay cache miss) propagate.
 */
export function createLlmDetector(model: ChatModel, options: LlmDetectorOptions): EmotionDetector {
  const prompts = options.prompts ?? loadPrompts().detector;
  // Fixed seed: a detection is a function of the text alone, so its cache key is stable across negotiations.
  const sampling: ChatOptions = { temperature: 0, seed: 0, ...options.options };
  const name = options.name ?? `llm(${options.model})`;

  async function detectOne(text: string): Promise<Detection> {
    const request: ChatRequest = {
      role: 'detector',
      model: options.model,
      messages: [
        { role: 'system', content: prompts.system },
        { role: 'user', content: renderTemplate(prompts.user, { text }, 'detector.user') },
      ],
      options: sampling,
      ...(options.keepAlive === undefined ? {} : { keepAlive: options.keepAlive }),
    };
    try {
      const response = await model.chat(request);
      return { ...parseDetectorReply(response.content), events: [llmCallEvent(request, response)] };
    } catch (err) {
      if (!(err instanceof OllamaError)) throw err;
      return { emotion: 'Neutral', ok: false, error: `detector model failed (${err.kind}): ${err.message}` };
    }
  }

  return {
    name,
    detect: (texts: string[]) => Promise.all(texts.map(detectOne)),
  };
}
