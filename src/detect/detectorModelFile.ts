import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { EMOTIONS } from '../core/emotions.ts';
import { dataPath } from '../core/dataPath.ts';
import { checkFeatureConfig } from './hashFeatures.ts';
import { modelWidth, type DetectorModel } from './detectorModel.ts';
import { float16BitsToFloat32, float32ToFloat16Bits } from './float16.ts';

/** Folder of the shipped detector: `model.json` (manifest) + `weights.bin`. */
export function defaultDetectorDir(): string {
  return dataPath('detector');
}

const TENSORS = ['embedding', 'bagBias', 'outWeight', 'outBias'] as const;

const manifestSchema = z.object({
  format: z.literal('eqn-emotion-detector/1'),
  emotions: z.array(z.string()).length(EMOTIONS.length),
  features: z.object({
    buckets: z.number().int(),
    wordNgrams: z.number().int(),
    charNgrams: z.tuple([z.number().int(), z.number().int()]).nullable(),
  }).strict(),
  hidden: z.number().int().nonnegative(),
  dtype: z.enum(['float32', 'float16']),
  weightsFile: z.string(),
  weightsSha256: z.string(),
  tensors: z.array(z.object({ name: z.enum(TENSORS), shape: z.array(z.number().int().nonnegative()), offset: z.number().int().nonnegative() }).strict()).length(TENSORS.length),
  training: z.record(z.string(), z.unknown()).optional(),
}).strict();

/** The JSON manifest beside the weights. */
export type DetectorManifest = z.infer<typeof manifestSchema>;

/**
 * Serialise a model: one little-endian binary of all tensors (float32, or float16 to halve the
 * size) and a manifest with shapes, offsets, feature config and the SHA-256 of the binary.
 * Deterministic: the same weights give the same bytes.
 */
export function encodeDetectorModel(model: DetectorModel, options: { dtype?: 'float32' | 'float16'; training?: Record<string, unknown> } = {}): { manifest: DetectorManifest; weights: Uint8Array } {
  const dtype = options.dtype ?? 'float32';
  const width = modelWidth(model);
  const k = EMOTIONS.length;
  const shapes: Record<(typeof TENSORS)[number], number[]> = {
    embedding: [model.features.buckets, width], bagBias: [width], outWeight: [model.hidden, k], outBias: [k],
  };
  const bytesPer = dtype === 'float32' ? 4 : 2;
  let offset = 0;
  const tensors = TENSORS.map((name) => {
    const entry = { name, shape: shapes[name], offset };
    offset += model[name].length * bytesPer;
    return entry;
  });
  const weights = new Uint8Array(offset);
  tensors.forEach(({ name, offset: at }) => {
    const data = dtype === 'float32' ? new Uint8Array(Float32Array.from(model[name]).buffer) : new Uint8Array(float32ToFloat16Bits(model[name]).buffer);
    weights.set(data, at);
  });
  const manifest: DetectorManifest = {
    format: 'eqn-emotion-detector/1',
    emotions: [...EMOTIONS],
    features: { ...model.features },
    hidden: model.hidden,
    dtype,
    weightsFile: 'weights.bin',
    weightsSha256: sha256(weights),
    tensors,
    ...(options.training ? { training: options.training } : {}),
  };
  return { manifest, weights };
}

/**
 * Rebuild a model from its manifest and weight bytes.
 * @throws naming the source, field and value when the manifest is malformed, the emotions are
 * out of order, a tensor has the wrong size, or the checksum differs.
 */
export function decodeDetectorModel(rawManifest: unknown, weights: Uint8Array, options: { source?: string } = {}): DetectorModel {
  const source = options.source ?? 'detector manifest';
  const parsed = manifestSchema.safeParse(rawManifest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`decodeDetectorModel: ${source}: field ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const m = parsed.data;
  m.emotions.forEach((e, i) => {
    if (e !== EMOTIONS[i]) throw new Error(`decodeDetectorModel: ${source}: field emotions.${i} = ${JSON.stringify(e)}, expected ${EMOTIONS[i]}`);
  });
  checkFeatureConfig(m.features);
  const digest = sha256(weights);
  if (digest !== m.weightsSha256) throw new Error(`decodeDetectorModel: ${source}: weights SHA-256 ${digest} differs from weightsSha256 ${m.weightsSha256}`);
  const bytesPer = m.dtype === 'float32' ? 4 : 2;
  const read = (name: (typeof TENSORS)[number], expected: number[]): Float32Array => {
    const t = m.tensors.find((x) => x.name === name)!;
    if (t.shape.join('x') !== expected.join('x')) throw new Error(`decodeDetectorModel: ${source}: field tensors.${name}.shape = ${JSON.stringify(t.shape)}, expected ${JSON.stringify(expected)}`);
    const count = expected.reduce((a, b) => a * b, 1);
    if (t.offset + count * bytesPer > weights.length) throw new Error(`decodeDetectorModel: ${source}: tensor ${name} ends at byte ${t.offset + count * bytesPer}, past the ${weights.length}-byte weights`);
    const copy = weights.slice(t.offset, t.offset + count * bytesPer);
    return m.dtype === 'float32' ? new Float32Array(copy.buffer) : float16BitsToFloat32(new Uint16Array(copy.buffer));
  };
  const width = m.hidden > 0 ? m.hidden : EMOTIONS.length;
  const k = EMOTIONS.length;
  return {
    features: { buckets: m.features.buckets, wordNgrams: m.features.wordNgrams, charNgrams: m.features.charNgrams },
    hidden: m.hidden,
    embedding: read('embedding', [m.features.buckets, width]),
    bagBias: read('bagBias', [width]),
    outWeight: read('outWeight', [m.hidden, k]),
    outBias: read('outBias', [k]),
  };
}

/** Write `model.json` and `weights.bin` into dir (created if missing); returns the manifest. */
export function saveDetectorModel(model: DetectorModel, dir: string, options: { dtype?: 'float32' | 'float16'; training?: Record<string, unknown> } = {}): DetectorManifest {
  const { manifest, weights } = encodeDetectorModel(model, options);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, manifest.weightsFile), weights);
  writeFileSync(join(dir, 'model.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Read a model saved by {@link saveDetectorModel} (default: the shipped one in data/detector). */
export function loadDetectorModel(dir: string = defaultDetectorDir()): DetectorModel {
  const path = join(dir, 'model.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`loadDetectorModel: cannot read ${path}: ${(err as Error).message}`);
  }
  const file = typeof (raw as { weightsFile?: unknown })?.weightsFile === 'string' ? (raw as { weightsFile: string }).weightsFile : 'weights.bin';
  return decodeDetectorModel(raw, new Uint8Array(readFileSync(join(dir, file))), { source: path });
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
