/**
 * The site's Content-Security-Policy, from one function so the `<meta>` tag, the server header
 * in the README and the tests cannot disagree.
 *
 * Scripts run only from the site's own files, plus the few inline scripts Docusaurus writes
 * into every page (colour mode, base-URL banner), allowed by their hashes. `wasm-unsafe-eval`
 * lets WebAssembly compile and nothing else; it is needed only while the embedding model runs on
 * onnxruntime-web (a transformer model), so it is an input.
 */
export interface PolicyInput {
  /** `sha256-…` hashes of the inline scripts the built pages contain. */
  scriptHashes: readonly string[];
  /** Whether a transformer model needs onnxruntime-web's WebAssembly. */
  wasm: boolean;
  /** `meta` cannot carry frame-ancestors (browsers ignore it there); the header can. */
  delivery: 'meta' | 'header';
}

export function contentSecurityPolicy({scriptHashes, wasm, delivery}: PolicyInput): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...[...new Set(scriptHashes)].sort().map((hash) => `'${hash}'`), ...(wasm ? ["'wasm-unsafe-eval'"] : [])],
    // React and Docusaurus write style attributes; styles cannot run code.
    ['style-src', "'self'", "'unsafe-inline'"],
    // Infima's icons are data: SVGs in the stylesheet.
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ...(delivery === 'header' ? [['frame-ancestors', "'none'"] as [string, string]] : []),
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}
