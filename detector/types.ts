/** What the detector reads: one message, already stripped of page chrome. */
export interface MailInput {
  /** The sender as shown, e.g. `Jane Doe <jane@acme.com>` or just an address. */
  from: string;
  subject: string;
  /** Plain text of the body. Quoted history may still be inside; the detector ignores it. */
  text: string;
  /** The HTML body, when only HTML is at hand (text may then be empty). */
  html?: string;
}

export type MailKind =
  | 'rejection'
  | 'acknowledgement'
  | 'interview'
  | 'assessment'
  | 'offer'
  | 'alert'
  | 'withdrawal'
  | 'pause'
  | 'other';

export interface Verdict {
  rejection: boolean;
  /** Confidence that this is a rejection, 0–1. */
  score: number;
  kind: MailKind;
  /** The sentences that decided the verdict, as they stand in the message. */
  reasons: string[];
  company?: string;
  role?: string;
  /** The recruiter's full name, when the message gives it. */
  recruiter?: string;
  /** Where a reply should go (a person's address rather than a no-reply one). */
  replyTo?: string;
  /** BCP 47 primary language tag of the message, e.g. `en`. */
  language: string;
}
