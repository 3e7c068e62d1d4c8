/**
 * lz-string's `decompressFromEncodedURIComponent`, with a ceiling on the output.
 *
 * LZ output can grow with the square of its input: a 2 KB link can expand to 200,000
 * characters and a 50 KB one to hundreds of millions. lz-string cannot stop part-way, so this
 * is its decoder (same format, same results: a test compares them) that gives up as soon as the
 * output would pass `maxChars`, before any of it is parsed.
 */
const URI_SAFE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE_OF = new Map([...URI_SAFE_ALPHABET].map((char, index) => [char, index]));

export class DecompressedTooLarge extends Error {}

/** The decompressed text, `null` for a malformed payload; throws DecompressedTooLarge past `maxChars`. */
export function decompressBounded(encoded: string, maxChars: number): string | null {
  if (encoded === '') return null;
  const input = encoded.replace(/ /g, '+');
  let value = VALUE_OF.get(input[0]) ?? 0;
  let position = 32;
  let index = 1;
  const readBits = (count: number): number => {
    let bits = 0;
    for (let power = 1; power !== 1 << count; power <<= 1) {
      const bit = value & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        value = VALUE_OF.get(input[index++]) ?? 0;
      }
      if (bit > 0) bits |= power;
    }
    return bits;
  };

  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let numBits = 3;
  let size = 0;
  const output: string[] = [];
  const emit = (text: string) => {
    size += text.length;
    if (size > maxChars) throw new DecompressedTooLarge(`decompressed text exceeds ${maxChars} characters`);
    output.push(text);
  };

  const first = readBits(2);
  if (first === 2) return '';
  if (first === 3) return null;
  let w = String.fromCharCode(readBits(first === 0 ? 8 : 16));
  dictionary[3] = w;
  emit(w);
  for (;;) {
    if (index > input.length) return '';
    let code = readBits(numBits);
    if (code === 0 || code === 1) {
      dictionary.push(String.fromCharCode(readBits(code === 0 ? 8 : 16)));
      code = dictionary.length - 1;
      enlargeIn -= 1;
    } else if (code === 2) {
      return output.join('');
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
    let entry: string;
    if (dictionary[code]) entry = dictionary[code];
    else if (code === dictionary.length) entry = w + w.charAt(0);
    else return null;
    emit(entry);
    dictionary.push(w + entry.charAt(0));
    enlargeIn -= 1;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
  }
}
