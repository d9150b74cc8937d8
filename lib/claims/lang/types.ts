/** Per-language words the shared mechanisms need. Claim-specific terms live in lib/claims/vocab/. */
export interface LangMechanisms {
  /** Words that negate what follows in the same clause: 'not', 'no', 'never', 'inte', 'ikke', 'nicht', 'kein*', 'ei'. */
  negation: string[];
  /** Markers that a status is not yet reached: 'in progress', 'working towards', 'expected', 'planned', 'i färd med'. */
  progress: string[];
  /** Words that end a negation's scope inside a sentence: 'but', 'men', 'aber', 'mutta'. */
  clauseBreaks: string[];
  /** "on request / contact us to get it": 'on request', 'på begäran', 'auf Anfrage', 'pyynnöstä'. */
  onRequest: string[];
  /** Hedges that make a statement conditional: 'may', 'kan', 'unless', 'om inte', 'sofern'. */
  hedges: string[];
}
