import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { guessLanguage } from './trigram-language';

const ONLY = ['eng', 'fra', 'deu', 'ita', 'spa', 'nld', 'pol', 'por', 'rus', 'ukr', 'arb'];

// Invented sentences in the languages and scripts news comes in, and text that is none of them.
const SAMPLES = [
  'The council approved the budget on Monday night after a session that lasted almost nine hours.',
  'Le conseil municipal a approuvé le budget lundi soir, après une séance de près de neuf heures.',
  'Der Stadtrat hat den Haushalt am Montagabend nach einer fast neunstündigen Sitzung gebilligt.',
  'Il consiglio comunale ha approvato il bilancio lunedì sera, dopo una seduta di quasi nove ore.',
  'El ayuntamiento aprobó el presupuesto el lunes por la noche tras una sesión de casi nueve horas.',
  'De gemeenteraad keurde maandagavond de begroting goed na een vergadering van bijna negen uur.',
  'Rada miasta przyjęła budżet w poniedziałek wieczorem po posiedzeniu trwającym prawie dziewięć godzin.',
  'A câmara aprovou o orçamento na segunda-feira à noite, depois de uma sessão de quase nove horas.',
  'Городской совет утвердил бюджет в понедельник вечером после заседания, длившегося почти девять часов.',
  'Міська рада ухвалила бюджет у понеділок увечері після засідання, що тривало майже дев’ять годин.',
  'وافق المجلس البلدي على الميزانية مساء الاثنين بعد جلسة استمرت قرابة تسع ساعات.',
  '市议会周一晚上批准了预算。',
  '市議会は月曜日の夜に予算を承認した。',
  '시의회는 월요일 밤 예산을 승인했다.',
  'Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό.',
  'नगर परिषद ने सोमवार रात बजट को मंजूरी दी।',
  'Stolz auf unser Team heute, bis Sonntag',
  '12:30 — 4,500 (2023) !!!',
  '',
  'a',
  'ab',
  'abc',
  '   ',
  'Ünïcödé façade naïve',
  'Emoji 😀 and a math letter 𝐀 in an English sentence about the vote.',
];

/** Random strings over letters of many scripts, digits, marks, spaces and astral characters. */
function randomTexts(count: number, seed: number): string[] {
  const alphabet = [
    ...'abcdefghij klmn ÀÉèüß żółć ĄĘ Привет мир العربية 中文字 日本語 한국어 ελληνικά עברית हिन्दी 123 !?.,"“” \n\t\u00a0😀𝐀',
  ];
  let x = seed;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () =>
    Array.from({ length: Math.floor(next() * 80) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
  );
}

describe('guessLanguage', () => {
  it("gives franc's answer on news sentences in every script, with and without a list of languages", () => {
    for (const text of SAMPLES) {
      expect(guessLanguage(text, ONLY, 1), text).toBe(franc(text, { only: ONLY, minLength: 1 }));
      expect(guessLanguage(text, [], 10), text).toBe(franc(text));
      expect(guessLanguage(text, ['eng', 'cmn', 'Latin'], 1), text).toBe(
        franc(text, { only: ['eng', 'cmn', 'Latin'], minLength: 1 }),
      );
    }
  });

  it("gives franc's answer on random text (mixed scripts, digits, surrogate pairs)", () => {
    for (const text of randomTexts(3000, 7)) {
      expect(guessLanguage(text, ONLY, 1), JSON.stringify(text)).toBe(franc(text, { only: ONLY, minLength: 1 }));
      expect(guessLanguage(text, [], 10), JSON.stringify(text)).toBe(franc(text));
    }
  });

  it('reads the languages we carry', () => {
    expect(guessLanguage(SAMPLES[1]!, ONLY, 1)).toBe('fra');
    expect(guessLanguage(SAMPLES[8]!, ONLY, 1)).toBe('rus');
  });
});

describe('guessLanguage on a text that lower case lengthens', () => {
  it('gives franc’s answer', () => {
    const text = `${'İstanbul İzmir '.repeat(140)}`;
    expect(guessLanguage(text, ['eng', 'tur', 'deu'], 1)).toBe(
      franc(text.slice(0, 2048), { only: ['eng', 'tur', 'deu'], minLength: 1 }),
    );
  });
});
