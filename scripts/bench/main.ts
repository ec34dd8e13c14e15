// `npm run bench [-- --people N --seed S --runs R --rebuild]`: builds (or reuses) a demo registry
// of N people (default 1,000,000) and times what staff wait for — each kind of search, common
// and rare terms apart, the people list's first page — next to a plain LIKE '%term%' scan of
// the same question, and a verified backup of it next to a plain file copy. Prints a table and
// a JSON document (also written to .bench/).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { countDonations } from '../../electron/registry/blood/donations';
import { listPeople } from '../../electron/registry/people/repository';
import { searchPeople } from '../../electron/registry/search/search';
import { registryStats } from '../../electron/registry/stats';
import { backupBench, backupTable } from './backup';
import { importBench, importTable } from './import';
import { exportBench, exportTable } from './export';
import { time } from './measure';
import { overviewCases } from './overview';
import { programCases } from './programs';
import { benchRegistry } from './registry';
import { table, type BenchReport, type CaseResult } from './report';
import { pickTerms, type Column } from './terms';

process.env.SANXIAN_LOG ??= 'warn';

const { values: args } = parseArgs({
  options: {
    people: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '200' },
    rebuild: { type: 'boolean', default: false },
  },
});
const people = Number(args.people);
const seed = Number(args.seed);
const runs = Number(args.runs);
if (![people, seed, runs].every((n) => Number.isInteger(n) && n >= 0) || people < 1 || runs < 1) {
  process.stderr.write('usage: npm run bench -- [--people N] [--seed S] [--runs R] [--rebuild]\n');
  process.exit(2);
}
// A full scan costs tens of milliseconds at 1M people; fewer runs give its median well enough.
const likeRuns = Math.max(5, Math.round(runs / 20));

process.stderr.write(`bench: registry of ${people} people, seed ${seed}\n`);
const { registry, build, builtNow } = benchRegistry(people, seed, args.rebuild);
const db = registry.db;
const PAGE = 50;

const search = (query: string) => searchPeople(db, { query, offset: 0, limit: PAGE });
const likeStatements = new Map<Column, ReturnType<typeof db.prepare>>();
const likeScan = (column: Column, term: string) => {
  if (!likeStatements.has(column)) likeStatements.set(column, db.prepare(`SELECT count(*) FROM person WHERE ${column} LIKE ?`));
  return likeStatements.get(column)?.get(`%${term}%`);
};

const termSets = pickTerms(db);
const cases: CaseResult[] = [];
for (const set of termSets) {
  for (const [label, terms] of [['common', set.common], ['rare', set.rare]] as const) {
    if (terms.length === 0) continue;
    process.stderr.write(`  timing ${set.kind}, ${label}\n`);
    const matches = terms.reduce((sum, t) => sum + search(t).total, 0) / terms.length;
    const timing = time(terms, runs, search);
    const like = time(terms, likeRuns, (t) => likeScan(set.column, t));
    cases.push({ name: `search: ${set.kind}, ${label}`, terms, matches, timing, like, ratioToLike: timing.p50 / like.p50 });
  }
}

const surname = termSets[0].common[0];
const listCases: [string, () => { total: number }][] = [
  ['people list: first page, no query', () => listPeople(db, { offset: 0, limit: PAGE })],
  [`people list: first page, query ${surname}`, () => search(surname)],
  [`people list: page 100, query ${surname}`, () => searchPeople(db, { query: surname, offset: 99 * PAGE, limit: PAGE })],
  ['people list: page 100, no query', () => listPeople(db, { offset: 99 * PAGE, limit: PAGE })],
];
for (const [name, work] of listCases) {
  process.stderr.write(`  timing ${name}\n`);
  cases.push({ name, terms: [], matches: work().total, timing: time([0], runs, work), like: null, ratioToLike: null });
}

cases.push(...programCases(db, build.today, runs));
cases.push(...overviewCases(db, build.today, runs));

const report: BenchReport = {
  people: build.people,
  seed: build.seed,
  today: build.today,
  programs: build.programs,
  counts: { ...registryStats(db), donations: countDonations(db) },
  demoBuildSeconds: build.buildSeconds,
  demoBuiltThisRun: builtNow,
  targetP95Ms: { aim: 5, limit: 50 },
  cases,
};
// Timed last: each backup adds an entry to the demo registry's audit log.
const backedUp = backupBench(registry);
registry.close();

const json = JSON.stringify(report, null, 2);
writeFileSync(`.bench/result-${people}-${seed}.json`, `${json}\n`);
process.stdout.write(`${table(report)}\n\n${json}\n`);
process.stdout.write(`\n${backupTable(backedUp)}\n${JSON.stringify(backedUp)}\n`);

// The import benchmark uses its own fresh registry in a temp folder, not the demo registry above.
const imported = await importBench();
process.stdout.write(`\n${importTable(imported)}\n${JSON.stringify(imported)}\n`);

// The export benchmark seeds its own registry of ready CMDP volunteers in a temp folder, too.
const exported = exportBench();
process.stdout.write(`\n${exportTable(exported)}\n${JSON.stringify(exported)}\n`);
