import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emotionAgreement, replayDialogues } from '../../src/analysis/replayDialogues.ts';
import { parseRecordedDialogues } from '../../src/negotiation/loadRecordedDialogues.ts';
import { createPolicy } from '../../src/policies/index.ts';

const line = (id: string, emotions: (string | null)[], state: 'accept' | 'breakdown') => JSON.stringify({
  id, project: 'p', final_state: state, final_days: null, creditor_emotion_sequence: emotions,
  turns: [
    { role: 'creditor', text: '10 days', requested_days: 10 },
    { role: 'debtor', text: '90 days', requested_days: 90 },
    { role: 'creditor', text: '20 days', requested_days: 20 },
  ],
});
const dialogues = parseRecordedDialogues([line('a', ['happy', 'angry'], 'accept'), line('b', [null, 'surprising'], 'breakdown')].join('\n'));

test('replayDialogues(policy, dialogues, detected) asks before every creditor message and maps the recorded spelling', () => {
  const turns = replayDialogues(createPolicy('tit-for-tat'), dialogues, ['Anger', 'Fear']);
  // tit-for-tat mirrors the detected debtor emotion, Neutral before the first debtor message
  assert.deepEqual(turns.map((t) => [t.dialogueId, t.creditorTurn, t.recorded, t.chosen]), [
    ['a', 0, 'Joy', 'Neutral'], ['a', 1, 'Anger', 'Anger'], ['b', 0, null, 'Neutral'], ['b', 1, 'Surprise', 'Fear'],
  ]);
  assert.deepEqual(emotionAgreement(turns), { scored: 3, agreement: 1 / 3 });
});

test('replayDialogues(policy, dialogues, detected) rejects a detected list of the wrong length', () => {
  assert.throws(() => replayDialogues(createPolicy('vanilla'), dialogues, ['Joy']), /detected has 1 emotions for 2 debtor messages/);
});

test('emotionAgreement(turns) skips unscored turns and is NaN with none', () => {
  assert.ok(Number.isNaN(emotionAgreement([{ recorded: null, chosen: 'Joy' }]).agreement));
  assert.deepEqual(emotionAgreement([{ recorded: 'Joy', chosen: null }, { recorded: 'Joy', chosen: 'Joy' }]), { scored: 1, agreement: 1 });
});
