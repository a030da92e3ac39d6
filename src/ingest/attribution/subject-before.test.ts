import { describe, expect, it } from 'vitest';
import { subjectBefore } from './subject-before';

/** The subject phrase, checked to stand where `at` says it does. */
function subject(prefix: string): string | null {
  const found = subjectBefore(prefix);
  if (!found) return null;
  expect(prefix.slice(found.at, found.at + found.phrase.length)).toBe(found.phrase);
  return found.phrase;
}

describe('subjectBefore', () => {
  it('takes the name after an opening phrase: "After the vote, Okoro" → Okoro', () => {
    expect(subject('After the vote, Okoro ')).toBe('Okoro');
    expect(subject('Speaking to the crowd in Leeds, Okoro')).toBe('Okoro');
    expect(subject('After Adeyemi’s speech, Lindqvist')).toBe('Lindqvist');
  });

  it('takes the name in apposition: "Its chair, Ida Berg," → Ida Berg', () => {
    expect(subject('Its chair, Ida Berg,')).toBe('Ida Berg');
    expect(subject('When the council met on Friday, its chair, Ida Berg,')).toBe('Ida Berg');
    // An opening phrase without its comma, then the name and its apposition.
    expect(subject('In response to the ruling Councillor Ida Berg, the deputy leader,')).toBe('Councillor Ida Berg');
    // A phrase of time between the name and its verb.
    expect(subject('Separately, Ida Berg on Saturday')).toBe('Ida Berg');
    // Not after a verb's object, nor inside a relative clause: the phrase of time is the verb's.
    expect(subject('The report the company published on Friday')).toBe('The report the company published on Friday');
    expect(subject('Police who arrested Ida Berg on Saturday')).not.toBe('Ida Berg');
    // A name ending an opening phrase speaks only when no chunk after it is a name.
    expect(subject('Asked if he would endorse Ida Berg, Ben Cole, the mayor,')).toBe('Ben Cole');
    // A name after a preposition is no subject.
    expect(subject('After talks with Ida Berg, the mayor,')).toBeNull();
  });

  it('skips a phrase with the subject’s own possessive: "Mayor Ben Ford on his return to the city" → Mayor Ben Ford', () => {
    expect(subject('Mayor Ben Ford on his return to the city ')).toBe('Mayor Ben Ford');
    expect(subject('Ana Roy after her release ')).toBe('Ana Roy');
  });

  it('gives a verb after "but" the sentence’s subject, past an opening phrase', () => {
    expect(subject('Speaking at a briefing, Mr Orlov dodged questions on costs but ')).toBe('Mr Orlov');
    expect(subject('In Leeds, Ana Roy praised the crews and ')).toBe('Ana Roy');
  });

  it('skips an aside after the subject: "Lena Fox, for her part," → Lena Fox', () => {
    expect(subject('Lena Fox, for her part,')).toBe('Lena Fox');
    expect(subject('Beatrix Moll, the director,')).toBe('Beatrix Moll');
  });

  it('returns a pronoun subject, and skips auxiliaries and a trailing "who"', () => {
    expect(subject('she ')).toBe('she');
    expect(subject('Later, she')).toBe('she');
    expect(subject('Ivo Marsh has also ')).toBe('Ivo Marsh');
    expect(subject('Marta Quist, who')).toBe('Marta Quist');
  });

  it('keeps a prepositional subject whole: "The tenants\' union in Leeds"', () => {
    expect(subject("The tenants' union in Leeds")).toBe("The tenants' union in Leeds");
    expect(subject('In a statement, the tenants’ union in Leeds')).toBe('the tenants’ union in Leeds');
  });

  it('prefers a role phrase ending in a name to the bare name, and finds a plain role phrase', () => {
    expect(subject('On Tuesday the club captain Ivo Marsh')).toBe('the club captain Ivo Marsh');
    expect(subject('At the hearing, the presiding judge')).toBe('the presiding judge');
  });

  it('finds no subject in a clause with neither name, pronoun nor role', () => {
    expect(subject('It was cold and ')).toBeNull();
    expect(subject('Rain fell and')).toBeNull();
  });
});

describe('subjectBefore: a verb coordinated with the first one', () => {
  it('shares the subject that opens the sentence', () => {
    expect(subject('Tomas Rendl praised the talks and')).toBe('Tomas Rendl');
    expect(subject('Its chairman, Uwe Reiter, called the plan “a betrayal” and')).toBe('Uwe Reiter');
    expect(subject('She waved and')).toBe('She');
  });
});
