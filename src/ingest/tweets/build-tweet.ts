/** Turns a parsed embed into the stored Tweet: id, language and entities. */
import type { Tweet } from '../schema';
import { detectLanguage } from '../text/detect-language';
import { shortHashOfWords } from '../text/hash';
import type { TweetEmbed } from './parse-tweet-embed';
import { findTweetEntities } from './tweet-entities';

export function buildTweet(embed: TweetEmbed): Tweet {
  return {
    id: `tweet-${shortHashOfWords(`${embed.handleText} ${embed.text}`, 7)}`,
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
