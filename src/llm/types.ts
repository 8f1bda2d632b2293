/** One chat-model interface for every role (creditor, debtor, judge, detector). */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatOptions {
  seed?: number;
  temperature?: number;
  num_ctx?: number;
  num_predict?: number;
  top_p?: number;
}

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  options?: ChatOptions;
  /** 'json' or a JSON schema for structured replies. */
  format?: 'json' | Record<string, unknown>;
  keepAlive?: string | number;
  signal?: AbortSignal;
  /**
   * Who is asking ('creditor', 'debtor', 'judge', 'detector'): metadata for events and error
   * messages only; never sent to the model and not part of the record/replay cache key.
   */
  role?: string;
}

export interface ChatResponse {
  content: string;
  model: string;
  digest?: string;
  durationMs: number;
  cached?: boolean;
}

export interface ChatModel {
  /** e.g. 'ollama:qwen2.5:7b', 'scripted'. */
  readonly name: string;
  chat(request: ChatRequest): Promise<ChatResponse>;
}
