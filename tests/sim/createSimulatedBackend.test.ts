import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PERSONAS } from '../../src/agents/personas.ts';
import type { Judge } from '../../src/agents/types.ts';
import { EMOTIONS, type Emotion } from '../../src/core/emotions.ts';
import { createRng } from '../../src/core/rng.ts';
import type { EmotionDetector } from '../../src/detect/types.ts';
import { createSimulatedBackend } from '../../src/sim/createSimulatedBackend.ts';
import { DEBTOR_STATES } from '../../src/sim/simulationParameters.ts';
import { loadSimCorpus } from '../../src/sim/simCorpus.ts';
import { lastDays, playDialogue, scenario } from './playDialogue.ts';

const detector: EmotionDetector = { name: 'stub', detect: async (texts) => texts.map(() => ({ emotion: 'Neutral' as Emotion, ok: true })) };
const backend = createSimulatedBackend({ detector });

test('createSimulatedBackend({detector}) names itself simulated, with sim-creditor and sim-debtor models and the injected detector', () => {
  assert.equal(backend.name, 'simulated');
  assert.equal(backend.creditorModel, 'sim-creditor');
  assert.equal(backend.debtorModel, 'sim-debtor');
  assert.equal(backend.detector, detector);
});

test('same rng seed gives identical messages; another seed gives different ones', async () => {
  const emotionOf = (i: number) => EMOTIONS[i % 7];
  for (const persona of PERSONAS) {
    const a = await playDialogue(backend, { persona, rng: createRng(42), emotionOf });
    const b = await playDialogue(backend, { persona, rng: createRng(42), emotionOf });
    const c = await playDialogue(backend, { persona, rng: createRng(43), emotionOf });
    assert.deepEqual(a.map((m) => m.spoken), b.map((m) => m.spoken), persona);
    assert.notDeepEqual(a.map((m) => m.text), c.map((m) => m.text), persona);
  }
});

test('every debtor message carries trueEmotion and trueState, and opens with a pool sentence of that emotion', async () => {
  const corpus = loadSimCorpus();
  for (const persona of PERSONAS) {
    for (let seed = 0; seed < 5; seed++) {
      for (const m of (await playDialogue(backend, { persona, rng: createRng(seed) })).filter((t) => t.role === 'debtor')) {
        assert.ok(EMOTIONS.includes(m.spoken.trueEmotion!), `${persona}: ${m.spoken.trueEmotion}`);
        assert.ok((DEBTOR_STATES as readonly string[]).includes(m.spoken.trueState!), `${persona}: ${m.spoken.trueState}`);
        const pool = corpus.sentences[m.spoken.trueEmotion!];
        assert.ok(pool.some((s) => m.text.startsWith(`${s} `)), `${persona}: ${m.text}`);
      }
    }
  }
});

test('every message states its offer as "N days" (an integer), read back by a simple pattern', async () => {
  for (const persona of PERSONAS) {
    for (const m of await playDialogue(backend, { persona, rng: createRng(7), emotionOf: () => 'Anger' })) {
      assert.ok(m.offerDays !== null && Number.isInteger(m.offerDays), `${m.role}: ${m.text}`);
      assert.equal([...m.text.matchAll(/\d+/g)].length, 1, `only the offer is a number: ${m.text}`);
    }
  }
});

test('creditor offers open at the target, never decrease, never exceed the max nor the debtor\'s latest offer', async () => {
  for (const persona of PERSONAS) {
    for (let seed = 0; seed < 20; seed++) {
      const maxDays = 20 + seed * 7;
      const sc = { ...scenario, creditorMaxDays: maxDays, debtorTargetDays: 30 + seed * 9 };
      const turns = await playDialogue(backend, { persona, rng: createRng(seed), scenario: sc, emotionOf: (i) => (i % 4 === 0 ? null : 'Joy') });
      let prev = -Infinity;
      let debtorOffer = Infinity;
      turns.forEach((m) => {
        if (m.role === 'debtor') { debtorOffer = m.offerDays!; return; }
        const offer = m.offerDays!;
        if (m.index === 0) assert.equal(offer, sc.creditorTargetDays);
        assert.ok(offer <= maxDays, `${persona}: ${offer} > max ${maxDays}`);
        assert.ok(offer <= debtorOffer, `${persona}: ${offer} > debtor ${debtorOffer}`);
        assert.ok(offer >= prev, `${persona}: ${prev} -> ${offer}`);
        prev = offer;
      });
    }
  }
});

test('debtor offers in a dialogue never fall below the creditor\'s latest offer', async () => {
  for (const persona of PERSONAS) {
    for (let seed = 0; seed < 20; seed++) {
      let creditorOffer = 0;
      for (const m of await playDialogue(backend, { persona, rng: createRng(seed), emotionOf: () => 'Joy' })) {
        if (m.role === 'creditor') creditorOffer = m.offerDays!;
        else assert.ok(m.offerDays! >= creditorOffer, `${persona}: ${m.offerDays} < ${creditorOffer}`);
      }
    }
  }
});

test('a creditor with no emotion speaks a neutral "none" sentence; with an emotion, a sentence of that emotion', async () => {
  const turns = await playDialogue(backend, { persona: 'vanilla', rng: createRng(1), emotionOf: (i) => (i < 10 ? null : 'Anger') });
  const { loadSimulationParameters } = await import('../../src/sim/simulationParameters.ts');
  const words = loadSimulationParameters().words.creditorEmotion;
  for (const m of turns.filter((t) => t.role === 'creditor')) {
    const lead = m.emotion === null ? words.none : words.Anger;
    assert.ok(lead.some((s) => m.text.startsWith(s)), m.text);
  }
});

test('a stonewalling debtor gives shorter messages than a vanilla one', async () => {
  const meanLength = async (persona: 'vanilla' | 'stonewalling') => {
    let chars = 0, n = 0;
    for (let seed = 0; seed < 30; seed++) {
      for (const m of (await playDialogue(backend, { persona, rng: createRng(seed) })).filter((t) => t.role === 'debtor')) { chars += m.text.length; n++; }
    }
    return chars / n;
  };
  assert.ok((await meanLength('stonewalling')) < 0.75 * (await meanLength('vanilla')));
});

test('createAgents uses the injected judge factory, or the protocol\'s rule judge at the paper\'s 5 days by default', async () => {
  const judge: Judge = { name: 'custom', judge: async () => ({ agree: false, days: null, reason: 'no' }) };
  const custom = createSimulatedBackend({ detector, judge: () => judge });
  assert.equal((await custom.createAgents({ scenario, persona: 'vanilla', rng: createRng(1) })).judge, judge);
  const fallback = (await backend.createAgents({ scenario, persona: 'vanilla', rng: createRng(1) })).judge;
  const near = await fallback.judge({ scenario, history: [], creditorOffer: 40, debtorOffer: 45 });
  const far = await fallback.judge({ scenario, history: [], creditorOffer: 40, debtorOffer: 46 });
  // the rule judge never names the days: the protocol's finalDaysRule does
  assert.deepEqual([near.agree, near.days, far.agree], [true, null, false]);
});

test('createSimulatedBackend rejects a message cap below 2, naming it', () => {
  assert.throws(() => createSimulatedBackend({ detector, maxMessages: 1 }), /createSimulatedBackend: maxMessages must be an integer >= 2, got 1/);
});

test('lastDays(text) reads the last "N days" (the test helper the assertions above rely on)', () => {
  assert.equal(lastDays('I can accept 25 days.'), 25);
  assert.equal(lastDays('no offer'), null);
});
