import { Game, EMOTIONS, createRng, argmaxFirst } from 'eq-negotiator';
const g = Game.table5();
for (const d of [1,2,3,5,6]) {
  const counts = { row: EMOTIONS.map((_, i) => (i === d ? 10 : 0)), col: EMOTIONS.map(() => 0) };
  const it = [...g.fictitiousPlay({ iterations: 500, initialCounts: counts })];
  const last = it.at(-1)!;
  console.log('FP from', EMOTIONS[d], last.x.map(v=>v.toFixed(2)).join(' '), '|', last.y.map(v=>v.toFixed(2)).join(' '), it.slice(0,12).map(i=>i.actions.join(',')).join(' '));
}
const t0=Date.now();
const ends: Record<string, number> = {};
for (let s = 0; s < 50; s++) {
  const last = [...g.replicatorDynamics({ steps: 3000, stepSize: 0.02, rng: createRng(s) })].at(-1)!;
  const k = `${EMOTIONS[argmaxFirst(last.x)]}/${EMOTIONS[argmaxFirst(last.y)]} ${Math.max(...last.x).toFixed(2)} ${Math.max(...last.y).toFixed(2)}`;
  ends[k] = (ends[k] ?? 0) + 1;
}
console.log(ends, Date.now()-t0);
