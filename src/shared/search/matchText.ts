import type {MatchReason} from './types';

/** A result's reason in a line a person reads (the UI and the CLI say the same thing). */
export function describeMatch(match: MatchReason): string {
  const quote = (words: readonly string[]) => words.map((w) => `"${w}"`).join(', ');
  switch (match.kind) {
    case 'exact':
      return 'Exact ID match';
    case 'thesaurus': {
      const via = [...new Set(match.via.map((v) => v.to))].join(', ');
      return match.words.length > 0 ? `Matched ${quote(match.words)}; also via ${via}` : `Matched via ${via}`;
    }
    case 'words':
      return match.words.length > 0 ? `Matched ${quote(match.words)}${match.strong ? ' in the title' : ''}` : 'Matched the start of a word';
    case 'meaning':
      return match.shared && match.shared.length > 0 ? `Close in meaning (shared: ${match.shared.join(', ')})` : 'Close in meaning';
  }
}
