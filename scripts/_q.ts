import path from 'node:path';
import {search} from '../src/shared/search/ranking';
import {openBuiltIndex, quietly} from './search/openBuiltIndex';
(async () => {
  const o = await openBuiltIndex(path.resolve('build'));
  const q = process.argv[2]!;
  const [v] = await quietly(() => o.embedder.embed([q]));
  for (const mode of ['lexical', 'vector', 'hybrid'] as const) {
    console.log(mode);
    for (const r of search(o.index, q, {queryVector: v, mode, limit: Number(process.env.LIMIT ?? 8)})) console.log('  ', r.score.toFixed(4), r.chunk.url, r.match.kind, r.match.words.join(','), r.match.via.map((x) => x.to).join(','));
  }
})();
