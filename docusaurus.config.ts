import path from 'node:path';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {SIMILAR_PRECEDENTS_FILE} from './plugins/kb-search';
import remarkControlLinks from './plugins/remark-control-links';
import remarkGlossaryTerms from './plugins/remark-glossary-terms';
import remarkKbBlocks from './plugins/remark-kb-blocks';
import remarkRecommendations from './plugins/remark-recommendations';

const siteUrl = process.env.SITE_URL ?? 'http://localhost:3000';
const contentDir = path.resolve(__dirname, 'content');
const generatedStaticDir = '.generated/static';

/** Every content folder is compiled with the same remark plugins, in this order. */
const remarkPlugins = [
  [remarkRecommendations, {contentDir, siteUrl}],
  [remarkKbBlocks, {contentDir, similarPrecedentsFile: path.resolve(__dirname, SIMILAR_PRECEDENTS_FILE)}],
  [remarkControlLinks, {contentDir}],
  [remarkGlossaryTerms, {contentDir}],
];

/** A docs instance per kind of content, so each gets its own URL space and sidebar. */
function contentSection(id: string, folder: string, routeBasePath: string) {
  return [
    '@docusaurus/plugin-content-docs',
    {
      id,
      path: `content/${folder}`,
      routeBasePath,
      sidebarPath: false,
      remarkPlugins,
      exclude: ['**/_*.md', '**/README.md', 'paths/**'],
    },
  ];
}

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
  ],
  favicon: undefined,
  staticDirectories: ['static', generatedStaticDir],
  markdown: {
    format: 'detect',
    hooks: {onBrokenMarkdownLinks: 'throw'},
  },
  i18n: {defaultLocale: 'en', locales: ['en']},
  presets: [
    [
      'classic',
      {
        docs: {
          path: 'content/guide',
          routeBasePath: 'guide',
          sidebarPath: './sidebars.ts',
          remarkPlugins,
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
    [path.resolve(__dirname, 'plugins/kb-content/index.ts'), {contentDir: 'content', generatedStaticDir}],
    // The embedding model is configuration: any transformers.js export under models/ (or a hub
    // id with allowRemoteModels) works; see plugins/kb-search/options.ts.
    [path.resolve(__dirname, 'plugins/kb-search/index.ts'), {contentDir: 'content', generatedStaticDir, model: 'ccic-glove-100d', modelsDir: 'models', allowRemoteModels: false, quantized: true, pooling: 'mean', vectorWeight: 0.2}],
    contentSection('controls', 'controls', 'controls'),
    contentSection('precedents', 'precedents', 'precedents'),
    contentSection('glossary', 'glossary', 'glossary'),
    contentSection('training', 'training', 'training'),
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
