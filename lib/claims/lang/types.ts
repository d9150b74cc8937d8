/** Per-language words the shared mechanisms need. Claim-specific terms live in lib/claims/vocab/. */
export interface LangMechanisms {
  /** Words that negate what follows in the same clause: 'not', 'no', 'never', 'inte', 'ikke', 'nicht', 'kein*', 'ei'. */
  negation: string[];
  /** Markers that a status is not yet reached: 'in progress', 'working towards', 'expected', 'planned', 'i färd med'. */
  progress: string[];
  /** Words that end a negation's scope inside a sentence: 'but', 'men', 'aber', 'mutta'. */
  clauseBreaks: string[];
  /** Words joining two clauses of one sentence: 'and', 'och', 'og', 'und', 'ja', 'sekä' ("certified to X and working towards Y"). */
  coordinators: string[];
  /** "on request / contact us to get it": 'on request', 'på begäran', 'auf Anfrage', 'pyynnöstä'. */
  onRequest: string[];
  /** Hedges that make a statement conditional: 'may', 'kan', 'unless', 'om inte', 'sofern'. */
  hedges: string[];
  /** Phrases that contain a negation word but do not negate: 'not only', 'inte bara', 'nicht nur'. */
  notNegating: string[];
  /** Exceptions that turn a denial into a conditional: 'unless', 'except where', 'om inte', 'es sei denn', 'ellei'. */
  exceptions: string[];
  /** Sentence openers of a verb-first conditional ("Anvendes en underdatabehandler, …" = "If a sub-processor is used"). */
  conditionalOpeners: string[];
  /** Contrast markers that put what follows outside the speaker's own practice: 'instead of', 'unlike', 'i stället för'. */
  contrast: string[];
  /** First-person markers of the vendor speaking: 'we', 'our', 'vi', 'vår', 'wir', 'unser*', 'käytämme'. */
  firstPerson: string[];
}
