import type { Pattern } from './pattern';

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
  after?: Pattern;
  ending: string;
}

export interface Signal {
  re: Pattern;
  /** How strongly one sentence of this kind proves a rejection on its own, 0–1. */
  weight: number;
  family: Family;
}

/** Everything the classifier needs to read one language. Patterns match like global regexes, ignoring case. */
export interface PhraseSet {
  lang: 'en' | 'de' | 'fr' | 'es' | 'nl' | 'pt';
  /** Frequent function words, used to recognise the language. */
  markers: string[];
  rejection: Signal[];
  /**
   * Conditions that govern the rest of their sentence, main clause included: in "If you are not selected, we
   * will keep your CV" and "…, but if we decide not to proceed, it's likely …" nothing after the marker is a fact.
   */
  condition: Pattern;
  /** Inside a sentence, these make the rest of their clause hypothetical ("we'll tell you if …"). */
  hypothetical: Pattern;
  /** Negations that turn a progress cue around ("we will not be inviting you to an interview"). */
  negation: Pattern;
  /** Sentences about something else that merely sound sorry (a moved interview, unmonitored replies). */
  otherTopic: Pattern;
  /** Openers that often carry the news ("Unfortunately", "After careful consideration"); alone they prove nothing. */
  opener: Pattern;
  /** The end of a decision cut off by a mail client ("…, we won't be"); judged only on unfinished sentences. */
  cutOff: Pattern;
  /** Kind closings of rejections: best wishes for the search, apply again, CV kept on file. */
  softClose: Pattern;
  acknowledgement: Pattern;
  interview: Pattern;
  assessment: Pattern;
  offer: Pattern;
  alert: Pattern;
  withdrawal: Pattern;
  pause: Pattern;
  /** A promise to come back, which turns a paused role into a pause rather than a rejection. */
  promise: Pattern;
  /** Words that place the message in a job search. */
  jobContext: Pattern;
  /** The weaker part of `jobContext` (application, applied…): other selections use these words too. */
  applicationWords: Pattern;
  /**
   * Job titles' head nouns (engineer, Entwickler, vendeur…): a bare title in a subject places a message in a job
   * search as surely as "position" does, but each counts half, as a manager or an adviser also writes other mail.
   */
  occupations: Pattern;
  /** Words of other selections (giveaways, beta programmes, admissions) that share the wording. */
  nonJobContext: Pattern;
  /** Someone else's application ("my application", "Jamie's application"): a decision about them is not news. */
  someoneElse: Pattern;
  /** The reader named as the one concerned; with it, someone else's name beside a decision does not matter. */
  reader: Pattern;
  /** The reader counted among those who go on ("candidates who, like you, stood out"): progress, not a no. */
  includesReader: Pattern;
  /** Verbs that report what someone else said ("the recruiter said they went with…"): told, not announced. */
  reported: Pattern;
  /** Mail to the hiring side or a referrer (a rejection notice about a candidate, a referral update). */
  hiringSide: Pattern;
  /** Right after a decision, it tells the decision as history ("we didn't move forward then, but…"). */
  pastDecision: Pattern;
  /**
   * Endings that complete a decision sentence cut off by a mail client's preview ("we have decided not to
   * proceed with…"): a cut sentence counts when one of them makes it a rejection. Each adds only a noun the
   * sentence already points at; "candidates" follows "other" and never supplies it.
   */
  completions: Completion[];
  /** Subjects that announce news about an application. */
  subjectUpdate: Pattern;
}
