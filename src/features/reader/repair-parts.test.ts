import { describe, expect, it } from 'vitest';
import { splitRepairs } from './repair-parts';

const repair = (block: number, start: number, original: string, repaired: string) => ({
  block,
  start,
  end: start + original.length,
  original,
  repaired,
});

describe('splitRepairs', () => {
  it('cuts a run at the repairs inside it', () => {
    expect(splitRepairs('une rponse ici', 0, [repair(0, 4, 'rponse', 'réponse')])).toEqual([
      { type: 'text', text: 'une ' },
      { type: 'repair', original: 'rponse', repaired: 'réponse' },
      { type: 'text', text: ' ici' },
    ]);
  });

  it('reads offsets from where the run starts in its block', () => {
    expect(splitRepairs('rponse', 10, [repair(0, 10, 'rponse', 'réponse')])).toEqual([
      { type: 'repair', original: 'rponse', repaired: 'réponse' },
    ]);
  });

  it('leaves plain a repair cut by the run or not matching the text', () => {
    expect(splitRepairs('d? V', 0, [repair(0, 0, 'd? Viter', 'd’éviter')])).toEqual([{ type: 'text', text: 'd? V' }]);
    expect(splitRepairs('une reponse', 0, [repair(0, 4, 'rponse', 'réponse')])).toEqual([
      { type: 'text', text: 'une reponse' },
    ]);
  });
});
