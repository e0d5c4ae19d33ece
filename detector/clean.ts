/**
 * Separates what the sender wrote in this message from what merely travels with it: quoted or forwarded
 * history, the signature and the footer. Only the message itself may decide a verdict; the signature is kept
 * apart because it names the recruiter and the company.
 */
import { LETTER, UPPER } from './letters';

export interface CleanBody {
  /** The message's own words, line breaks kept. */
  body: string;
  /** The signature block's lines (after "-- " or a closing such as "Best regards,"), footer lines removed. */
  signature: string[];
}

/**
 * "On Mon, 3 Jun 2024, Jane <jane@acme.com> wrote:" and its equivalents in the languages we read. Optional parts
 * never sit side by side over the same characters (`(?:\s*:)?\s*`, not `\s*:?\s*`): a line of spaces would
 * otherwise be tried in every split, its length squared.
 */
const ATTRIBUTION_END =
  /(?:wrote|schrieb|a écrit|escribió|escribio|schreef|escreveu|ha scritto)(?:\s*:)?\s*$/i;
const ATTRIBUTION_VERB = /\b(?:wrote|schrieb|a écrit|escribió|schreef|escreveu|ha scritto)\b/i;
const ATTRIBUTION_START = /^(?:On|Am|Le|El|Op|Em|Il)\s/;

const HISTORY_MARKER =
  /^[\s*]*(?:(?:-{2,}|_{2,})\s*)?(?:original message|forwarded message|ursprüngliche nachricht|weitergeleitete nachricht|message d['’]origine|message transféré|mensaje original|mensaje reenviado|oorspronkelijk bericht|doorgestuurd bericht|mensagem original|mensagem encaminhada)\b|^\s*begin forwarded message\s*:/i;

/** The first line of an Outlook-style header block ("From: … / Sent: …"). */
const HEADER_FROM = /^[\s*]*(?:from|von|de|van)\s*:/i;
const HEADER_FIELD =
  /^[\s*]*(?:sent|date|to|cc|subject|gesendet|datum|an|betreff|envoyé|à|objet|enviado|fecha|para|asunto|verzonden|aan|onderwerp|assunto|data)\s*:/i;

/** Whole-line closings; what follows belongs to the signature. */
const CLOSING =
  /^(?:(?:best|kind|warm|warmest|many|with best|with kind|kindest)\s+(?:regards|wishes)|regards|best|sincerely|sincerely yours|yours sincerely|yours truly|yours faithfully|respectfully|cheers|thanks|thank you|thanks again|many thanks|all the best|all best|warmly|take care|mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|viele grüße|beste grüße|liebe grüße|herzliche grüße|cordialement|bien cordialement|bien à vous|salutations|sincères salutations|saludos|saludos cordiales|un saludo|atentamente|cordialmente|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|hartelijke groet(?:en)?|groeten|atenciosamente|abraços|cumprimentos|melhores cumprimentos)\s*[,.!]?\s*(.*)$/i;

/** A name on the closing's own line, as in "Best, Jane Doe". */
const NAME_ON_CLOSING_LINE = new RegExp(
  `^[${UPPER}][${LETTER}'’.-]*(?:\\s+[${UPPER}][${LETTER}'’.-]*){0,3}$`,
  'u',
);

/** Footer lines; a line shorter than every phrase ("opt-out") can only be one through the © sign. */
const FOOTER =
  /unsubscribe|opt[ -]out|privacy (?:policy|notice|statement)|this (?:e-?mail|message) (?:was|is being|has been) sent|you (?:are )?receiv(?:ed|ing) this (?:e-?mail|message|notification)|all rights reserved|©|manage (?:your )?(?:e-?mail |notification )?(?:preferences|notifications|settings|subscriptions)|view (?:this e-?mail |it )?in (?:your |a )?browser|terms of (?:service|use)|do not reply to this (?:e-?mail|message)|this (?:e-?mail|message) (?:and any attachments )?(?:is|may be) (?:confidential|intended)|datenschutz|abmelden|abbestellen|désinscri|désabonner|confidentialité|darse de baja|cancelar (?:la )?suscripción|privacidad|afmelden|uitschrijven|descadastrar|cancelar inscrição|privacidade/i;

/** Where the sentence of a footer phrase starts inside a paragraph ("… moving forward. This message was sent from…"). */
const SENTENCE_END = /[.!?]["')\]]*\s+(?=\S)/g;

/**
 * A line without its footer: none when the footer opens it, the sentences before it when a client has run the
 * message and its footer into one paragraph (a decision must not be dropped with the footer it runs into).
 */
function withoutFooter(line: string): string | undefined {
  if (line.length < 7) return line.includes('©') ? undefined : line;
  const footer = FOOTER.exec(line);
  if (!footer) return line;
  let keep = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(line); m && m.index < footer.index; m = SENTENCE_END.exec(line))
    keep = m.index + m[0].length;
  return keep > 0 ? line.slice(0, keep).trimEnd() : undefined;
}

function isAttribution(line: string, next: string | undefined): boolean {
  if (line.length > 400) return false;
  if (ATTRIBUTION_END.test(line) && (ATTRIBUTION_START.test(line) || /@|\d/.test(line))) return true;
  // German and Dutch clients put the verb before the name: "Am 3. Juni 2024 schrieb Jane <jane@acme.com>:".
  if (ATTRIBUTION_START.test(line) && ATTRIBUTION_VERB.test(line) && /:\s*$/.test(line)) return true;
  // Clients wrap long attributions over two lines.
  return (
    next !== undefined && ATTRIBUTION_START.test(line) && next.length < 200 && ATTRIBUTION_END.test(next)
  );
}

function isHeaderBlock(lines: string[], at: number): boolean {
  if (!HEADER_FROM.test(lines[at] ?? '')) return false;
  for (let k = at + 1; k < Math.min(lines.length, at + 5); k++) {
    if (HEADER_FIELD.test(lines[k] ?? '')) return true;
  }
  return false;
}

/** Index of the first line of quoted or forwarded history, or the line count when there is none. */
function historyStart(lines: string[]): number {
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at] ?? '';
    // Every marker, attribution and header is longer: hostile bodies of blank or one-letter lines stay cheap.
    if (line.length < 3) continue;
    if (HISTORY_MARKER.test(line) || isAttribution(line, lines[at + 1]) || isHeaderBlock(lines, at))
      return at;
    if (/^_{8,}\s*$/.test(line) && isHeaderBlock(lines, at + 1)) return at;
  }
  return lines.length;
}

