import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import logger from '@docusaurus/logger';
import {inlineScriptHashes, withPolicyMeta} from './inlineScripts';
import {DEFAULT_OPTIONS, type PluginOptions} from './options';
import {contentSecurityPolicy} from './policy';

export {validateOptions} from './options';

/** Every HTML file of a built site. */
function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * After the build, hashes the inline scripts of every page and writes the one policy that
 * allows exactly those into each page as a `<meta>` tag. The same policy, with
 * frame-ancestors, is the header for the server (README, "Deploying on an intranet").
 */
export default function kbCspPlugin(_context: LoadContext, options: Partial<PluginOptions>): Plugin {
  const settings = {...DEFAULT_OPTIONS, ...options};
  return {
    name: 'kb-csp',
    async postBuild({outDir}) {
      const files = htmlFiles(outDir);
      const pages = files.map((file) => ({file, html: fs.readFileSync(file, 'utf8')}));
      const scriptHashes = pages.flatMap((page) => inlineScriptHashes(page.html));
      const policy = contentSecurityPolicy({scriptHashes, wasm: settings.wasm, delivery: 'meta'});
      for (const page of pages) fs.writeFileSync(page.file, withPolicyMeta(page.html, policy));
      logger.info(`[kb-csp] Content-Security-Policy header for the server: ${contentSecurityPolicy({scriptHashes, wasm: settings.wasm, delivery: 'header'})}`);
    },
  };
}
