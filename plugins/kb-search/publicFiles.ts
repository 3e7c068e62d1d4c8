import fs from 'node:fs';
import path from 'node:path';

/**
 * onnxruntime-web's wasm binaries, served from the site itself: by default it fetches them
 * from a CDN, which an air-gapped intranet cannot reach. Single-threaded builds only (the
 * threaded ones need cross-origin isolation headers an intranet server may not send).
 */
export const ORT_WASM_FILES = ['ort-wasm-simd.wasm', 'ort-wasm.wasm'];

export function copyIfChanged(from: string, to: string): void {
  if (fs.existsSync(to)) {
    const [a, b] = [fs.statSync(from), fs.statSync(to)];
    if (a.size === b.size && a.mtimeMs <= b.mtimeMs) return;
  }
  fs.mkdirSync(path.dirname(to), {recursive: true});
  fs.copyFileSync(from, to);
}

/** Copies a directory tree, skipping unchanged files, so the browser can fetch the model. */
export function copyTree(from: string, to: string): void {
  for (const entry of fs.readdirSync(from, {withFileTypes: true})) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) copyTree(source, target);
    else copyIfChanged(source, target);
  }
}

/** Removes files of an earlier build that the new manifest no longer names. */
export function removeStale(dir: string, keep: Set<string>): void {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    if (/\.[0-9a-f]{12}\.(json|bin)$/.test(name) && !keep.has(name)) fs.rmSync(path.join(dir, name));
  }
}

/** Removes versioned folders (e.g. models of an earlier build) other than `keep`. */
export function removeStaleDirs(dir: string, keep: string): void {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    if (entry.isDirectory() && entry.name !== keep && /^[0-9a-f]{16}$/.test(entry.name)) fs.rmSync(path.join(dir, entry.name), {recursive: true});
  }
}
