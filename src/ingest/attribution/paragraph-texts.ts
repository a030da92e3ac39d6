/** What the passes ask of the article's paragraphs: a paragraph's text by its block number. */
export interface ParagraphTextOf {
  get(block: number): string | undefined;
}

/**
 * The paragraphs' texts by block number, in an array: every quote, sentence and caption asks for
 * its paragraph's text (and its neighbours'), and a Map's look-up cost several times an array's.
 */
export class ParagraphTexts implements ParagraphTextOf {
  private readonly texts: (string | undefined)[] = [];

  set(block: number, text: string): void {
    this.texts[block] = text;
  }

  /** The text of a paragraph, undefined for a block that is none (or a number before the first). */
  get(block: number): string | undefined {
    // (A negative index would be looked up as a property name, far slower than an element.)
    return block >= 0 ? this.texts[block] : undefined;
  }
}
