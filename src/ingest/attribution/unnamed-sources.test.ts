import { describe, expect, it } from 'vitest';
import { EntityRegistry } from './entities';
import { issuerOfDocument, resolveSpeaker } from './resolve-speaker';
import { headNoun, readUnnamedSource } from './unnamed-sources';

describe('readUnnamedSource', () => {
  it.each([
    ['police', 'police', true],
    ['officials', 'officials', true],
    ['a spokesperson for the council', 'a spokesperson for the council', false],
    ['One resident of the valley', 'one resident of the valley', false],
    ['the duty forecaster', 'duty forecaster', false],
    ['A clerk at the hardware store, who asked not to be named', 'a clerk at the hardware store', false],
    ['One mum-of-two', 'one mum-of-two', false],
    ['a father-of-three from the estate', 'a father-of-three from the estate', false],
    ['academics', 'academics', true],
    ['scholars who study markets', 'scholars', true],
  ])('%s is an unnamed source', (phrase, label, plural) => {
    expect(readUnnamedSource(phrase)).toMatchObject({ label, plural });
  });

  it.each(['the bridge', 'a long winter', 'official', 'Paris', 'the plan was rushed'])(
    '%s is not a source',
    (phrase) => {
      expect(readUnnamedSource(phrase)).toBeNull();
    },
  );

  it('finds the head before a preposition', () => {
    expect(headNoun('a clerk at the store')).toBe('clerk');
    expect(headNoun('sources close to the minister')).toBe('sources');
  });
});

describe('resolveSpeaker with unnamed sources', () => {
  it('makes one speaker of a described source and its later definite mention', () => {
    const registry = new EntityRegistry();
    const first = resolveSpeaker('a ferry company spokeswoman', 0, 10, registry);
    expect(first?.kind).toBe('unnamed');
    registry.see(first!, 10);
    expect(resolveSpeaker('the spokeswoman', 1, 5, registry)).toBe(first);
  });

  it('gives a body its own speech through its spokesperson', () => {
    const registry = new EntityRegistry();
    const body = resolveSpeaker('a spokesman for Harbour Lines', 0, 0, registry);
    expect(body).toMatchObject({ name: 'Harbour Lines', kind: 'organisation' });
    expect(resolveSpeaker('a Harbour Lines spokesperson', 2, 0, registry)).toBe(body);
  });

  it('prefers a full name anywhere in the phrase to the description before it', () => {
    const registry = new EntityRegistry();
    const e = resolveSpeaker('retired bus driver Walter Oyelaran', 0, 0, registry);
    expect(e).toMatchObject({ name: 'Walter Oyelaran', kind: 'person' });
  });

  it('treats a group as plural: "they" can mean it, "she" cannot', () => {
    const registry = new EntityRegistry();
    const group = resolveSpeaker('residents', 0, 0, registry)!;
    registry.see(group, 0);
    expect(group.plural).toBe(true);
    expect(resolveSpeaker('they', 0, 50, registry)).toBe(group);
    expect(resolveSpeaker('she', 0, 50, registry)).toBeNull();
  });
});

describe('issuerOfDocument', () => {
  it.each([
    ['its latest annual report', 'it'],
    ["the council's evaluation", 'the council'],
    ['The evaluation the council published on Tuesday', 'the council'],
    ['a statement from Harbour Lines', 'Harbour Lines'],
    ['the report', ''],
    ['the mayor', null],
  ])('%s → %s', (phrase, issuer) => {
    expect(issuerOfDocument(phrase)).toBe(issuer);
  });
});

it("a document's owner in a role phrase is no document: the study's author", () => {
  expect(issuerOfDocument('the study’s lead author')).toBeNull();
});

describe('readUnnamedSource: groups named by their members', () => {
  it.each(['Mayors of border towns', 'her family', 'several spokeswomen', 'nurses at the hospital'])(
    '%s is a group',
    (phrase) => {
      expect(readUnnamedSource(phrase)?.plural).toBe(true);
    },
  );
});
