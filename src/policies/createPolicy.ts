import { silentLogger, type Logger } from '../core/logger.ts';
import { loadPaperParameters, type PaperParameters } from '../core/paperParameters.ts';
import type { Emotion } from '../core/emotions.ts';
import { fixedEngine, randomEngine, titForTatEngine, vanillaEngine } from './baselineEngines.ts';
import { EnginePolicy } from './EnginePolicy.ts';
import { checkKofN } from './eq4Switch.ts';
import { hmm2503Engine, paperCodeEngine, principledEngine, type EqEngineOptions } from './eqEngines.ts';
import { payoffEngine, wslsEngine } from './payoffEngines.ts';
import { parsePolicyConfig, type PolicyConfig } from './policyConfig.ts';
import { isPolicyName, POLICY_NAMES, type PolicyName } from './policyNames.ts';
import { loadPrincipledPrior, type PrincipledPrior } from './principledPrior.ts';
import type { CreditorPolicy } from './types.ts';

/** Options of {@link createPolicy}: the config fields of {@link PolicyConfig} plus injected data. */
export interface PolicyOptions extends Omit<PolicyConfig, 'name'> {
  /** Default: loadPaperParameters(). */
  params?: PaperParameters;
  /** Default: loadPrincipledPrior() (principled mode only); priorStrength and forgetting override it. */
  prior?: PrincipledPrior;
  /** Receives a warning for every option the policy ignores. */
  logger?: Logger;
}

const CONFIG_KEYS = ['hmmMode', 'k', 'n', 'tieRule', 'wslsThreshold', 'online', 'payoffArithmetic', 'priorStrength', 'forgetting', 'emissionModel', 'stateWeights'] as const;
const PRINCIPLED_KEYS = ['priorStrength', 'forgetting', 'emissionModel', 'stateWeights'] as const;
const USED_BY: Readonly<Record<string, readonly (typeof CONFIG_KEYS)[number][]>> = {
  payoff: ['tieRule', 'online', 'payoffArithmetic'],
  wsls: ['tieRule', 'wslsThreshold', 'online', 'payoffArithmetic'],
  'hmm-only': ['hmmMode', 'tieRule', 'online', 'payoffArithmetic', ...PRINCIPLED_KEYS],
  'eq-negotiator': CONFIG_KEYS.slice(),
};

/**
 * Build a creditor policy from its name (see POLICY_NAMES): 'vanilla', 'fixed:<Emotion>', 'random',
 * 'tit-for-tat', 'payoff' (Eq. 1), 'wsls' (Algorithm 3), 'hmm-only' (always the HMM branch) or
 * 'eq-negotiator' (the Eq. 4 switch between the HMM and WSLS). Defaults: hmmMode 'paper-code';
 * k = 4, n = 5 (3 of 5 with a full window in '2503'); tieRule 'first' ('random' in '2503');
 * wslsThreshold 2.0; online learning on; payoffArithmetic 'float'; principled: prior from
 * data/principled-prior.json, emissionModel 'product', stateWeights off.
 * Options a policy does not use are reported through `logger.warn`.
 * @throws naming the spec and listing the valid names when the name is unknown; naming the field
 *   and value of an invalid option.
 * @example createPolicy('fixed:Anger').name // 'fixed:Anger'
 */
export function createPolicy(spec: string, options: PolicyOptions = {}): CreditorPolicy {
  if (!isPolicyName(spec)) {
    throw new Error(`createPolicy: spec ${JSON.stringify(spec)} is not a policy name; valid names: ${POLICY_NAMES.join(', ')}`);
  }
  const { params: givenParams, prior: givenPrior, logger: givenLogger, ...rest } = options;
  const config = parsePolicyConfig({ name: spec, ...definedOnly(rest) }, { source: `createPolicy(${JSON.stringify(spec)})` });
  const logger = givenLogger ?? silentLogger;
  warnIgnored(spec, config, logger);
  const params = givenParams ?? loadPaperParameters();
  const name: PolicyName = spec;
  if (name === 'vanilla') return new EnginePolicy(vanillaEngine());
  if (name === 'random') return new EnginePolicy(randomEngine());
  if (name === 'tit-for-tat') return new EnginePolicy(titForTatEngine());
  if (name.startsWith('fixed:')) return new EnginePolicy(fixedEngine(name.slice('fixed:'.length) as Emotion));
  const table = { params, tieRule: config.tieRule, wslsThreshold: config.wslsThreshold, online: config.online, arithmetic: config.payoffArithmetic };
  if (name === 'payoff') return new EnginePolicy(payoffEngine(table));
  if (name === 'wsls') return new EnginePolicy(wslsEngine(table));
  const mode = config.hmmMode ?? 'paper-code';
  const k = config.k ?? (mode === '2503' ? 3 : params.defaults.hmmActivation.k);
  const n = config.n ?? params.defaults.hmmActivation.n;
  checkKofN(k, n, { caller: `createPolicy(${JSON.stringify(spec)})` });
  const eq: EqEngineOptions = { ...table, name: name as 'eq-negotiator' | 'hmm-only', k, n };
  if (mode === 'paper-code') return new EnginePolicy(paperCodeEngine(eq));
  if (mode === '2503') return new EnginePolicy(hmm2503Engine(eq));
  const base = givenPrior ?? loadPrincipledPrior({ logger });
  const prior = { emission: base.emission, strength: config.priorStrength ?? base.strength, forgetting: config.forgetting ?? base.forgetting };
  return new EnginePolicy(principledEngine({ ...eq, prior, emissionModel: config.emissionModel, stateWeights: config.stateWeights }));
}

/**
 * Build a policy from a validated experiment-file config (see policyConfigSchema).
 * @example policyFromConfig({ name: 'eq-negotiator', hmmMode: 'principled' }).name // 'eq-negotiator'
 */
export function policyFromConfig(config: PolicyConfig, options: Pick<PolicyOptions, 'params' | 'prior' | 'logger'> = {}): CreditorPolicy {
  const { name, ...rest } = config;
  return createPolicy(name, { ...rest, ...options });
}

function definedOnly(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

function warnIgnored(spec: string, config: PolicyConfig, logger: Logger): void {
  const used = USED_BY[spec] ?? [];
  const mode = config.hmmMode ?? 'paper-code';
  for (const key of CONFIG_KEYS) {
    if (config[key] === undefined) continue;
    let why: string | undefined;
    if (!used.includes(key)) why = `policy ${spec}`;
    else if ((PRINCIPLED_KEYS as readonly string[]).includes(key) && mode !== 'principled') why = `${spec} in hmmMode ${mode}`;
    else if (mode === '2503' && (key === 'wslsThreshold' || key === 'payoffArithmetic')) why = `${spec} in hmmMode 2503 (no WSLS, no payoff learning)`;
    else if (spec === 'hmm-only' && mode === 'paper-code' && key === 'tieRule') why = 'hmm-only in hmmMode paper-code (first-index argmax)';
    if (why !== undefined) logger.warn(`createPolicy: option ${key} = ${JSON.stringify(config[key])} is ignored by ${why}`);
  }
}