interface SignatureSplit {
  at: number;
  /** Signature text found on the closing line itself ("Best, Jane"). */
  inline?: string;
}

function signatureStart(lines: string[]): SignatureSplit | undefined {
  for (let at = 1; at < lines.length; at++) {
    const line = (lines[at] ?? '').trim();
    if (line === '--' || line === '-- ' || line === '—') return { at };
    // The shortest closing is "best".
    if (line.length > 60 || line.length < 4) continue;
    const closing = CLOSING.exec(line);
    if (!closing) continue;
    const rest = (closing[1] ?? '').trim();
    if (rest === '') return { at };
    if (NAME_ON_CLOSING_LINE.test(rest)) return { at, inline: rest };
  }
  return undefined;
}

/** Any character {@link normalizeText} changes: most mail has none, and is read once rather than three times. */
const UNNORMAL = /[\r\u200b-\u200d\u2060\ufeff\u00ad\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/;

export function normalizeText(text: string): string {
  if (!UNNORMAL.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ');
}

/** A name block closing the message without a closing word ("Ben Aldridge / Founder, Harbor & Main"). */
function trailingNameBlock(lines: string[]): SignatureSplit | undefined {
  let end = lines.length;
  while (end > 0 && (lines[end - 1] ?? '').trim() === '') end--;
  let start = end;
  while (start > 0 && (lines[start - 1] ?? '').trim() !== '') start--;
  const block = lines.slice(start, end).map((line) => line.trim());
  if (start === 0 || block.length === 0 || block.length > 4) return undefined;
  if (block.some((line) => line.length > 60 || /[.!?;]$/.test(line))) return undefined;
  return NAME_ON_CLOSING_LINE.test(block[0] ?? '') ? { at: start - 1 } : undefined;
}

/**
 * A short note that hands on someone else's answer to the reader: an agency's "see below from the client". The
 * forwarded message is then the news; a reader forwarding their own mail to a friend writes no such note.
 */
const RELAY_NOTE =
  /\b(?:(?:see|read)\s+(?:below|the\s+(?:note|email|message|reply)\s+below)|below\s+from|(?:feedback|reply|response|answer)\s+from\s+(?:the|our|my)\s+client|from\s+the\s+(?:client|hiring\s+manager)|siehe\s+unten|(?:Rückmeldung|Feedback|Antwort)\s+(?:des|vom|unseres)\s+Kunden|voir\s+ci-dessous|(?:retour|réponse)\s+(?:du|de\s+notre)\s+client|ver\s+abajo|(?:respuesta|comentarios)\s+del\s+cliente|zie\s+hieronder|(?:reactie|terugkoppeling)\s+van\s+de\s+(?:klant|opdrachtgever)|veja\s+abaixo|(?:retorno|resposta)\s+do\s+cliente)\b/i;
const LONGEST_RELAY_NOTE = 400;
const FORWARD_MARKER =
  /^[\s*]*(?:(?:-{2,}|_{2,})\s*)?(?:forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|doorgestuurd bericht|mensagem encaminhada)\b|^\s*begin forwarded message\s*:/i;

/**
 * A forward the reader keeps for themself: sent without a note, with a note to self ("sending this to my personal
 * inbox"), or of mail its header shows was addressed to the reader ("To: me", as Gmail writes it). A friend's own
 * rejection forwarded with a chat note stays theirs.
 */
const SELF_NOTE =
  /\b(?:my\s+(?:personal|own|other|private|work|main)\s+(?:inbox|e-?mail|account|address)|for\s+my\s+(?:records|files|reference)|so\s+I\s+(?:have|keep|don't\s+lose)\s+it|note\s+to\s+self)\b/i;
const TO_READER = /^[\s*]*(?:to|an|à|para|aan)\s*:\s*me\s*$/i;

function keptForSelf(note: string, lines: string[], at: number): boolean {
  if (note.trim() === '' || SELF_NOTE.test(note)) return true;
  for (let k = at + 1; k < Math.min(lines.length, at + 8); k++)
    if (TO_READER.test(lines[k] ?? '')) return true;
  return false;
}

/** The name a message greets first ("Hi Rachel," / "Dear Ms. Osei"), lower-cased. */
const GREETING = new RegExp(
  `^\\s*(?:hi|hello|hey|dear|hiya|good\\s+(?:morning|afternoon)|hallo|liebe[rs]?|sehr\\s+geehrte[rs]?|bonjour|salut|ch[èe]re?|hola|estimad[oa]|querid[oa]|beste|geachte|ol[áa]|prezad[oa]|car[oa])\\s+(?:(?:mr|mrs|ms|miss|dr|herr|frau|m|mme|sr|sra|dhr|mevr)\\.?\\s+)?([${UPPER}][${LETTER}'’-]+)`,
  'iu',
);

/** Greetings to anyone ("Dear Candidate", "Hi there") name no one. */
const ANYONE =
  /^(?:there|all|team|everyone|everybody|folks|friend|friends|candidate|applicant|sir|madam|colleague|colleagues)$/i;

function greetedName(lines: string[]): string | undefined {
  const first = lines.find((line) => line.trim() !== '');
  const name = first === undefined ? undefined : GREETING.exec(first)?.[1];
  return name && /^\p{Lu}/u.test(name) && !ANYONE.test(name) ? name.toLowerCase() : undefined;
}

/**
 * A colleague passing on the answer to the reader ("Hi Rachel, forwarding this from our HR person") greets the
 * same person the forwarded message does: it was written to the reader either way.
 */
function sameAddressee(note: string[], forwarded: string[]): boolean {
  const name = greetedName(note);
  return name !== undefined && name === greetedName(forwarded);
}

/** The words of a forwarded message below `at`, its header block and its own history left out. */
function forwardedText(lines: string[], at: number): string[] {
  const isHead = (line: string) => line.trim() === '' || HEADER_FROM.test(line) || HEADER_FIELD.test(line);
  let start = at + 1;
  while (start < lines.length && isHead(lines[start] ?? '')) start++;
  const rest = lines.slice(start);
  const forwarded = rest.slice(0, historyStart(rest)).filter((line) => !/^\s*>/.test(line));
  const split = signatureStart(forwarded) ?? trailingNameBlock(forwarded);
  return split ? forwarded.slice(0, split.at) : forwarded;
}

export function cleanBody(text: string): CleanBody {
  const all = normalizeText(text).split('\n');
  const historyAt = historyStart(all);
  const own = all.slice(0, historyAt).filter((line) => !/^\s*>/.test(line));
  const split = signatureStart(own) ?? trailingNameBlock(own);
  const ownLines = split ? own.slice(0, split.at) : own;
  const note = ownLines.join('\n');
  const forwarded =
    historyAt < all.length && FORWARD_MARKER.test(all[historyAt] ?? '') ? forwardedText(all, historyAt) : [];
  const relayed =
    forwarded.length > 0 &&
    note.length <= LONGEST_RELAY_NOTE &&
    (RELAY_NOTE.test(note) || keptForSelf(note, all, historyAt) || sameAddressee(ownLines, forwarded));
  const bodyLines = relayed ? [...ownLines, '', ...forwarded] : ownLines;
  const signatureLines = split ? [split.inline ?? '', ...own.slice(split.at + 1)] : [];
  // A footer phrase stands within a line: where the whole holds none, no line has a footer to drop.
  const whole = bodyLines.join('\n');
  return {
    body: (FOOTER.test(whole)
      ? bodyLines.flatMap((line) => withoutFooter(line) ?? []).join('\n')
      : whole
    ).trim(),
    signature: signatureLines
      .filter((line) => withoutFooter(line) === line)
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  };
}
