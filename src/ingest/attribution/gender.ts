/** What a name or a word tells about a person's gender, for "he"/"she". Null when it tells nothing. */
import { FEMALE_CUES, MALE_CUES } from './lexicon';

export type Gender = 'female' | 'male';

// Common given names that the ending rule below gets wrong or cannot tell.
const FEMALE_NAMES = new Set(['inés', 'renée', 'ruth', 'ann', 'anne', 'jane', 'sarah', 'hannah', 'elizabeth', 'mary', 'helen', 'ellen', 'claire', 'marie', 'sophie', 'chloe', 'grace', 'rachel', 'karen', 'susan', 'alice', 'ingrid', 'astrid', 'sigrid', 'lucy', 'kate', 'catherine', 'caroline', 'charlotte', 'emily', 'margaret', 'elisabeth', 'isabel', 'carmen', 'dolores', 'mercedes', 'esther', 'judith', 'ingeborg', 'gudrun', 'brigitte', 'christine', 'nicole', 'isabelle', 'juliette', 'élodie', 'aurélie', 'amélie', 'chantal', 'agnès', 'joëlle', 'noémie', 'irène', 'hélène', 'madeleine', 'beth', 'kim', 'lynn', 'joan', 'jean', 'megan', 'abigail', 'leah', 'yasmin', 'ayesha', 'fatima', 'zeynep', 'mei', 'yuki', 'ngozi', 'amara', 'heather', 'ashley', 'shirley', 'beverly', 'kimberly', 'holly', 'molly', 'sally', 'betty', 'dorothy', 'nancy', 'pamela', 'angela', 'laura']);
const MALE_NAMES = new Set(['luca', 'andrea', 'nicola', 'mattia', 'elia', 'enea', 'joshua', 'ilya', 'nikita', 'sasha', 'misha', 'kuba', 'jonah', 'noah', 'john', 'james', 'david', 'michael', 'peter', 'paul', 'mark', 'robert', 'william', 'thomas', 'daniel', 'matthew', 'andrew', 'stephen', 'steven', 'george', 'henry', 'jack', 'harry', 'charles', 'edward', 'joseph', 'samuel', 'benjamin', 'brian', 'raymond', 'daniele', 'hugh', 'vince', 'ahmed', 'mohamed', 'muhammad', 'ali', 'omar', 'hans', 'klaus', 'jürgen', 'dieter', 'ulrich', 'olaf', 'lars', 'sven', 'erik', 'pierre', 'jacques', 'michel', 'philippe', 'françois', 'louis', 'rené', 'gabriel', 'raphaël', 'joël', 'noël', 'kofi', 'chidi', 'hiroshi', 'wei', 'raj', 'arjun', 'dmitri', 'sergei', 'igor', 'boris', 'ivan', 'carlos', 'jorge', 'josé', 'juan', 'diego', 'pablo', 'javier', 'miguel', 'felipe', 'mateus', 'joão', 'adam', 'simon', 'oliver', 'max', 'felix', 'leon', 'ben', 'tom', 'tim', 'sam', 'alex', 'chris', 'nick', 'ian', 'neil', 'alan', 'gary', 'frank', 'scott', 'eric', 'jason', 'ryan', 'kyle', 'sean', 'patrick']);

/** Gender from a given name: a list of common names, then the Romance/Slavic "-a"/"-o" endings. */
export function genderOfGivenName(given: string): Gender | null {
  const g = given.toLowerCase();
  if (FEMALE_NAMES.has(g)) return 'female';
  if (MALE_NAMES.has(g)) return 'male';
  if (g.length < 3) return null;
  if (/a$/.test(g)) return 'female';
  if (/[oi]$/.test(g)) return 'male';
  if (/(?:ine|ette|elle|ille)$/.test(g)) return 'female';
  return null;
}

/** Gender from a word next to a name: a title (Ms, Mr) or a gendered noun (spokeswoman). */
export function genderOfCue(word: string): Gender | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (FEMALE_CUES.has(w)) return 'female';
  if (MALE_CUES.has(w)) return 'male';
  return null;
}
