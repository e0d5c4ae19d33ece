/** The rejection wording families of the language note; each weighted signal names the one it belongs to. */
export type Family =
  | 'others'
  | 'not-forward'
  | 'not-selected'
  | 'not-fit'
  | 'role-gone'
  | 'on-hold'
  | 'constraint';

/** A way to end a decision sentence a preview cut off; `after` is how the cut text must end for it to apply. */
export interface Completion {
  after?: RegExp;
  ending: string;
}

export interface Signal {
  re: RegExp;
  /** How strongly one sentence of this kind proves a rejection on its own, 0–1. */
  weight: number;
  family: Family;
}

/** Everything the classifier needs to read one language. Patterns carry the `g`, `i` and `u` flags. */
export interface PhraseSet {
  lang: 'en' | 'de' | 'fr' | 'es' | 'nl' | 'pt';
  /** Frequent function words, used to recognise the language. */
  markers: string[];
  rejection: Signal[];
  /**
   * Conditions that govern the rest of their sentence, main clause included: in "If you are not selected, we
   * will keep your CV" and "…, but if we decide not to proceed, it's likely …" nothing after the marker is a fact.
   */
  condition: RegExp;
  /** Inside a sentence, these make the rest of their clause hypothetical ("we'll tell you if …"). */
  hypothetical: RegExp;
  /** Negations that turn a progress cue around ("we will not be inviting you to an interview"). */
  negation: RegExp;
  /** Sentences about something else that merely sound sorry (a moved interview, unmonitored replies). */
  otherTopic: RegExp;
  /** Openers that often carry the news ("Unfortunately", "After careful consideration"); alone they prove nothing. */
  opener: RegExp;
  /** The end of a decision cut off by a mail client ("…, we won't be"); judged only on unfinished sentences. */
  cutOff: RegExp;
  /** Kind closings of rejections: best wishes for the search, apply again, CV kept on file. */
  softClose: RegExp;
  acknowledgement: RegExp;
  interview: RegExp;
  assessment: RegExp;
  offer: RegExp;
  alert: RegExp;
  withdrawal: RegExp;
  pause: RegExp;
  /** A promise to come back, which turns a paused role into a pause rather than a rejection. */
  promise: RegExp;
  /** Words that place the message in a job search. */
  jobContext: RegExp;
  /** The weaker part of `jobContext` (application, applied…): other selections use these words too. */
  applicationWords: RegExp;
  /**
   * Job titles' head nouns (engineer, Entwickler, vendeur…): a bare title in a subject places a message in a job
   * search as surely as "position" does, but each counts half, as a manager or an adviser also writes other mail.
   */
  occupations: RegExp;
  /** Words of other selections (giveaways, beta programmes, admissions) that share the wording. */
  nonJobContext: RegExp;
  /** Someone else's application ("my application", "Jamie's application"): a decision about them is not news. */
  someoneElse: RegExp;
  /** The reader named as the one concerned; with it, someone else's name beside a decision does not matter. */
  reader: RegExp;
  /** The reader counted among those who go on ("candidates who, like you, stood out"): progress, not a no. */
  includesReader: RegExp;
  /** Verbs that report what someone else said ("the recruiter said they went with…"): told, not announced. */
  reported: RegExp;
  /** Mail to the hiring side or a referrer (a rejection notice about a candidate, a referral update). */
  hiringSide: RegExp;
  /** Right after a decision, it tells the decision as history ("we didn't move forward then, but…"). */
  pastDecision: RegExp;
  /**
   * Endings that complete a decision sentence cut off by a mail client's preview ("we have decided not to
   * proceed with…"): a cut sentence counts when one of them makes it a rejection. Each adds only a noun the
   * sentence already points at; "candidates" follows "other" and never supplies it.
   */
  completions: Completion[];
  /** Subjects that announce news about an application. */
  subjectUpdate: RegExp;
}
