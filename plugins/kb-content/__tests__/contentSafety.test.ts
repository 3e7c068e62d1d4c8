import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadKnowledgeBaseUncached} from '../loadKnowledgeBase';
import {firstInvalidUtf8Line, linkTargetProblem} from '../contentSafety';
import {plainText} from '../records';
import {markdownParser} from '../markdown';
import {errorOf, FIXTURE_SITE, fixtureWith} from './fixtureSite';
import type {Root} from 'mdast';

const MALICIOUS = path.join(__dirname, '__fixtures__', 'malicious');

/** The fixture site plus one malicious file as a glossary page; the build error it gets. */
function buildErrorWith(fixture: string, limits?: {maxFileKB: number}): string {
  const dir = fixtureWith();
  fs.copyFileSync(path.join(MALICIOUS, fixture), path.join(dir, 'glossary', fixture));
  return errorOf(dir, () => loadKnowledgeBaseUncached(dir, limits)).replace(/<site>\//g, '');
}

const HTML_FIX = '  Fix: write it in Markdown instead: [text](https://…) for a link, *text* for emphasis, a ``` block to show code';
const LINK_FIX = '  Fix: link only to https://, http:// or mailto: addresses, or to a page of this site (/guide/…, ./other-page.md, #anchor)';

describe('content cannot run code', () => {
  it('refuses a <script> element', () => {
    expect(buildErrorWith('script.md')).toBe(`glossary/script.md:7: raw HTML is not allowed (<script>): HTML in content could run code on the page\n${HTML_FIX}`);
  });

  it('refuses an iframe with srcdoc', () => {
    expect(buildErrorWith('iframe-srcdoc.md')).toBe(`glossary/iframe-srcdoc.md:7: raw HTML is not allowed (<iframe>): HTML in content could run code on the page\n${HTML_FIX}`);
  });

  it('refuses an element with an event handler inside a sentence', () => {
    expect(buildErrorWith('event-handler.md')).toBe(`glossary/event-handler.md:5: raw HTML is not allowed (<img>): HTML in content could run code on the page\n${HTML_FIX}`);
  });

  it('refuses a raw <a href="javascript:…">, once per line', () => {
    expect(buildErrorWith('raw-anchor.md')).toBe(`glossary/raw-anchor.md:5: raw HTML is not allowed (<a>): HTML in content could run code on the page\n${HTML_FIX}`);
  });

  it('refuses javascript:, vbscript: and data: link targets, including one hidden by a tab entity', () => {
    expect(buildErrorWith('javascript-link.md')).toBe(
      [
        '4 problems in content:',
        '',
        `glossary/javascript-link.md:5: link target "javascript:alert(1)" is not allowed: the javascript: scheme is not accepted\n${LINK_FIX}`,
        '',
        `glossary/javascript-link.md:5: link target "java\tscript:alert(1)" is not allowed: the javascript: scheme is not accepted\n${LINK_FIX}`,
        '',
        `glossary/javascript-link.md:7: link target "vbscript:msgbox(1)" is not allowed: the vbscript: scheme is not accepted\n${LINK_FIX}`,
        '',
        `glossary/javascript-link.md:9: link target "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" is not allowed: the data: scheme is not accepted\n${LINK_FIX}`,
      ].join('\n'),
    );
  });

  it('refuses an .mdx file, whose expressions would compile to code', () => {
    expect(buildErrorWith('expression.mdx')).toBe(
      'glossary/expression.mdx:1: MDX files are not accepted: MDX compiles to JavaScript, so a page could run code\n  Fix: rename it to expression.md and write plain Markdown (the build checks .md files and refuses raw HTML)',
    );
  });

  it('refuses a file that is not UTF-8, naming the line', () => {
    expect(buildErrorWith('invalid-utf8.md')).toBe(
      'glossary/invalid-utf8.md:6: file is not valid UTF-8\n  Fix: save the file as UTF-8 in your editor (and retype the characters on this line that show as �)',
    );
  });

  it('refuses a file over the size limit, naming the limit; the limit is configurable', () => {
    const dir = fixtureWith({'guide/5-end-use-controls.md': (text) => `${text}\n${'Padding words for a very long chapter. '.repeat(14_000)}\n`});
    const message = errorOf(dir, () => loadKnowledgeBaseUncached(dir)).replace(/<site>\//g, '');
    expect(message).toBe('guide/5-end-use-controls.md:1: file is 534 KB, over the 500 KB limit for a content file\n  Fix: split it into smaller pages (or raise `maxFileKB` of the kb-content plugin in docusaurus.config.ts)');
    expect(errorOf(dir, () => loadKnowledgeBaseUncached(dir, {maxFileKB: 100}))).toContain('over the 100 KB limit');
    expect(() => loadKnowledgeBaseUncached(dir, {maxFileKB: 600})).not.toThrow();
  });

  it('reports every unsafe file together, before parsing anything', () => {
    const dir = fixtureWith();
    for (const name of fs.readdirSync(MALICIOUS)) fs.copyFileSync(path.join(MALICIOUS, name), path.join(dir, 'glossary', name));
    const message = errorOf(dir, () => loadKnowledgeBaseUncached(dir));
    expect(message).toMatch(/^10 problems in content:/);
    for (const name of fs.readdirSync(MALICIOUS)) expect(message).toContain(`glossary/${name}:`);
  });

  it('accepts http(s), mailto and site-relative targets', () => {
    for (const url of ['https://eur-lex.europa.eu/eli/reg/2021/821/oj', 'http://example.org', 'mailto:desk@example.org', '/guide/introduction#scope', './other.md', '../controls/x.md', '#r5-1', 'other-page']) {
      expect(linkTargetProblem(url), url).toBeUndefined();
    }
    for (const url of ['//evil.example/x', 'file:///etc/passwd', ' javascript:alert(1)', 'JAVASCRIPT:alert(1)']) expect(linkTargetProblem(url), url).toBeDefined();
  });

  it('finds the line of the first invalid byte', () => {
    expect(firstInvalidUtf8Line(Buffer.from('a\nb\nc'))).toBe(0);
    expect(firstInvalidUtf8Line(Buffer.from([0x61, 0x0a, 0xc3, 0xa9, 0x0a, 0xff]))).toBe(3);
  });

  it('keeps the real fixture site valid', () => {
    expect(() => loadKnowledgeBaseUncached(FIXTURE_SITE)).not.toThrow();
  });
});

describe('plain text for exports, search metadata and snippets', () => {
  it('leaves raw HTML out of the text taken from a tree', () => {
    const tree = markdownParser.parse('Before <b onclick="x()">bold</b> after.\n\n<div>block</div>\n') as Root;
    expect(plainText(tree)).toBe('Before bold after.');
  });
});
