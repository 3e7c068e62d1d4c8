import {describe, expect, it} from 'vitest';
import {locateBrokenLinks, reportBrokenMarkdownLink} from '../brokenLinks';

describe('broken links name the file and line', () => {
  it('reports a Markdown link to a missing file at its line', () => {
    const node = {type: 'link', url: './missing.md', children: [], position: {start: {line: 12, column: 3}, end: {line: 12, column: 30}}} as const;
    expect(() => reportBrokenMarkdownLink({sourceFilePath: 'content/guide/5-end-use-controls.md', url: './missing.md', node: node as never})).toThrow(
      'content/guide/5-end-use-controls.md:12: link to "./missing.md" points to no file\n  Fix: link to an existing .md file (path relative to this one) or to a site URL such as /guide/introduction',
    );
  });

  it('finds the line of each link Docusaurus names only by page', () => {
    const message = `Error: Unable to build website for locale en.
[cause]: Error: Docusaurus found broken links!

Exhaustive list of all broken links found:
- Broken link on source page path = /guide/end-use-controls:
   -> linking to /guide/no-such-chapter
   -> linking to /controls/missing#x
- Broken link on source page path = /search:
   -> linking to /nowhere
`;
    const text = 'line one\nSee [a chapter](/guide/no-such-chapter) here.\n\nAnd [x](/controls/missing#x).\n';
    const located = locateBrokenLinks(message, (route) => (route === '/guide/end-use-controls' ? {file: 'content/guide/5-end-use-controls.md', text} : undefined));
    expect(located).toEqual([
      'content/guide/5-end-use-controls.md:2: broken link to /guide/no-such-chapter\n  Fix: point it at an existing page or heading (anchors are the heading text in lower case, words joined by -)',
      'content/guide/5-end-use-controls.md:4: broken link to /controls/missing#x\n  Fix: point it at an existing page or heading (anchors are the heading text in lower case, words joined by -)',
    ]);
  });
});
