/**
 * A sentence that ends with a question mark (a closing quote or bracket may follow) asks; it does
 * not state ("Where is our data stored?"). The `includes` test first: most sentences have no '?'.
 * (scanSentences' `question` flag is a little looser: spaces may stand between the mark and the quote.)
 */
export function endsAsQuestion(text: string): boolean {
  return text.includes('?') && QUESTION_END.test(text);
}

const QUESTION_END = /\?["”»)]?\s*$/;
