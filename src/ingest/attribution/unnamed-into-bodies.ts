/**
 * "…, state police said." early in a story and "Arkansas State Police said" later are one speaker: a
 * description of two words or more that is the end of exactly one body's name is that body. Read
 * once every speaker is known, since the body may be named only after the description. A one-word
 * group ("police", "officials") stays an unnamed source: it may be another force or office.
 */
import { nameEndsWith, type Entity, type EntityRegistry } from './entities';
import type { SpeechItem } from './speech-item';

export function unnamedIntoBodies(items: SpeechItem[], registry: EntityRegistry): void {
  let bodyOf: Map<Entity, Entity> | null = null;
  for (const it of items) {
    const e = it.speaker;
    if (!e || e.kind !== 'unnamed' || e.nameWords.length < 2) continue;
    bodyOf ??= new Map();
    let body = bodyOf.get(e);
    if (body === undefined) {
      const words = e.nameWords[0] === 'the' ? e.nameWords.slice(1) : e.nameWords;
      const bodies =
        words.length < 2
          ? []
          : registry
              .entitiesOfKind('organisation')
              .filter((b) => b.nameWords.length > words.length && nameEndsWith(b, words));
      body = bodies.length === 1 ? bodies[0]! : e;
      bodyOf.set(e, body);
    }
    it.speaker = body;
  }
}
