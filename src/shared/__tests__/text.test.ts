import {describe, expect, it} from 'vitest';
import {safeDecodeURIComponent} from '../text';

describe('safeDecodeURIComponent', () => {
  it('decodes well-formed escapes', () => {
    expect(safeDecodeURIComponent('r5-3')).toBe('r5-3');
    expect(safeDecodeURIComponent('caf%C3%A9%20menu')).toBe('café menu');
  });

  it('returns undefined for malformed escapes instead of throwing', () => {
    for (const bad of ['%', '%E0%A4%A', '100%', '%zz', '%C3']) expect(safeDecodeURIComponent(bad), bad).toBeUndefined();
  });
});
