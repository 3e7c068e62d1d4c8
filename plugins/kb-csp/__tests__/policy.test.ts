import crypto from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {inlineScriptHashes, withPolicyMeta} from '../inlineScripts';
import {contentSecurityPolicy} from '../policy';

const sha = (text: string) => `sha256-${crypto.createHash('sha256').update(text).digest('base64')}`;

describe('the Content-Security-Policy', () => {
  it('allows scripts only from the site and the hashed inline scripts, never unsafe-inline or unsafe-eval', () => {
    const policy = contentSecurityPolicy({scriptHashes: ['sha256-b', 'sha256-a', 'sha256-a'], wasm: false, delivery: 'meta'});
    expect(policy).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it('lets WebAssembly compile only when a model needs onnxruntime', () => {
    expect(contentSecurityPolicy({scriptHashes: [], wasm: true, delivery: 'meta'})).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(contentSecurityPolicy({scriptHashes: [], wasm: false, delivery: 'meta'})).not.toContain('wasm');
  });

  it('adds frame-ancestors only to the header (a <meta> policy cannot carry it)', () => {
    expect(contentSecurityPolicy({scriptHashes: [], wasm: false, delivery: 'header'})).toMatch(/; frame-ancestors 'none'$/);
    expect(contentSecurityPolicy({scriptHashes: [], wasm: false, delivery: 'meta'})).not.toContain('frame-ancestors');
  });
});

describe('inline scripts of a built page', () => {
  const page = `<!doctype html><html><head><meta charset="UTF-8"><script data-rh="true">banner()</script><script src="/a.js" defer></script><script type="application/ld+json">{"a":1}</script></head><body><script>!function(){colour()}()</script><script type="module">m()</script></body></html>`;

  it('hashes every script a browser runs, and no data block or external script', () => {
    expect(inlineScriptHashes(page)).toEqual([sha('banner()'), sha('!function(){colour()}()'), sha('m()')]);
  });

  it('puts the policy right after the charset, before any script, and replaces it on a rebuild', () => {
    const once = withPolicyMeta(page, "default-src 'self'");
    expect(once).toMatch(/^<!doctype html><html><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><script/);
    expect(withPolicyMeta(once, "default-src 'none'").match(/Content-Security-Policy/g)).toHaveLength(1);
  });
});
