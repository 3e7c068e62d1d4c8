import {describe, expect, it} from 'vitest';
import {AssignmentLinkError, decodeAssignment, encodeAssignment, validateAssignment, type Assignment} from '../assignment';

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
