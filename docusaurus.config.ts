import path from 'node:path';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {SIMILAR_PRECEDENTS_FILE} from './plugins/kb-search';
import {reportBrokenMarkdownLink} from './plugins/kb-content/brokenLinks';
import {FEED_FILE} from './plugins/kb-content/feed';
import {editionDir, frozenEditionIds, frozenGuideBase} from './plugins/kb-content/snapshots';
import remarkControlLinks from './plugins/remark-control-links';
import remarkEditionBanner from './plugins/remark-edition-banner';
import remarkGlossaryTerms from './plugins/remark-glossary-terms';
import remarkKbBlocks from './plugins/remark-kb-blocks';
import remarkRecommendations from './plugins/remark-recommendations';
import {numberedTitle} from './plugins/kb-content/recordTitle';
import {numberedChapters} from './plugins/kb-content/chapterSidebar';

const siteUrl = process.env.SITE_URL ?? 'http://localhost:3000';
const contentDir = path.resolve(__dirname, 'content');
const generatedStaticDir = '.generated/static';

/** Every content folder is compiled with the same remark plugins, in this order. */
const remarkPlugins = [
  [remarkRecommendations, {contentDir}],
  [remarkKbBlocks, {contentDir, similarPrecedentsFile: path.resolve(__dirname, SIMILAR_PRECEDENTS_FILE)}],
  [remarkControlLinks, {contentDir}],
  [remarkGlossaryTerms, {contentDir}],
  [remarkEditionBanner, {contentDir}],
];

/** A docs instance per kind of content, so each gets its own URL space and sidebar. */
function contentSection(id: string, folder: string, routeBasePath: string) {
  return [
    '@docusaurus/plugin-content-docs',
    {
      id,
      path: path.join(contentDir, folder),
      routeBasePath,
      sidebarPath: false,
      remarkPlugins,
      // Markdown only: MDX compiles to code (kb-content refuses .mdx files with a message).
      include: ['**/*.md'],
      // "Last updated" from git history (or front matter `last_update.date`) on every record.
      showLastUpdateTime: true,
      exclude: ['**/_*.md', '**/README.md', 'paths/**'],
    },
  ];
}

/**
 * Each published edition's frozen guide (content/editions/<id>/guide) is its own docs instance
 * at /guide/<id>/…, the way `docs:version` keeps versions; /guide/… stays the current text.
 */
const editionSections = frozenEditionIds(contentDir).map((id) => [
  '@docusaurus/plugin-content-docs',
  {
    id: `edition-${id.replace(/\W/g, '-')}`,
    path: path.join(editionDir(contentDir, id), 'guide'),
    routeBasePath: frozenGuideBase(id).slice(1),
    sidebarPath: './sidebars.ts',
    remarkPlugins,
    exclude: ['**/_*.md', '**/README.md'],
  },
]);

const config: Config = {
  title: 'CCIC export-control guide',
  tagline: 'Good practice for applying export controls to commercial cyber intrusion capabilities',
  url: siteUrl,
  baseUrl: '/',
  trailingSlash: false,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  // Browsers can search the site from the address bar.
  headTags: [
    {tagName: 'link', attributes: {rel: 'search', type: 'application/opensearchdescription+xml', title: 'CCIC export-control guide', href: '/opensearch.xml'}},
    // Feed readers find the changes feed from any page.
    {tagName: 'link', attributes: {rel: 'alternate', type: 'application/atom+xml', title: 'CCIC export-control guide: changes by edition', href: `/${FEED_FILE}`}},
  ],
  favicon: 'img/favicon.svg',
  // Citations use SITE_URL when set, else the address the reader is on (src/shared/citation.ts).
  customFields: {citationSiteUrl: process.env.SITE_URL ?? ''},
  staticDirectories: ['static', generatedStaticDir],
  markdown: {
    format: 'detect',
    // An officer thinks in numbers: a control record's title leads with them ("4A005 · 4.A.5 — …").
    parseFrontMatter: async (params) => {
      const result = await params.defaultParseFrontMatter(params);
      const {title, entries} = result.frontMatter as {title?: unknown; entries?: unknown};
      if (params.filePath.startsWith(path.join(contentDir, 'controls') + path.sep) && typeof title === 'string' && Array.isArray(entries)) {
        result.frontMatter.title = numberedTitle(title, entries.filter((e): e is {number: string} => typeof e?.number === 'string'));
      }
      return result;
    },
    hooks: {onBrokenMarkdownLinks: reportBrokenMarkdownLink},
  },
  i18n: {defaultLocale: 'en', locales: ['en']},
  presets: [
    [
      'classic',
      {
        docs: {
          path: path.join(contentDir, 'guide'),
          routeBasePath: 'guide',
          sidebarPath: './sidebars.ts',
          sidebarItemsGenerator: numberedChapters,
          remarkPlugins,
          include: ['**/*.md'],
          showLastUpdateTime: true,
          exclude: ['**/_*.md', '**/README.md'],
        },
        blog: false,
        pages: {path: 'src/pages'},
        theme: {customCss: './src/css/custom.css'},
        sitemap: false,
      } satisfies Preset.Options,
    ],
  ],
  plugins: [
    [path.resolve(__dirname, 'plugins/kb-content/index.ts'), {contentDir, generatedStaticDir}],
    // The embedding model is configuration: any transformers.js export under models/ (or a hub
    // id with allowRemoteModels) works; see plugins/kb-search/options.ts.
    [path.resolve(__dirname, 'plugins/kb-search/index.ts'), {contentDir, generatedStaticDir, model: 'ccic-glove-100d', modelsDir: 'models', allowRemoteModels: false, quantized: true, pooling: 'mean', vectorWeight: 0.8}],
    // Content-Security-Policy in every page. The default model is static and runs without
    // WebAssembly (src/shared/embedder.ts); set wasm: true for a transformer model (onnxruntime-web).
    [path.resolve(__dirname, 'plugins/kb-csp/index.ts'), {wasm: false}],
    contentSection('controls', 'controls', 'controls'),
    contentSection('precedents', 'precedents', 'precedents'),
    contentSection('glossary', 'glossary', 'glossary'),
    contentSection('training', 'training', 'training'),
    ...editionSections,
  ],
  themeConfig: {
    navbar: {
      title: 'CCIC export-control guide',
      items: [
        {to: '/guide/introduction', label: 'Guide', position: 'left'},
        {to: '/recommendations', label: 'Recommendations', position: 'left'},
        {to: '/controls', label: 'Controls', position: 'left'},
        {to: '/precedents', label: 'Precedents', position: 'left'},
        {to: '/glossary', label: 'Glossary', position: 'left'},
        {to: '/training', label: 'Training', position: 'left'},
        {to: '/assess', label: 'Assess', position: 'left'},
        {type: 'search', position: 'right'},
      ],
    },
    footer: {
      style: 'light',
      copyright: 'ccic-kb: guidance written for policymakers, licensing and enforcement officers and trainers. Facts are sourced in each record.',
    },
    colorMode: {respectPrefersColorScheme: true},
  } satisfies Preset.ThemeConfig,
};

export default config;
