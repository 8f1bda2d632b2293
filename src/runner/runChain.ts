import type { Backend } from '../agents/types.ts';
import type { ProtocolConfig } from '../negotiation/protocolConfig.ts';
import type { Transcript } from '../negotiation/events.ts';
import type { PolicySnapshot } from '../policies/types.ts';
import type { RunnerDependencies } from './dependencies.ts';
import { negotiationId, type Chain } from './expandGrid.ts';
import { negotiationRng } from './negotiationRng.ts';
import { oracleBackend } from './oracleBackend.ts';
import { recordFromTranscript } from './recordFromTranscript.ts';
import type { NegotiationRecord, RecordCoordinates } from './records.ts';
import type { ChainProgress } from './resultsFolder.ts';

/** What a chain needs from the run it belongs to. */
export interface ChainContext {
  dependencies: RunnerDependencies;
  /** The backend of the chain's model pair. */
  backend: Backend;
  /** Detector name written in records. */
  detectorName: string;
  /** Give each negotiation its own oracle view of the backend (detector 'oracle'). */
  oracle: boolean;
  protocol: ProtocolConfig;
  /** Where the chain stopped last time (resume). */
  progress: ChainProgress;
  /** Permission to start one more negotiation (false once aborted or at the session's limit). */
  claim(): boolean;
  /** Persist one finished negotiation; resolves once it is on disk. */
  commit(record: NegotiationRecord, transcript: Transcript): Promise<void>;
  signal?: AbortSignal;
}

/**
 * Run the unfinished negotiations of one chain in scenario order with one policy engine, restored
 * from the snapshot in the chain's last finished record when resuming. The snapshot stored with each
 * record is the JSON round trip of `policy.snapshot()`, exactly what a resumed run restores, so a
 * resumed chain continues from the same learned state as an uninterrupted one.
 * Returns the number of negotiations run.
 */
export async function runChain(chain: Chain, context: ChainContext): Promise<number> {
  const { dependencies, progress } = context;
  if (progress.finished >= chain.scenarios.length) return 0;
  const policy = dependencies.createPolicy(chain.policy.config, { label: chain.policy.label });
  if (progress.snapshot !== undefined) policy.restore(progress.snapshot);
  let ran = 0;
  for (let position = progress.finished; position < chain.scenarios.length; position++) {
    if (!context.claim()) break;
    const scenario = chain.scenarios[position];
    const id = negotiationId(chain, scenario);
    const rng = negotiationRng(chain.seed, {
      scenarioId: scenario.id,
      persona: chain.persona,
      creditorModel: chain.creditorModel,
      debtorModel: chain.debtorModel,
    });
    const backend = context.oracle ? oracleBackend(context.backend) : context.backend;
    const transcript = await dependencies.negotiate({
      negotiationId: id,
      scenario,
      persona: chain.persona,
      policy,
      policyLabel: chain.policy.label,
      backend,
      rng,
      seed: chain.seed,
      protocol: context.protocol,
      ...(context.signal ? { signal: context.signal } : {}),
    });
    const coordinates: RecordCoordinates = {
      negotiationId: id,
      chainId: chain.chainId,
      chain: chain.chain,
      position,
      scenarioId: scenario.id,
      scenarioSource: scenario.source,
      persona: chain.persona,
      policy: chain.policy.label,
      policyName: chain.policy.config.name,
      hmmMode: chain.policy.config.hmmMode ?? null,
      seed: chain.seed,
      backend: context.backend.name,
      creditorModel: chain.creditorModel,
      debtorModel: chain.debtorModel,
      detector: context.detectorName,
    };
    const snapshot = JSON.parse(JSON.stringify(policy.snapshot())) as PolicySnapshot;
    await context.commit(recordFromTranscript(transcript, { coordinates, snapshot }), transcript);
    ran++;
  }
  return ran;
}
