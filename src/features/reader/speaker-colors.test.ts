import { describe, expect, it } from 'vitest';
import { assignColors, PALETTE_SIZE, quoteClasses, UNKNOWN_COLOR } from './speaker-colors';

describe('assignColors', () => {
  it('gives speakers distinct colours in their order', () => {
    const colors = assignColors([{ id: 'macron' }, { id: 'putin' }]);
    expect(colors.get('macron')).toBe('sp-0');
    expect(colors.get('putin')).toBe('sp-1');
  });
  it('wraps around when there are more speakers than colours', () => {
    const many = Array.from({ length: PALETTE_SIZE + 1 }, (_, i) => ({ id: `s${i}` }));
    expect(assignColors(many).get(`s${PALETTE_SIZE}`)).toBe('sp-0');
  });
});

describe('quoteClasses', () => {
  it('tells kinds apart and carries the colour', () => {
    const kinds = (['direct', 'unmarked', 'reported'] as const).map((k) => quoteClasses(k, UNKNOWN_COLOR));
    expect(new Set(kinds).size).toBe(3);
    expect(quoteClasses('reported', 'sp-2')).toContain('sp-2');
  });
});
