import {REGIME_NAMES, type KnowledgeBase} from './types';

/**
 * What the /assess page needs, and no more: the checklist, titles and URLs of what it refers to,
 * the control records (for entry look-up in any notation), the precedents (to check imported
 * references) and the fictional training scenarios (worked examples).
 */
export function assessPageData(kb: KnowledgeBase, builtOn: string) {
  const sectionRefs = new Set([
    ...kb.assessment.groups.flatMap((g) => [...g.sections, ...g.questions.flatMap((q) => q.sections)]),
    ...kb.assessment.flags.flatMap((f) => f.sections),
  ]);
  return {
    builtOn,
    checklist: kb.assessment,
    sections: Object.fromEntries(
      kb.chapters.flatMap((chapter) =>
        chapter.sections
          .filter((section) => sectionRefs.has(`${chapter.id}#${section.anchor}`))
          .map((section) => [`${chapter.id}#${section.anchor}`, {title: section.title, chapter: chapter.chapter, url: section.url}]),
      ),
    ),
    recommendations: Object.fromEntries(kb.recommendations.map((r) => [r.id, {title: r.title, url: r.url}])),
    controls: kb.controls.map(({slug, title, kind, url, keys, aliases, entries}) => ({
      slug,
      title,
      kind,
      url,
      keys,
      aliases,
      numbers: entries.map((entry) => `${REGIME_NAMES[entry.regime]} ${entry.number}`),
    })),
    precedents: kb.precedents.map(({id, title, url, date, state}) => ({id, title, url, date, state})),
    scenarios: kb.scenarios,
  };
}

export type AssessPageData = ReturnType<typeof assessPageData>;
