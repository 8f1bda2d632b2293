import { Game, EMOTIONS, memoryLogger, playRepeatedGame, wslsPaper, fixedAction, randomAction, titForTat, wslsTextbook, table5Bimatrix } from 'eq-negotiator';
const g = Game.table5();
console.log('A', g.A); console.log('B', g.B);
const log = memoryLogger();
const t0 = Date.now();
const r = g.equilibria({ logger: log });
console.log('ms', Date.now()-t0, r.equilibria.length, r.degenerate, r.systemsSolved);
for (const e of r.equilibria) console.log(e.exact.x.join(' '), '|', e.exact.y.join(' '), e.rowPayoff, e.colPayoff, e.pure);
console.log(log.warnings);
console.log(g.nashSubsets().length, JSON.stringify(g.nashSubsets()).slice(0,500));
console.log(g.pureEquilibria());
for (let d=0; d<7; d++) { const x = EMOTIONS.map((_,i)=> i===d?1:0); console.log(EMOTIONS[d], g.bestResponses('col', x).map(i=>EMOTIONS[i])); }
const fp = [...g.fictitiousPlay({ iterations: 2000 })].at(-1)!;
console.log('fp', fp.x.map(v=>v.toFixed(3)), fp.y.map(v=>v.toFixed(3)), fp.expected);
const rd = [...g.replicatorDynamics({ steps: 5000, stepSize: 0.01 })].at(-1)!;
console.log('rd', rd.x.map(v=>v.toFixed(3)), rd.y.map(v=>v.toFixed(3)), rd.payoffs);
const h = playRepeatedGame(g.bimatrix, { row: randomAction(), col: wslsPaper({ firstOpponentAction: 6 }) }, { rounds: 30, timing: 'row-first', seed: 1 });
console.log(h.means, h.rounds.slice(0,3));
