import { describe, expect, it } from 'vitest';
import { initials } from './initials';

describe('initials', () => {
  it('takes the first letters of the first and last names', () => {
    expect(initials('Emmanuel Macron')).toBe('EM');
    expect(initials('Vladimir Vladimirovich Putin')).toBe('VP');
  });
  it('handles single names, handles and odd input', () => {
    expect(initials('Putin')).toBe('P');
    expect(initials('@EmmanuelMacron')).toBe('E');
    expect(initials('  ')).toBe('?');
    expect(initials('Élodie “Lo” Durand')).toBe('ÉD');
  });
});
