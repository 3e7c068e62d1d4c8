import {describe, expect, it} from 'vitest';
import {compressToEncodedURIComponent, decompressFromEncodedURIComponent} from 'lz-string';
import {ASSIGNMENT_LIMITS, AssignmentLinkError, decodeAssignment, encodeAssignment, validateAssignment, type Assignment} from '../assignment';
import {decompressBounded, DecompressedTooLarge} from '../boundedDecompress';
import {craftedLink as crafted} from './craftedLink';

const assignment: Assignment = {
  title: 'Week 3: end-use checks',
  instructions: 'Read before Thursday. Note one red flag you have seen in practice — and why.',
  due: '2026-12-10',
  items: ['chapter:end-use-controls', 'section:end-use-controls#red-flags', 'recommendation:R5.3', 'precedent:it-2016-hacking-team-authorisation-revoked', 'control:intrusion-software-software', 'term:end-user-certificate'],
};

/** A link made by version 1 of the encoder; it must keep decoding after any future change. */
const V1_LINK = encodeAssignment(assignment);

describe('assignment links', () => {
  it('round-trips every field, including non-ASCII text', () => {
    const unicode = {...assignment, title: 'Übung: contrôle à l’exportation 🛂', instructions: 'Σημειώσεις'};
    expect(decodeAssignment(encodeAssignment(unicode))).toEqual(unicode);
    expect(decodeAssignment(`#${encodeAssignment(assignment)}`)).toEqual(assignment);
  });

  it('is compact: shortened prefixes and compression keep a six-item link short', () => {
    expect(V1_LINK.length).toBeLessThan(400);
    expect(V1_LINK.startsWith('1.')).toBe(true);
  });

  it('keeps decoding a link made by version 1 (old links keep working)', () => {
    const committed = '1.N4IgLiBcICogNCAdlECQBNXoJZQNogAWkOSYATgPYYCuAxmDlSgLoC+QA.6c5cbbf8';
    expect(decodeAssignment(committed)).toEqual({title: 'T', instructions: '', due: '', items: ['chapter:introduction']});
  });

  it('rejects a tampered link with a clear message', () => {
    const [version, payload, checksum] = V1_LINK.split('.');
    const flipped = payload.slice(0, 10) + (payload[10] === 'A' ? 'B' : 'A') + payload.slice(11);
    expect(() => decodeAssignment(`${version}.${flipped}.${checksum}`)).toThrow(AssignmentLinkError);
    expect(() => decodeAssignment(`${version}.${flipped}.${checksum}`)).toThrow(/incomplete or has been changed|damaged/);
    expect(() => decodeAssignment(V1_LINK.slice(0, -3))).toThrow(/incomplete or has been changed/);
  });

  it('rejects malformed and future links with messages, never a raw exception', () => {
    for (const bad of ['', '#', 'hello', '1.', '1..', '1.@@@.123', 'x.y.z', '1.a.b.c', '%%%']) {
      expect(() => decodeAssignment(bad), JSON.stringify(bad)).toThrow(AssignmentLinkError);
    }
    expect(() => decodeAssignment(`9.${V1_LINK.split('.')[1]}.${V1_LINK.split('.')[2]}`)).toThrow(/newer version/);
  });

  it('validates what a trainer is about to share', () => {
    expect(validateAssignment(assignment)).toEqual([]);
    expect(validateAssignment({...assignment, title: ' ', items: []})).toEqual(['Give the assignment a title.', 'Add at least one item.']);
  });
});


describe('decoding links people did not make with the builder', () => {
  const DAMAGED = 'This assignment link is damaged. Ask your trainer for the full link.';

  it('refuses a link that inflates past the builder limits, before parsing it', () => {
    const link = crafted(JSON.stringify({t: 'x'.repeat(200_000), n: '', d: '', i: ['h:introduction']}));
    expect(link.length).toBeLessThan(2_000);
    expect(() => decodeAssignment(link)).toThrow(DAMAGED);
    // A pathological payload: output grows with the square of the input.
    const quadratic = crafted('a'.repeat(300_000));
    expect(() => decodeAssignment(quadratic)).toThrow(DAMAGED);
  });

  it('refuses every field over the limit the builder applies', () => {
    const base = {t: 'T', n: '', d: '', i: ['h:introduction']};
    for (const wrong of [
      {t: 'x'.repeat(ASSIGNMENT_LIMITS.titleChars + 1)},
      {n: 'x'.repeat(ASSIGNMENT_LIMITS.instructionsChars + 1)},
      {i: Array.from({length: ASSIGNMENT_LIMITS.items + 1}, (_, n) => `r:R1.${n}`)},
      {i: [`h:${'x'.repeat(ASSIGNMENT_LIMITS.refChars)}`]},
      {i: ['javascript:alert(1)']},
      {d: '2026-13-40'},
      {d: 'tomorrow'},
    ]) {
      expect(() => decodeAssignment(crafted(JSON.stringify({...base, ...wrong}))), JSON.stringify(wrong).slice(0, 60)).toThrow(DAMAGED);
    }
    expect(decodeAssignment(crafted(JSON.stringify({...base, t: 'x'.repeat(ASSIGNMENT_LIMITS.titleChars)}))).title).toHaveLength(ASSIGNMENT_LIMITS.titleChars);
  });

  it('gives the "damaged link" message for a payload of null or the wrong shape', () => {
    for (const json of ['null', '42', '"text"', '[]', '{"a":1}', '{"t":"T","n":"","d":"","i":"abc"}', '{"t":1,"n":"","d":"","i":[]}']) {
      expect(() => decodeAssignment(crafted(json)), json).toThrow(new AssignmentLinkError(DAMAGED));
    }
  });

  it('decodes a maximal assignment the builder can make', () => {
    const maximal: Assignment = {
      title: 'Σ'.repeat(ASSIGNMENT_LIMITS.titleChars),
      instructions: '"\u0001'.repeat(ASSIGNMENT_LIMITS.instructionsChars / 2),
      due: '2026-12-10',
      items: Array.from({length: ASSIGNMENT_LIMITS.items}, (_, n) => `section:chapter-${n}#${'a'.repeat(150)}`),
    };
    expect(decodeAssignment(encodeAssignment(maximal))).toEqual(maximal);
  });
});

describe('bounded decompression', () => {
  it('gives what lz-string gives for everything lz-string compresses', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const pool = 'ab c\u00e9Σ🛂{}":,\u0000';
    for (let n = 0; n < 500; n += 1) {
      const text = Array.from({length: Math.floor(random() * 400)}, () => pool[Math.floor(random() * pool.length)]).join('');
      const encoded = compressToEncodedURIComponent(text);
      expect(decompressBounded(encoded, 10_000)).toBe(decompressFromEncodedURIComponent(encoded));
    }
  });

  it('stops once the output passes the ceiling', () => {
    const encoded = compressToEncodedURIComponent('x'.repeat(100_000));
    expect(decompressBounded(encoded, 100_000)).toHaveLength(100_000);
    expect(() => decompressBounded(encoded, 99_999)).toThrow(DecompressedTooLarge);
  });
});
