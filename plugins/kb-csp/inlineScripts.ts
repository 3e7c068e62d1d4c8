import crypto from 'node:crypto';

const SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi;
/** Script types a browser executes; others (application/ld+json …) are data and need no hash. */
const EXECUTABLE_TYPE = /^(|text\/javascript|application\/javascript|module)$/i;

/** The CSP hash (`sha256-<base64>`) of every inline script a browser would run in `html`. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = '', body] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (!EXECUTABLE_TYPE.test(type)) continue;
    hashes.push(`sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return hashes;
}

export const CSP_META_PATTERN = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;

/** `html` with the policy as the first thing in its head, so it governs every script after it. */
export function withPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  if (CSP_META_PATTERN.test(html)) return html.replace(CSP_META_PATTERN, meta);
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (charset) return html.replace(charset[0], `${charset[0]}${meta}`);
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error('page has no <head> to carry the Content-Security-Policy');
  return html.replace(head[0], `${head[0]}${meta}`);
}
