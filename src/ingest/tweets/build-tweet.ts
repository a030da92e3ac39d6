/** Turns a parsed embed into the stored Tweet: id, language and entities. */
import type { Tweet } from '../schema';
import { detectLanguage } from '../text/detect-language';
import { shortHash } from '../text/hash';
import { normaliseWords } from '../text/normalise-words';
import type { TweetEmbed } from './parse-tweet-embed';
import { findTweetEntities } from './tweet-entities';

export function buildTweet(embed: TweetEmbed): Tweet {
  return {
    id: `tweet-${shortHash(`${embed.handleText}|${normaliseWords(embed.text)}`, 7)}`,
    text: embed.text,
    link: embed.link,
    linkText: embed.linkText,
    displayName: embed.displayName,
    handle: embed.handle,
    handleText: embed.handleText,
    date: embed.date,
    dateText: embed.dateText,
    lang: detectLanguage(embed.text),
    entities: findTweetEntities(embed.text),
    speakerId: null,
  };
}
