/**
 * The verbs English uses to report speech, with their forms and the frames they take. This is a
 * fact about the language, so it is data: each entry says what may follow the verb and gives an
 * example, and the tests check every example against the frames it claims.
 *
 * Frames (what follows the verb):
 * - `that`  a "that" clause: "She conceded that the fleet was old."
 * - `bare`  a clause without "that": "He said the road floods." Only verbs where dropping "that" is
 *           idiomatic; for the others a noun usually follows ("admitted the error" is no clause,
 *           "admitted the team had erred" is, so those need a finite verb in the clause to count).
 * - `obj`   an addressee before the clause: "told reporters (that) …", "warned councils that …".
 * - `wh`    a question reported: "asked whether …", "wondered if …".
 * - `to`    an infinitive: "urged voters to …", "vowed to …" (a plan or a request, not a statement:
 *           not read as reported speech).
 * - `as`    a description: "described the plan as …", "called it a …" (a characterisation, not a clause).
 * - `quote` the verb closes or opens quoted speech: "“…,” she conceded." Only verbs whose forms are
 *           rarely other words, because the cue finder trusts any of them after a quotation.
 * - `mental` a belief rather than an utterance ("believes", "fears"): read only with "that".
 */

export type Frame = 'that' | 'bare' | 'obj' | 'wh' | 'to' | 'as' | 'quote' | 'mental';

export interface ReportingVerb {
  lemma: string;
  /** base, third person, past, present participle, past participle (when it differs). */
  forms: { base: string; third: string; past: string; ing: string; participle: string };
  frames: ReadonlySet<Frame>;
  example: string;
}

// Regular forms, with the doubled consonants English spells ("admitted", "quipped").
const DOUBLES = new Set([
  'admit',
  'commit',
  'submit',
  'regret',
  'quip',
  'snap',
  'chat',
  'rebut',
  'refer',
  'prefer',
  'confer',
  'sob',
  'nag',
  'beg',
  'plot',
  'jot',
  'slam',
  'aver',
  'occur',
  'grin',
  'nod',
  'fret',
  'transmit',
  'remit',
  'emit',
]);
const IRREGULAR: Record<string, string> = {
  say: 'says said saying said',
  tell: 'tells told telling told',
  write: 'writes wrote writing written',
  think: 'thinks thought thinking thought',
  feel: 'feels felt feeling felt',
  hold: 'holds held holding held',
  read: 'reads read reading read',
  find: 'finds found finding found',
  swear: 'swears swore swearing sworn',
  begin: 'begins began beginning begun',
  shoot: 'shoots shot shooting shot',
  hit: 'hits hit hitting hit',
  go: 'goes went going gone',
  forecast: 'forecasts forecast forecasting forecast',
  broadcast: 'broadcasts broadcast broadcasting broadcast',
  foresee: 'foresees foresaw foreseeing foreseen',
  teach: 'teaches taught teaching taught',
  sum: 'sums summed summing summed',
  cry: 'cries cried crying cried',
  lie: 'lies lied lying lied',
  rule: 'rules ruled ruling ruled',
  echo: 'echoes echoed echoing echoed',
  concur: 'concurs concurred concurring concurred',
  speak: 'speaks spoke speaking spoken',
  undertake: 'undertakes undertook undertaking undertaken',
  signal: 'signals signalled signalling signalled',
  blog: 'blogs blogged blogging blogged',
  brag: 'brags bragged bragging bragged',
  deny: 'denies denied denying denied',
  reply: 'replies replied replying replied',
  make: 'makes made making made',
};

