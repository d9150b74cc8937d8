// Public surface of the text layer. Implementations live in sibling modules; per-language data in ./lang.
export { detectLanguage, declaredLanguage } from './language';
export { splitSentences, MAX_SENTENCE } from './segment';
export { normalizeForMatch } from './normalize';
