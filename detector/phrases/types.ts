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
  /** Words of other selections (giveaways, beta programmes, admissions) that share the wording. */
  nonJobContext: Pattern;
  /** Subjects that announce news about an application. */
  subjectUpdate: Pattern;
}