function regularForms(base: string): ReportingVerb['forms'] {
  const irregular = IRREGULAR[base];
  if (irregular) {
    const [third, past, ing, participle] = irregular.split(' ') as [string, string, string, string];
    return { base, third, past, ing, participle };
  }
  const consonantY = /[^aeiou]y$/.test(base);
  const third = consonantY ? `${base.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
  let past: string;
  let ing: string;
  if (DOUBLES.has(base)) {
    past = `${base}${base.at(-1)}ed`;
    ing = `${base}${base.at(-1)}ing`;
  } else if (base.endsWith('e')) {
    past = `${base}d`;
    ing = /(?:ee|ye|oe)$/.test(base) ? `${base}ing` : `${base.slice(0, -1)}ing`;
  } else if (consonantY) {
    past = `${base.slice(0, -1)}ied`;
    ing = `${base}ing`;
  } else {
    past = `${base}ed`;
    ing = `${base}ing`;
  }
  return { base, third, past, ing, participle: past };
}

// lemma, frames, example. Grouped loosely by meaning; the order does not matter.
const TABLE: Array<[string, string, string]> = [
  // Saying and telling
  ['say', 'that bare wh quote', 'The mayor said 40 families had been moved.'],
  ['tell', 'that bare obj wh quote', 'She told the court during the hearing that she had warned him.'],
  ['add', 'that bare quote', 'He added that the road would reopen on Monday.'],
  ['state', 'that bare quote', 'The ministry stated that no decision had been taken.'],
  ['declare', 'that bare as quote', 'The judge declared that the contract was void.'],
  ['announce', 'that bare quote', 'The club announced that the coach had left.'],
  ['explain', 'that bare wh quote', 'She explained that the figures had been revised.'],
  ['note', 'that bare quote', 'Analysts noted that sales had slowed.'],
  ['remark', 'that quote', 'He remarked that the hall was half empty.'],
  ['comment', 'that quote', 'She commented that the vote had been close.'],
  ['observe', 'that quote', 'The author observes that the seals learn from each other.'],
  ['mention', 'that bare', 'He mentioned that the bus had been late.'],
  ['report', 'that bare quote', 'The agency reported that prices rose 3 per cent.'],
  ['relate', 'that', 'She related that the guards had left early.'],
  ['recount', 'that wh quote', 'He recounted that the boat had capsized twice.'],
  ['describe', 'that as wh', 'She described the plan as rushed.'],
  ['call', 'as obj', 'He called the ruling a disgrace.'],
  ['write', 'that bare quote', 'She wrote that the council had ignored the warnings.'],
  ['tweet', 'that bare quote', 'The senator tweeted that the bill was dead.'],
  ['post', 'that', 'He posted that the shop would close for good.'],
  ['blog', 'that', 'She blogged that the festival had lost money.'],
  ['text', 'that obj', 'He texted her that the train was late.'],
  ['email', 'that obj', 'The school emailed parents that classes were cancelled.'],
  ['read', 'bare', 'The post read that the event was cancelled.'],
  ['testify', 'that bare quote', 'The officer testified that he had seen no weapon.'],
  ['inform', 'that obj', 'The airline informed passengers that the flight was cancelled.'],
  ['notify', 'that obj', 'The council notified residents that the water was unsafe.'],
  ['brief', 'that obj', 'Officials briefed reporters that the talks had stalled.'],
  ['remind', 'that obj quote', 'She reminded voters that the tax had been cut.'],
  ['assure', 'that obj quote', 'He assured the committee that the money was safe.'],
  ['reassure', 'that obj quote', 'The minister reassured parents that schools would stay open.'],
  ['convince', 'that obj', 'She convinced the board that the deal was sound.'],
  ['persuade', 'that obj to', 'He persuaded the panel that the test was fair.'],
  ['reveal', 'that bare quote', 'The audit revealed that funds had been misused.'],
  ['disclose', 'that bare quote', 'The company disclosed that it had been hacked.'],
  ['divulge', 'that', 'She divulged that the talks had collapsed.'],
  ['confide', 'that obj quote', 'He confided that he had thought of quitting.'],
  ['leak', 'that', 'Aides leaked that the minister would resign.'],
  ['publish', 'that', 'The paper published that the mayor had resigned.'],
  ['broadcast', 'that', 'The station broadcast that the polls had closed.'],
  ['relay', 'that obj', 'She relayed that the family was safe.'],
  ['convey', 'that obj', 'He conveyed that the board was unhappy.'],
  ['communicate', 'that obj', 'The ministry communicated that talks would resume.'],
  ['signal', 'that bare quote', 'The bank signalled that rates would stay high.'],
  ['indicate', 'that bare quote', 'The coach indicated that he would rest the captain.'],
  ['hint', 'that bare quote', 'She hinted that she might run again.'],
  ['imply', 'that', 'He implied that the vote was rigged.'],
  ['suggest', 'that bare quote', 'Officials suggested the delay would be short.'],
  ['intimate', 'that', 'She intimated that a deal was close.'],
  ['insinuate', 'that', 'He insinuated that the referee was biased.'],
  // Asserting and arguing
  ['claim', 'that bare to quote', 'The group claimed the attack had been planned for months.'],
  ['allege', 'that bare quote', 'Prosecutors alleged that the money was moved abroad.'],
  ['assert', 'that bare quote', 'The union asserted that the cuts were illegal.'],
  ['affirm', 'that quote', 'The court affirmed that the law applied.'],
  ['aver', 'that', 'The witness averred that the car was red.'],
  ['maintain', 'that bare quote', 'He maintained that he had done nothing wrong.'],
  ['insist', 'that bare quote', 'She insisted no island would be cut off.'],
  ['argue', 'that bare quote', 'Lawyers argued that the search was illegal.'],
  ['contend', 'that bare quote', 'The defence contends that the evidence was planted.'],
  ['reason', 'that quote', 'He reasoned that the fans would come back.'],
  ['hold', 'that', 'The court held that the ban was lawful.'],
  ['stress', 'that bare quote', 'The minister stressed that the plan was temporary.'],
  ['emphasise', 'that bare quote', 'She emphasised that no one had been hurt.'],
  ['emphasize', 'that bare quote', 'She emphasized that no one had been hurt.'],
  ['underline', 'that quote', 'He underlined that the vote was binding.'],
  ['underscore', 'that quote', 'The report underscores that the risk is growing.'],
  ['highlight', 'that quote', 'She highlighted that exports had doubled.'],
  ['point', 'that quote', 'He pointed out that the bridge was closed.'],
  ['make', 'that', 'She made it clear that she would not stand again.'],
  ['reiterate', 'that bare quote', 'The ministry reiterated that the text would not be withdrawn.'],
  ['repeat', 'that quote', 'She repeated that she would not resign.'],
  ['restate', 'that', 'He restated that the offer was final.'],
  ['reaffirm', 'that quote', 'The party reaffirmed that it would back the bill.'],
  ['specify', 'that quote', 'The spokesman specified that the wrist, not the hip, was broken.'],
  ['clarify', 'that quote', 'The club clarified that the player had not been sold.'],
  ['elaborate', 'that', 'She elaborated that the fund would be shared.'],
  ['stipulate', 'that', 'The contract stipulates that repairs fall to the owner.'],
  ['proclaim', 'that quote', 'He proclaimed that the war was over.'],
  ['pronounce', 'that as', 'The doctor pronounced that the patient was stable.'],
  ['profess', 'that to', 'She professed that she had never met him.'],
  ['swear', 'that bare to quote', 'He swore that he had never seen the letter.'],
  ['guarantee', 'that bare quote', 'The minister guaranteed that no jobs would go.'],
  ['certify', 'that', 'The inspector certified that the building was safe.'],
  ['attest', 'that', 'Witnesses attested that the guard was asleep.'],
  ['confirm', 'that bare quote', 'Police confirmed that two men had been arrested.'],
  ['verify', 'that', 'Officials verified that the ballots were valid.'],
  ['conclude', 'that bare quote', 'The study concludes that the deterrents do not work.'],
  ['find', 'that', 'The inquiry found that the council had been warned.'],
  ['rule', 'that quote', 'The judge ruled that the evidence could be used.'],
  ['decide', 'that', 'The panel decided that the race would be rerun.'],
  ['determine', 'that', 'Investigators determined that the fire was arson.'],
  ['judge', 'that', 'The court judged that the firm was liable.'],
  ['accept', 'that bare', 'He accepted he had never put his concerns in writing.'],
  ['recognise', 'that quote', 'She recognised that the cost was high.'],
  ['recognize', 'that quote', 'She recognized that the cost was high.'],
  ['acknowledge', 'that bare quote', 'The company acknowledged that the update had failed.'],
  ['admit', 'that bare quote', 'He admitted the team had been slow to react.'],
  ['concede', 'that bare quote', 'The forecaster conceded the storm had tracked further south.'],
  ['confess', 'that bare quote', 'She confessed that she had lied.'],
  ['grant', 'that', 'He granted that the timing was poor.'],
  ['allow', 'that', 'She allowed that the plan had flaws.'],
  ['agree', 'that bare to quote', 'Both sides agreed that talks would resume.'],
  ['concur', 'that quote', 'The judges concurred that the appeal should fail.'],
  ['echo', 'that', 'Others echoed that the rules were unclear.'],
  // Denying and disputing
  ['deny', 'that bare quote', 'The club denied that its captain had used offensive words.'],
  ['dispute', 'that', 'The company disputes that it was warned.'],
  ['contest', 'that', 'Her lawyer contested that the search was lawful.'],
  ['doubt', 'that wh mental', 'Experts doubt that the target can be met.'],
  ['question', 'wh quote', 'Critics questioned whether the plan was legal.'],
  ['query', 'wh', 'She queried whether the figures were right.'],
  ['challenge', 'that', 'He challenged that the count was accurate.'],
  ['reject', 'that', 'The minister rejected that the scheme had failed.'],
  ['dismiss', 'that', 'She dismissed that the deal was off.'],
  ['refute', 'that', 'The agency refuted that data had leaked.'],
  ['rebut', 'that', 'He rebutted that the tests were flawed.'],
  ['counter', 'that bare quote', 'The mayor countered that the city had no choice.'],
  ['retort', 'that quote', 'She retorted that the critics had not read the report.'],
  ['object', 'that quote', 'Residents objected that the road was too narrow.'],
  ['protest', 'that quote', 'He protested that he had been misquoted.'],
  // Answering and asking
  ['reply', 'that bare quote', 'She replied that the figures had been checked twice.'],
  ['answer', 'that quote', 'He answered that no one had asked him.'],
  ['respond', 'that quote', 'The firm responded that it had followed the rules.'],
  ['ask', 'that wh obj to quote', 'A reporter asked whether the minister would resign.'],
  ['wonder', 'wh quote', 'Fans wondered whether the club could survive.'],
  ['inquire', 'wh', 'She inquired whether the forms had arrived.'],
  ['enquire', 'wh', 'He enquired whether the hall was free.'],
  // Warning, promising, predicting
  ['warn', 'that bare obj to quote', 'Forecasters warned that the river could burst its banks.'],
  ['caution', 'that bare obj quote', 'Doctors cautioned that the virus was still spreading.'],
  ['alert', 'that obj', 'The agency alerted drivers that the road was closed.'],
  ['advise', 'that obj to quote', 'Police advised residents that the water was unsafe.'],
  ['threaten', 'that to quote', 'The union threatened that it would strike.'],
  ['promise', 'that bare obj to quote', 'The minister promised that the money would arrive.'],
  ['vow', 'that bare to quote', 'The mayor vowed that the pool would reopen.'],
  ['pledge', 'that bare to quote', 'The company pledged that no jobs would be lost.'],
  ['undertake', 'that to', 'The firm undertook that repairs would be finished by May.'],
  ['predict', 'that bare quote', 'Economists predicted that rates would fall.'],
  ['forecast', 'that bare', 'The bureau forecast that the rain would ease.'],
  ['foresee', 'that', 'Planners foresee that demand will double.'],
  ['estimate', 'that bare quote', 'Officials estimated that 3,000 homes had lost power.'],
  ['calculate', 'that', 'Analysts calculated that the fee would cost more than it raised.'],
  ['project', 'that', 'The bank projects that growth will slow.'],
  ['speculate', 'that wh quote', 'Some speculated that the coach would leave.'],
  ['guess', 'that bare quote', 'She guessed that the bill would pass.'],
  ['reckon', 'that bare quote', 'He reckons the season is over.'],
  // Urging and requesting
  ['urge', 'that obj to quote', 'The council urged residents to stay indoors.'],
  ['recommend', 'that to quote', 'The panel recommended that the plant be closed.'],
  ['propose', 'that to quote', 'She proposed that the vote be delayed.'],
  ['demand', 'that to quote', 'Protesters demanded that the law be withdrawn.'],
  ['request', 'that obj to', 'The family requested that flowers not be sent.'],
  ['plead', 'that obj quote', 'He pleaded that he had been misled.'],
  ['beg', 'obj to', 'She begged the court to show mercy.'],
  ['implore', 'obj to', 'He implored voters to turn out.'],
  ['appeal', 'to', 'Police appealed for witnesses to come forward.'],
  ['order', 'that obj to', 'The judge ordered that the files be released.'],
  ['instruct', 'that obj to', 'The minister instructed officials to act.'],
  ['encourage', 'obj to', 'She encouraged parents to vaccinate their children.'],
  ['challenge', 'obj to', 'He challenged his rival to a debate.'],
  // Blaming, accusing, criticising, praising
  ['accuse', 'obj quote', 'The opposition accused the minister of lying.'],
  ['charge', 'that quote', 'Critics charged that the contract was rigged.'],
  ['blame', 'obj', 'The report blamed the council for the collapse.'],
  ['criticise', 'obj', 'She criticised the plan as rushed.'],
  ['criticize', 'obj', 'She criticized the plan as rushed.'],
  ['condemn', 'obj as', 'The UN condemned the attack as cowardly.'],
  ['complain', 'that bare quote', 'Residents complained that the road flooded every winter.'],
  ['lament', 'that quote', 'He lamented that nobody came.'],
  ['regret', 'that', 'She regretted that the talks had failed.'],
  ['grumble', 'that quote', 'Drivers grumbled that the fares were too high.'],
  ['praise', 'obj as', 'The coach praised his team as fearless.'],
  ['hail', 'obj as', 'Officials hailed the deal as historic.'],
  ['welcome', 'obj', 'The union welcomed the decision.'],
  ['thank', 'obj', 'She thanked voters for their trust.'],
  // Boasting and joking
  ['boast', 'that bare quote', 'The mayor boasted that crime had fallen.'],
  ['brag', 'that quote', 'He bragged that he had never lost.'],
  ['joke', 'that quote', 'She joked that the coffee in the corridor was better.'],
  ['quip', 'that quote', 'He quipped that the old ferry was older than him.'],
  ['tease', 'that quote', 'She teased that the album was nearly done.'],
  // Recalling
  ['recall', 'that bare quote', 'He recalled that the station had flooded in 1998.'],
  ['remember', 'that mental', 'She remembered that the door had been open.'],
  ['continue', 'quote', '“We will rebuild,” she continued.'],
  // Manner of speaking: these close quotations, they do not report clauses
  ['shout', 'quote', '“Get down!” he shouted.'],
  ['whisper', 'that quote', 'She whispered that the guard was coming.'],
  ['murmur', 'that quote', 'He murmured that it was late.'],
  ['mutter', 'that quote', 'She muttered that the meeting was a waste of time.'],
  ['cry', 'quote', '“Help!” she cried.'],
  ['exclaim', 'that quote', '“We did it!” he exclaimed.'],
  ['yell', 'quote', '“Run!” they yelled.'],
  ['scream', 'quote', '“Stop!” she screamed.'],
  ['laugh', 'quote', '“Not a chance,” he laughed.'],
  ['sigh', 'quote', '“Another year,” she sighed.'],
  ['snap', 'quote', '“No comment,” he snapped.'],
  ['interject', 'quote', '“That is not true,” she interjected.'],
  ['interrupt', 'quote', '“Let me finish,” he interrupted.'],
  ['muse', 'quote', '“Perhaps,” she mused.'],
  ['greet', 'quote', '“Welcome back,” he greeted them.'],
  ['sum', 'quote', '“A good day,” he summed up.'],
  ['go', 'quote', '“And then,” she went on, “the lights went out.”'],
  ['begin', 'quote', '“First,” he began, “thank you.”'],
  ['start', 'quote', '“Well,” she started.'],
  ['hit', 'quote', '“Nonsense,” he hit back.'],
  ['shoot', 'quote', '“Not true,” she shot back.'],
  ['fire', 'quote', '“Resign,” he fired back.'],
  // Beliefs: read with "that" only
  ['believe', 'that mental quote', 'Police believe that the man acted alone.'],
  ['think', 'that mental quote', 'She thinks that the plan will fail.'],
  ['feel', 'that mental quote', 'He feels that the club let him down.'],
  ['hope', 'that mental to quote', 'Organisers hope that the rain holds off.'],
  ['fear', 'that mental', 'Residents fear that the river will rise again.'],
  ['expect', 'that mental to', 'Analysts expect that rates will fall.'],
  ['worry', 'that mental', 'Parents worry that the school will close.'],
  ['suspect', 'that mental', 'Investigators suspect that the fire was set.'],
];

/**
 * Verbs that report only with words after them: "made it clear that …" reports, "made sure that …"
 * and "the changes made that week" do not. The verb's clause starts after one of these runs.
 */
export const WORDS_A_VERB_NEEDS: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([
  ['make', [['it', 'clear'], ['clear'], ['it', 'plain'], ['plain'], ['it', 'known']]],
]);

/** Every reporting verb, one entry per lemma. */
export const REPORTING_VERBS: readonly ReportingVerb[] = (() => {
  const byLemma = new Map<string, ReportingVerb>();
  for (const [lemma, frames, example] of TABLE) {
    const known = byLemma.get(lemma);
    const set = new Set(frames.split(' ') as Frame[]);
    // A lemma listed twice ("challenge" with a clause and with an infinitive) joins its frames.
    if (known) for (const f of set) (known.frames as Set<Frame>).add(f);
    else byLemma.set(lemma, { lemma, forms: regularForms(lemma), frames: set, example });
  }
  return [...byLemma.values()];
})();

/** Which verb and which form a word is: "conceded" → concede, past. */
export interface VerbForm {
  verb: ReportingVerb;
  form: keyof ReportingVerb['forms'];
}

export const VERB_FORMS: ReadonlyMap<string, VerbForm> = (() => {
  const map = new Map<string, VerbForm>();
  for (const verb of REPORTING_VERBS) {
    for (const form of ['base', 'third', 'past', 'ing', 'participle'] as const) {
      const word = verb.forms[form];
      // The first reading of a word wins: "read" is the base before it is the past.
      if (!map.has(word)) map.set(word, { verb, form });
    }
  }
  return map;
})();

/** True when a verb takes a frame. */
export const takes = (verb: ReportingVerb, frame: Frame): boolean => verb.frames.has(frame);

/** The forms of the verbs that report a clause ("that", bare or "whether"), every tense. */
export function clauseVerbForms(): string[] {
  const out: string[] = [];
  for (const v of REPORTING_VERBS) {
    if (!(takes(v, 'that') || takes(v, 'bare') || takes(v, 'wh'))) continue;
    out.push(...new Set(Object.values(v.forms)));
  }
  return out;
}

// Third-person forms that are plural nouns at least as often: "“…” Several posts on the forum …".
const NOUN_LIKE = new Set([
  'posts',
  'tweets',
  'signals',
  'hints',
  'questions',
  'protests',
  'objects',
  'pledges',
  'appeals',
  'charges',
  'recounts',
  'texts',
  'echoes',
  'concurs',
  'underlines',
  'highlights',
  'specifies',
  'rules',
  'reasons',
  'points',
  'counters',
  'guesses',
  'murmurs',
  'mutters',
  'laments',
  'teases',
]);

/**
 * The forms that close or open a quotation: past and present ("said", "says"), plus "say" and the
 * participles news writes after a quote ("…,” he said, adding …"). Bases and participles of other
 * verbs are left out: "state", "post", "charge" and "report" are nouns as often as verbs.
 */
export function quoteCueForms(): string[] {
  const out = new Set<string>([
    'say',
    'saying',
    'adding',
    'telling',
    'explaining',
    'insisting',
    'warning',
    'writing',
    'arguing',
    'noting',
  ]);
  for (const v of REPORTING_VERBS) {
    if (!takes(v, 'quote')) continue;
    out.add(v.forms.past);
    // Verbs of manner ("shouted", "laughed") close quotes in the past; their present is rare there.
    const manner = !(takes(v, 'that') || takes(v, 'bare'));
    if (!manner && !NOUN_LIKE.has(v.forms.third)) out.add(v.forms.third);
  }
  return [...out];
}
