import path from 'node:path';
import type {Root} from 'mdast';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {ControlRegistry} from '../../../src/shared/controlRegistry';
import {loadKnowledgeBaseUncached} from '../../kb-content/loadKnowledgeBase';
import {controlUrls} from '../../kb-content/urls';
import {FIXTURE_SITE} from '../../kb-content/__tests__/fixtureSite';
import {linkControlMentions, type LinkedMention} from '../linkControlMentions';

const fixtures = path.join(__dirname, '__fixtures__');

function link(markdown: string, registry: ControlRegistry) {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const linked: LinkedMention[] = [];
  const unknown: LinkedMention[] = [];
  linkControlMentions(tree, {registry, ...controlUrls, onLinked: (m) => linked.push(m), onUnknown: (m) => unknown.push(m)});
  const output = unified().use(remarkGfm).use(remarkStringify).stringify(tree);
  return {output, linked, unknown};
}

describe('linkControlMentions on the fixture', () => {
  const {registry} = loadKnowledgeBaseUncached(FIXTURE_SITE);
  const input = fs.readFileSync(path.join(fixtures, 'mentions.md'), 'utf8');
  const result = link(input, registry);

  it('links every notation, and nothing in code, links, headings or partial tokens', async () => {
    await expect(result.output).toMatchFileSnapshot(path.join(fixtures, 'mentions.expected.md'));
  });

  it('warns for a number-shaped token that matches no entry, with its line', () => {
    expect(result.unknown.map((u) => [u.mention.text, u.line])).toEqual([['4D999', 21]]);
  });

  it('reports each link so backlinks come from the same pass', () => {
    const targets = result.linked.map((l) => (l.mention.resolution.kind === 'entry' ? l.mention.resolution.slug : l.mention.resolution.kind));
    expect(targets.filter((t) => t === 'intrusion-software-systems')).toHaveLength(9);
    expect(targets.filter((t) => t === 'intrusion-software-technology')).toHaveLength(5);
    expect(targets.filter((t) => t === 'eu-cyber-surveillance-catch-all')).toHaveLength(3);
    expect(targets.filter((t) => t === 'family')).toHaveLength(1);
  });
});

describe('every notation of every real entry', () => {
  const {kb, registry} = loadKnowledgeBaseUncached(path.resolve(__dirname, '../../../content'));
  for (const control of kb.controls) {
    it(`${control.slug}: ${control.notations.join(', ')}`, () => {
      for (const notation of control.notations) {
        const {linked, output} = link(`Under ${notation}, a licence is needed.`, registry);
        expect(linked, `${notation} should link`).toHaveLength(1);
        expect(linked[0].mention.text.toLowerCase()).toBe(notation.toLowerCase());
        expect(output).toContain(`(${controlUrls.entryUrl(control.slug)}`);
      }
    });
  }
});
