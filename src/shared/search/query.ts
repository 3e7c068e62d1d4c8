/**
 * The one bound on what a query may be, applied at the shared search entry point before any
 * regular expression, lexical search or embedding sees the text: a question is a sentence or
 * two, and a megabyte pasted into the box must cost no more than a long question.
 */
export const MAX_QUERY_CHARS = 500;

/** The query as every later stage sees it: at most MAX_QUERY_CHARS characters, whole code points. */
export function capQuery(query: string): string {
  if (query.length <= MAX_QUERY_CHARS) return query;
  const cut = query.slice(0, MAX_QUERY_CHARS);
  // Never leave half a surrogate pair: it would be invalid text for the tokenizer.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
