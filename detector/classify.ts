import { withCheapBoundaries } from './boundary';
import { isConditionedAfter, isHypothetical, isNegated, isQuoted } from './clause';
import { lazyRegExp, type Pattern } from './lazy';
import { fold, LETTER, LETTER_OR_DIGIT, UPPER } from './letters';
import type { Family, PhraseSet, Signal } from './phrases/types';
import type { MailKind } from './types';

/**
 * Weighs the sentences of one message: which ones state a rejection as a fact about this candidate, which
 * ones show another kind of message (an invitation, an acknowledgement, a job alert…), and how sure we are.
 */

export interface Sentence {
  /** As it stands in the message. */
  text: string;
  /** The copy patterns run on: typographic apostrophes made straight, runs of spaces made one. */
  norm: string;
}

export interface Classification {
  kind: MailKind;
  score: number;
  reasons: string[];
  /**
   * Set when the message is surely no rejection of the reader, whatever its words: nothing places it in a job
   * search, it is a template, or it is written to the hiring side.
   */
  settled?: true;
}

export interface Context {
  /** The sender is an applicant tracking system or a job board. */
  viaPlatform: boolean;
  /** The sender's address is a hiring one (jobs@, careers@, recruiting@…). */
  hiringAddress: boolean;
  /** A person writes from their own address (taylor@…), as recruiters and founders do, not an office's. */
  personalAddress: boolean;
  /** Subject and sender name, searched for job context alongside the body. */
  subject: string;
  senderName: string;
  /** The sender's mail domain (paperplanelabs.io): words of it are the company's name, not the mail's topic. */
  senderDomain?: string;
}

interface Evidence {
  index: number;
  weight: number;
  family: Family;
  /** Read from the body's last sentence, cut short by a preview: alone, it needs mail plainly to the reader. */
  cut?: boolean;
}

/** Characters the matching copy spells otherwise: apostrophes, the ellipsis, and spaces other than the plain one. */
const RESPELLED = /[’‘`´…]|[^\S ]| {2}/;

/** Pairs a sentence with its matching copy; a typographic ellipsis is spelled out, as it ends a word. */
export function toSentence(text: string): Sentence {
  // Most sentences (a body's, whose lines have their spaces made one already) are their own copy.
  if (!RESPELLED.test(text)) return { text, norm: text };
  return {
    text,
    norm: text
      .replace(/[’‘`´]/g, "'")
      .replace(/…/g, '...')
      .replace(/\s+/g, ' '),
  };
}

type Acceptance = (text: string, at: number, set: PhraseSet) => boolean;

/**
 * A return the sender will not vouch for ("we can't say when or if it will reopen", "ob und wann"): whatever else
 * the message says of the hold ("frozen until the next funding round"), nothing is promised to the reader. "If and
 * when it reopens, we'll call" promises on a condition, so "si et quand" or "se e quando" are not read.
 */
const RETURN_DOUBTED =
  /\b(?:(?:when|if)\s+or\s+(?:if|whether)|(?:if|whether)\s+or\s+when|when,?\s+if\s+ever|(?:unable|not\s+able|not\s+in\s+a\s+position|can't|cannot|can\s+not)\s+(?:to\s+)?(?:say|confirm|tell|predict|know|guarantee)\s+(?:if|whether)|(?:don't|do\s+not|doesn't|does\s+not)\s+(?:yet\s+)?know\s+(?:if|whether)|(?:not\s+sure|unsure|uncertain)\s+(?:if|whether|(?:that\s+)?it(?:'ll|\s+will))|unlikely\s+to\s+(?:re-?open|resume|restart|return)|no\s+(?:plans?|timeline|timeframe|time\s+frame|date)\s+(?:to|for)\s+(?:re-?open|resum|restart|re-?advertis|re-?post)\w*|ob\s+und\s+wann|wann\s+und\s+ob|si\s+y\s+cuándo|cuándo\s+y\s+si|of\s+en\s+wanneer)\b/i;

function returnDoubted(sentences: Sentence[]): boolean {
  return sentences.some(({ norm }) => RETURN_DOUBTED.test(norm));
}

/** A match stated as a fact about the reader: neither conditional (before or after) nor quoted. */
const factual: Acceptance = (text, at, set) =>
  !isHypothetical(text, at, set) && !isConditionedAfter(text, at) && !isQuoted(text, at);
/** A cue stated as a fact: neither conditional nor negated. */
const stated: Acceptance = (text, at, set) => !isHypothetical(text, at, set) && !isNegated(text, at, set);
/** A promise holds in a condition too ("if the role reopens, we'll be in touch"), but not negated. */
const unnegated: Acceptance = (text, at, set) => !isNegated(text, at, set);

/**
 * The first match of `re` in `text` that `accept` agrees with. The test is passed, not made per sentence: a
 * closure for each sentence and pattern costs more than most of the matching.
 */
function findAccepted(
  re: Pattern,
  text: string,
  set: PhraseSet,
  accept: Acceptance,
): RegExpExecArray | undefined {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (accept(text, m.index, set)) return m;
    if (m[0] === '') re.lastIndex++;
  }
  return undefined;
}

function matches(re: Pattern, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

function distinctMatches(re: Pattern, text: string): string[] {
  re.lastIndex = 0;
  const seen = new Set<string>();
  for (let m = re.exec(text); m; m = re.exec(text)) {
    seen.add(m[0].toLowerCase());
    if (m[0] === '') re.lastIndex++;
  }
  return [...seen];
}

/**
 * How firmly the words place the message in a job search, given the job-context words found in it; "application"
 * alone counts half. A word and its plural ("solicitud", "solicitudes") count once.
 */
function jobWeight(jobWords: string[], text: string, set: PhraseSet): number {
  const found = [...jobWords, ...distinctMatches(set.applicationWords, text)];
  const singular = new Map(found.map((word) => [word.replace(/(?:es|s|en)$/, ''), word]));
  const words = new Set(singular.values());
  return [...words].reduce((sum, word) => sum + (matches(set.applicationWords, word) ? 0.5 : 1), 0);
}

/**
 * Lines of a status legend ("Not selected — we won't be moving forward") explain labels rather than announce a
 * decision. A line counts when a short label is followed by a dash and an explanation, or by a colon and a clause
 * addressed to the reader ("Status: Not selected" is a value, not a legend), and only when a message has two.
 */
const LEGEND_DASH = new RegExp(
  `^\\W{0,3}[${LETTER}][${LETTER_OR_DIGIT}'’ ]{0,40}?\\W{0,3}\\s*[—–-]\\s+\\S`,
  'u',
);
const LEGEND_COLON = lazyRegExp(() =>
  withCheapBoundaries(
    new RegExp(
      `^\\W{0,3}[${LETTER}][${LETTER_OR_DIGIT}'’ ]{0,40}?\\W{0,3}\\s*:\\s+.*\\b(?:we|you|your|our|wir|sie|ihre|nous|vous|votre|nosotros|te|tu|su|wij|je|u|uw|nós|você|sua)\\b`,
      'iu',
    ),
  ),
);

const LEGEND_MARK = /[—–:-]/;

function legendLines(sentences: Sentence[], bodyStart: number): Set<number> {
  const found = new Set<number>();
  sentences.forEach(({ norm }, index) => {
    // A subject ("Contract - DevOps") is no line of a legend, nor a line without a legend's dash or colon.
    if (index < bodyStart || !LEGEND_MARK.test(norm)) return;
    const label = norm.split(/\s*[—–:-]\s+/)[0] ?? '';
    if (label.split(/\s+/).length <= 4 && (LEGEND_DASH.test(norm) || LEGEND_COLON.test(norm)))
      found.add(index);
  });
  return found.size >= 2 ? found : new Set();
}

/** Merge fields such as "[Candidate name]" or "{{first_name}}": two of them make a template, not a message. */
const PLACEHOLDER = new RegExp(`\\[[${UPPER}][${LETTER} ]{1,30}\\]|\\{\\{\\s*[\\w.]+\\s*\\}\\}`, 'gu');

function isTemplate(text: string): boolean {
  return distinctMatches(PLACEHOLDER, text).length >= 2;
}

/** A preview stops inside running text: after a word in lower case or at an ellipsis, some words into a sentence. */
function isCutShort(norm: string): boolean {
  return /(?:\p{Ll}|[^.]\.\.\.)\s*$/u.test(norm) && /(?:\S+\s+){4}/.test(norm);
}

/**
 * Sentences inside a quotation that opens in an earlier sentence and closes in a later one: a forum post or a
 * reader's letter cited whole tells someone else's story.
 */
function quotedRuns(sentences: Sentence[]): Set<number> {
  const inside = new Set<number>();
  for (let i = 0; i < sentences.length; i++) {
    if (!isQuoted(sentences[i]?.norm ?? '', (sentences[i]?.norm ?? '').length)) continue;
    // A quotation still open where a preview cuts the body runs to its end.
    const last = Math.min(sentences.length, i + 8) - 1;
    for (let j = i + 1; j <= last; j++) {
      const norm = sentences[j]?.norm ?? '';
      if (!/["“”«»„]/.test(norm) && !(j === sentences.length - 1 && isCutShort(norm))) continue;
      for (let k = i + 1; k <= j; k++) inside.add(k);
      i = j;
      break;
    }
  }
  return inside;
}

/**
 * A decision that is not news for the reader: about someone else's application ("with Jamie's application"),
 * told as history ("we didn't move forward then, but we're hiring again"), or one the reader is part of
 * ("we'll continue with candidates who, like you, stood out").
 */
function notNews(norm: string, match: RegExpExecArray, set: PhraseSet): boolean {
  const end = match.index + match[0].length;
  if (matches(set.includesReader, norm.slice(end))) return true;
  if (matches(set.pastDecision, norm.slice(end, end + 80))) return true;
  const around = norm.slice(match.index, end + 80);
  return matches(set.someoneElse, around) && !matches(set.reader, around);
}

/**
 * Someone's report of a decision ("Maria told us the recruiter said they went with another candidate") without the
 * reader in it: news only in a message about the reader's own application, as an agency's relay is.
 */
function secondHand(norm: string, match: RegExpExecArray, set: PhraseSet): boolean {
  return matches(set.reported, norm.slice(0, match.index)) && !matches(set.reader, norm);
}

/** A rejection signal and where it is stated. */
interface Decision {
  signal: Signal;
  match: RegExpExecArray;
}

/**
 * The strongest rejection signal stated in `norm` as news for the reader, with its match: the caller reads where
 * the decision stands without running its pattern again.
 */
function strongestSignal(
  norm: string,
  set: PhraseSet,
  personal = true,
  accept: Acceptance = factual,
): Decision | undefined {
  const offTopic = matches(set.otherTopic, norm);
  let best: Decision | undefined;
  for (const signal of set.rejection) {
    if (offTopic && signal.family === 'not-forward') continue;
    if (best && best.signal.weight >= signal.weight) continue;
    const match = findAccepted(signal.re, norm, set, accept);
    if (match && !notNews(norm, match, set) && (personal || !secondHand(norm, match, set)))
      best = { signal, match };
  }
  return best;
}

/** Weights of a decision read from a sentence the preview cut: completed by an ending, or only begun. */
const CUT_WEIGHT = 0.7;
const BEGUN_WEIGHT = 0.55;

/**
 * The last sentence of a body cut short by a mail client ("we have decided not to proceed with…"): it counts when
 * one of the language's endings, after it or after its last (maybe partial) word, makes it a rejection, or, more
 * weakly, when a decision's start ("we will not be", "decided not to") stands among its last words.
 */
function cutDecision(sentences: Sentence[], set: PhraseSet): Evidence | undefined {
  const index = sentences.length - 1;
  const norm = (sentences[index]?.norm ?? '').trimEnd();
  if (index < 1 || !isCutShort(norm)) return undefined;
  if (matches(set.otherTopic, norm)) return undefined;
  const words = norm.replace(/\.{3,}$/, '').trimEnd();
  const shorter = words.replace(/\s*[^\s]+$/, '');
  const stems = [words, shorter, shorter.replace(/\s*[^\s]+$/, '')].filter((stem) => /\s/.test(stem));
  for (const stem of stems.slice(0, 2)) {
    for (const { after, ending } of set.completions) {
      if (after && !matches(after, stem)) continue;
      const found = strongestSignal(`${stem} ${ending}`, set)?.signal;
      if (found)
        return { index, weight: Math.min(found.weight, CUT_WEIGHT), family: found.family, cut: true };
    }
  }
  for (const stem of stems) {
    set.cutOff.lastIndex = 0;
    const begun = set.cutOff.exec(stem);
    if (begun && !isHypothetical(stem, begun.index, set))
      return { index, weight: BEGUN_WEIGHT, family: 'not-forward', cut: true };
  }
  return undefined;
}

/** An unfinished sentence whose end is a decision cut off by the mail client. */
function cutOffDecisions(sentences: Sentence[], set: PhraseSet): number[] {
  const out: number[] = [];
  sentences.forEach(({ norm }, index) => {
    if (/[.!?…:;)"'”]\s*$/.test(norm)) return;
    set.cutOff.lastIndex = 0;
    const m = set.cutOff.exec(norm);
    if (m && !isHypothetical(norm, m.index, set)) out.push(index);
  });
  return out;
}

/**
 * A job board handing on the employer's own reply to the reader's application ("De Bongerd heeft gereageerd op
 * je sollicitatie: \"…\""): the quotation is the news, not a citation.
 */
const RELAYED_REPLY = lazyRegExp(() =>
  withCheapBoundaries(
    /\b(?:(?:has|have)\s+(?:responded|replied)\s+to\s+your|(?:sent|left|has|have|shared)\s+(?:you\s+)?(?:an?\s+)?(?:update|message|note|reply|response)(?:\s+(?:about|on|regarding|for|to)\s+your|(?=:))|(?:note|message|update|reply)\s+from\s+(?:\S+\s+){1,5}?(?:about|on|regarding)\s+your|said\s+about\s+your\s+(?:application|candidacy)|heeft\s+(?:gereageerd|geantwoord)\s+op\s+(?:je|jouw|uw)|ha(?:t|ben)\s+(?:auf\s+(?:Ihre|deine)\s+Bewerbung\s+(?:\S+\s+){0,4}?)?(?:geantwortet|reagiert)|a\s+répondu\s+à\s+(?:votre|ta)|ha\s+respondido\s+a\s+(?:tu|su)|respondeu\s+(?:à|a)\s+(?:sua|tua)|(?:message|reply)\s+from\s+the\s+employer|bericht\s+van\s+(?:de\s+werkgever|het\s+bedrijf)|Nachricht\s+(?:vom|des|von\s+der)\s+(?:Arbeitgebers?|Unternehmens?|Firma)|message\s+de\s+l'(?:employeur|entreprise)|mensaje\s+de\s+la\s+empresa|mensagem\s+da\s+empresa)\b/i,
  ),
);

/** Stated as a fact, quotation marks or not: for a reply relayed whole. */
const unconditional: Acceptance = (text, at, set) =>
  !isHypothetical(text, at, set) && !isConditionedAfter(text, at);

function rejectionEvidence(
  sentences: Sentence[],
  { set, tables }: { set: PhraseSet; tables: PhraseSet },
  personal: boolean,
  bodyStart: number,
): Evidence[] {
  const found: Evidence[] = [];
  const legend = legendLines(sentences, bodyStart);
  const relayed = personal && sentences.some(({ norm }) => RELAYED_REPLY.test(norm));
  const quoted = relayed ? new Set<number>() : quotedRuns(sentences);
  const accept = relayed ? unconditional : factual;
  const paused = sentences.some(({ norm }) => findAccepted(set.pause, norm, set, stated));
  const promising = paused && !returnDoubted(sentences);
  sentences.forEach(({ norm }, index) => {
    // Questions ask, legends explain, quotations cite: none announces a decision.
    if (legend.has(index) || quoted.has(index) || /\?["'”)]*\s*$/.test(norm)) return;
    // A confirmed withdrawal is the candidate's decision, not the company's.
    if (findAccepted(set.withdrawal, norm, set, factual)) return;
    const strongest = strongestSignal(norm, set, personal, accept);
    const best = strongest?.signal;
    // "Due to a recruitment freeze we cannot proceed with this vacancy": a decision about the role, not the
    // reader, inside a pause is a hold.
    const decision = best && best.family !== 'on-hold' ? strongest.match : undefined;
    const promise = promising ? findAccepted(set.promise, norm, set, unnegated) : undefined;
    // A closed role promised to reopen in the same breath ("closed for now, but we expect to reopen it in Q3")
    // is a hold even when the sentence goes on to the reader.
    const reopens = best?.family === 'role-gone' && promise;
    // After "we've put hiring on hold", "so we can't move forward for now, but we'll get back to you in April" is
    // the same hold told again: the reader named in the promise is not the one the decision is about.
    const readerEnd = decision && promise && promise.index > decision.index ? promise.index : norm.length;
    const held =
      decision &&
      (reopens || !matches(set.reader, norm.slice(decision.index, readerEnd))) &&
      (promise || findAccepted(set.pause, norm, set, stated));
    if (best) found.push({ index, weight: best.weight, family: held ? 'on-hold' : best.family });
  });
  const cut = found.some((e) => e.index === sentences.length - 1)
    ? undefined
    : cutDecision(sentences, tables);
  if (cut && !legend.has(cut.index) && !quoted.has(cut.index)) found.push(cut);
  return found;
}

/** Sentences (outside rejection evidence) where a cue is stated as a fact, not negated or conditional. */
function cueSentences(re: Pattern, sentences: Sentence[], skip: Set<number>, set: PhraseSet): number[] {
  const out: number[] = [];
  sentences.forEach(({ norm }, index) => {
    if (skip.has(index)) return;
    if (findAccepted(re, norm, set, stated)) out.push(index);
  });
  return out;
}

const LOOKING_BACK = lazyRegExp(() =>
  withCheapBoundaries(
    /\b(?:thank|thanks|enjoyed|appreciate[ds]?|danke|dank|merci|remercions|gracias|agradec\w*|obrigad\w*|agradecemos|bedankt|bedanken)\b/i,
  ),
);

const THANKS_FOR_APPLYING =
  /^[^.;!?]{0,40}\bthank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:applying|your\s+(?:recent\s+)?application|your\s+interest)\b[^.;!?]{0,160}[.!]?$/i;

/**
 * The message speaks of the reader's own application (their CV, their portfolio, the rounds they went through), or
 * is a notice written to them ("we would like to inform you that…"): a job list below it is an aside, not the
 * point, and a filled role is news for the reader rather than a recruiter's opener.
 */
/** The closing test is spelled out: an ASCII `\b` after "postulé" finds no word end before a space. */
const PERSONAL_APPLICATION = lazyRegExp(() =>
  withCheapBoundaries(
    /\b(?:your (?:recent |job )?(?:application|candidacy|interest in|interview|cv|resume)|you (?:recently )?(?:applied|interviewed)|you(?:'ve| have) (?:put|invested) in|(?:time|effort) you (?:spent|invested|gave|put in) (?:with|on) us|(?:for|after) (?:interviewing|meeting|speaking) with (?:us|me|the team)|(?:sorry|news|this|that) (?:\w+ ){0,4}?after (?:two|three|four|five|several|multiple|all (?:the|those|these|your)) (?:rounds|interviews|stages)|you were (?:our|the|a|one of our) (?:\w+ ){0,2}?(?:candidates?|finalists?)|for applying|(?:for|appreciate) you applying|(?:thanks? (?:you )?(?:all |so much |again )?for|appreciate) (?:your interest|getting in touch)\b|thanks? (?:you )?(?:so much |again )?for (?:sending|forwarding|submitting|sharing) (?:over |through |in )?(?:us |me )?your\b|thanks? (?:you )?(?:so much |again )?for (?:the|your) (?:\w+ ){0,2}?(?:take-home|exercise|assignment|task|presentation|trial shift)\b|(?:like|wish|want|writing|regret|sorry) to (?:inform|advise|notify) you\b|ihre bewerbung|deine bewerbung|ihr interesse|dein interesse|beworben|votre candidature|ta candidature|votre intérêt|ton intérêt|postulé|tu candidatura|su candidatura|tu solicitud|su solicitud|tu postulación|su postulación|tu interés|su interés|postulaste|je sollicitatie|uw sollicitatie|jouw sollicitatie|gesolliciteerd|je interesse|uw interesse|sua candidatura|tua candidatura|seu interesse|se candidatou|seu currículo|participar do processo|sua participação|tua participação|votre participation|ta participation|su participación|tu participación|je deelname|uw deelname|ihre teilnahme|deine teilnahme|tu currículum|votre cv|ton cv|ihren lebenslauf|deinen lebenslauf|je cv|uw cv|(?:for|voor|für|pour|por|pelo|pela) (?:your|je|jouw|uw|ihr|ihren|dein|deinen|votre|ton|tu|su|seu|teu|sua|tua) (?:portfolio|portafolio|portfólio|cv|currículo|currículum|lebenslauf|hoja de vida|motivatiebrief|dossier de candidature)|teilen ihnen mit|teilen wir ihnen mit|ihnen mitteilen|dir mitteilen|nous vous informons|vous informer|vous annoncer|te informamos|le informamos|queremos informarle|informarle|informarte|wij laten u weten|laten we u weten|we laten je weten|willen u laten weten|informamos que|vimos informar|gostaríamos de informar|su asistencia|su entrevista|tu entrevista|votre entretien|ton entretien|je gesprek|uw gesprek|sua entrevista|seu contacto|seu contato|pelo contacto|pelo contato|ihre initiativbewerbung|deine initiativbewerbung)(?![\p{L}\p{N}_])/iu,
  ),
);

/**
 * A word glued into a longer name in the sender's domain is the company's name ("Paper Plane Labs" at
 * paperplanelabs.io), not the mail's topic; a domain part that is the word alone (admissions.example.edu) names
 * what the sender does.
 */
function inCompanyName(word: string, domain: string): boolean {
  const stem = word
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/s$/, '');
  if (stem.length < 4) return false;
  return domain
    .toLowerCase()
    .split(/[.-]/)
    .some((label) => label.includes(stem) && label.replace(/s$/, '') !== stem);
}

/** Families that choose between people, not between roles or dates. */
const CHOICE_OF_PEOPLE = new Set<Family>(['others', 'not-forward', 'not-selected']);

/** A choice told of others ("so they went with someone else") is a friend's news, not the sender's decision. */
const THIRD_PERSON = /\b(?:they|they're|they've|he|she|ils|elles?|ellos|ellas|zij|hij|eles|elas)\b/i;

/** A greeting to a group of colleagues ("Hi team", "Hallo zusammen", "Bonjour à tous"). */
const TO_COLLEAGUES =
  /^\W*(?:(?:hi|hello|hey|dear|morning|good\s+morning)\s+(?:team|all|everyone|everybody|folks|colleagues|all\s+staff)|all\s+staff|hallo\s+(?:zusammen|team|alle)|liebe\s+(?:kolleginnen|kollegen|alle)|liebes\s+team|bonjour\s+(?:à\s+tous|à\s+toutes|l'équipe)|chers\s+collègues|hola\s+(?:a\s+todos|equipo)|hallo\s+allemaal|beste\s+collega's|olá\s+(?:a\s+todos|equipe|pessoal))\b/i;

/** Words that greet a newcomer or a promotion in colleagues' news. */
const NEWCOMER =
  /\b(?:welcome|welcoming|joins?\s+(?:us|the\s+team)|joining\s+(?:us|the\s+team)|starts?\s+(?:on|next|this|in)|first\s+day|congratulat\w*|promotion|new\s+starter|willkommen|bienvenue|bienvenid\w*|welkom|bem-vind\w*)\b/i;

/**
 * A portal's notice that only says the status changed and where to read it ("The status of your application has
 * changed. Sign in to view it"): whatever the new status is, the message does not say it.
 */
const STATUS_CHANGED =
  /\b(?:status\s+of\s+(?:your|one\s+of\s+your)\s+applications?|your\s+application(?:'s)?\s+status)\b[^.;!?]{0,120}?\b(?:has|have)\s+(?:been\s+)?(?:changed|updated)\s*(?:[.!]|$)|\b(?:there\s+(?:is|has\s+been|have\s+been)|there's(?:\s+been)?)\s+(?:a|an)\s+(?:new\s+)?(?:change|update)\s+(?:to|in|on|regarding|about|for)\s+(?:the\s+status\s+of\s+)?(?:your|one\s+of\s+your)\s+applications?\b|\b(?:has|have)\s+updated\s+(?:the\s+status\s+of\s+your\s+application|your\s+application(?:'s)?\s+status)\s*(?:[.!]|$)|\b(?:an?\s+)?(?:change|update)s?\s+(?:has|have)\s+been\s+made\s+to\s+(?:the\s+status\s+of\s+)?your\s+application\b|\byour\s+application\b[^.;!?]{0,80}?\bhas\s+(?:been\s+updated|a\s+new\s+status)\s*(?:[.!]|$)/im;
/** The same notice in the five other languages ("Der Status Ihrer Bewerbung hat sich geändert", …). */
const STATUS_CHANGED_ELSEWHERE =
  /\b(?:status\s+(?:ihrer|deiner)\s+bewerbung|(?:ihr|dein)\s+bewerbungsstatus)\b[^.;!?]{0,120}?\b(?:hat\s+sich\s+(?:geändert|verändert)|wurde\s+(?:geändert|aktualisiert))|\bstatut\s+de\s+(?:votre|ta)\s+candidature\b[^.;!?]{0,120}?\ba\s+(?:été\s+)?(?:changé|modifié|mis\s+à\s+jour|évolué)|\bestado\s+de\s+(?:tu|su)\s+(?:candidatura|solicitud|postulaci[oó]n)[^.;!?]{0,120}?\b(?:ha\s+(?:sido\s+)?(?:cambiado|actualizado|modificado)|se\s+ha\s+(?:actualizado|modificado))|\bstatus\s+van\s+(?:je|jouw|uw)\s+sollicitatie\b[^.;!?]{0,120}?\bis\s+(?:gewijzigd|bijgewerkt|veranderd|aangepast)|\b(?:status|estado)\s+da\s+(?:sua|tua)\s+candidatura\b[^.;!?]{0,120}?\b(?:foi\s+(?:alterado|atualizado|actualizado)|mudou)|\bhouve\s+uma\s+(?:atualização|actualização|mudança)\s+n[oa]\s+(?:seu|teu|sua|tua)\s+(?:processo|candidatura)\b/i;
/** A status named in the notice ("New status: Not selected") is its news, read by the phrase tables. */
const STATUS_NAMED = /\b(?:status|statut|estado|estatus)\s*:\s*\S/i;
const SEE_PORTAL =
  /\b(?:sign|log)(?:\s+|-)?(?:in|on|into)\b|\b(?:candidate|applicant)\s+(?:home|portal|account|profile|dashboard)\b|\bcareers?\s+(?:site|portal|page)\b|\b(?:melden\s+(?:sie\s+sich|dich)\s+an|loggen\s+(?:sie\s+sich|dich)\s+ein|einloggen|anmelden|inloggen|(?:bewerber|kandidaten|karriere)portal|kandidatenportaal|mijn\s+omgeving|connectez-vous|connecte-toi|espace\s+candidat|portail\s+candidat|inici[ae]\s+sesi[oó]n|acced[ae]\s+a\s+(?:tu|su)|portal\s+del?\s+candidato|acesse\s+(?:a\s+)?(?:sua|tua)\s+conta|fa[cç]a\s+(?:o\s+)?login|portal\s+do\s+candidato)|[áa]rea\s+(?:de|del|do)\s+candidato/i;

/**
 * A hold followed by a sentence the preview cut as it began ("The position has been put on hold. Your application…"):
 * what it said of the reader, a promise or a closure, is lost. A kind closing left without its full stop ("We wish
 * you every success") is no such start. English wording.
 */
const BEGUN_SENTENCE = /^(?:your|you|we|we'(?:ll|ve|re|d)|once|until|should|if)\b(?:\s+[^\s.!?;:]+){0,5}$/i;
const KIND_CLOSING = /\b(?:wish|thanks?|luck|success|best|regards|hope|care|again)\b/i;

function trailsOff(sentences: Sentence[], evidence: Evidence[]): boolean {
  const index = sentences.length - 1;
  const norm = (sentences[index]?.norm ?? '').trim();
  return (
    !evidence.some((e) => e.index === index) &&
    /\p{Ll}$/u.test(norm) &&
    BEGUN_SENTENCE.test(norm) &&
    !KIND_CLOSING.test(norm)
  );
}

/** A subject answering an earlier message of the thread. */
const REPLY = /^\s*(?:re|aw|antw|sv)\s*:/i;

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Narrows a language's tables to the words of one message (see `./phrases/gate.ts`). */
export type Narrowing = (set: PhraseSet, foldedText: string) => PhraseSet;

/**
 * Weighs a message's sentences with a language's phrase tables, narrowed to the message's words first when a
 * `narrowing` is given (the same verdict, found in some half the time). In two steps, pausing (`yield`) once the
 * sentences' decisions are read: a page's first judgement reads them cold, and the rest (the other kinds of message,
 * the score) is a task of its own.
 */
export function* classifying(
  sentences: Sentence[],
  context: Context,
  tables: PhraseSet,
  narrowing?: Narrowing,
): Generator<void, Classification> {
  const allText = sentences.map((s) => s.norm).join('\n');
  const everything = `${context.subject}\n${context.senderName}\n${allText}`;
  // Every text read below is cut from these words; only a cut sentence's completions add words of their own.
  const set = narrowing ? narrowing(tables, fold(everything)) : tables;
  // The body, not a subject such as "Your application", tells whether the reader's own application is meant.
  const bodyStart = context.subject.trim() ? 1 : 0;
  const body = sentences.slice(bodyStart);
  const personal = PERSONAL_APPLICATION.test(body.map((s) => s.norm).join('\n'));
  const evidence = rejectionEvidence(sentences, { set, tables }, personal, bodyStart);
  yield;
  const decided = new Set(evidence.map((e) => e.index));
  const cues = (re: Pattern) => cueSentences(re, sentences, decided, set);
  const texts = (indices: number[]) => indices.slice(0, 3).map((i) => sentences[i]?.text ?? '');

  const occupations = distinctMatches(set.occupations, everything).length;
  const jobContextWords = distinctMatches(set.jobContext, everything);
  const jobWords =
    jobWeight(jobContextWords, everything, set) + 0.5 * occupations + (context.hiringAddress ? 1 : 0);
  // A person's name is no word of an award or a rental, whatever it reads ("Hollis Grant").
  const otherWords = distinctMatches(
    set.nonJobContext,
    context.personalAddress ? `${context.subject}\n${allText}` : everything,
  ).filter((word) => !inCompanyName(word, context.senderDomain ?? '')).length;
  // "Application" alone is shared by scholarships, rentals and hackathons: some word of a job must be there too.
  const specific =
    occupations > 0 ||
    context.hiringAddress ||
    context.personalAddress ||
    jobContextWords.some((word) => !matches(set.applicationWords, word));
  // A person writing from their own address that they chose someone else over the reader ("we went with someone
  // else for front of house") speaks of a job even when no word of one is there, unless a word of a sale, a room
  // or a party says what was chosen.
  const personChose =
    context.personalAddress &&
    otherWords === 0 &&
    evidence.some(
      (e) =>
        !e.cut &&
        e.weight >= 0.75 &&
        CHOICE_OF_PEOPLE.has(e.family) &&
        !THIRD_PERSON.test(sentences[e.index]?.norm ?? ''),
    );
  const jobContext = context.viaPlatform
    ? otherWords < 2
    : specific && (jobWords > otherWords || personChose);

  const withdrawal = cues(set.withdrawal);
  const offer = cues(set.offer);
  const assessment = cues(set.assessment);
  const interview = cues(set.interview);
  const alert = cues(set.alert);
  const acknowledgement = cues(set.acknowledgement);
  const openers = [
    ...cues(set.opener).filter((i) => !matches(set.otherTopic, sentences[i]?.norm ?? '')),
    ...cutOffDecisions(sentences, set),
  ];
  const soft = cues(set.softClose);
  const pause = cues(set.pause);
  const promised =
    sentences.some(({ norm }) => findAccepted(set.promise, norm, set, unnegated)) &&
    !returnDoubted(sentences);
  const subjectUpdate = matches(set.subjectUpdate, context.subject);
  // Written to an interviewer or a referrer: whoever was turned down, it was not the reader.
  const hiringSide = !personal && cueSentences(set.hiringSide, sentences, new Set(), set).length > 0;
  // "Hi team, the successful candidate has been appointed, please welcome Priya": news for colleagues, not an
  // answer to the reader.
  const toColleagues =
    !personal && body.slice(0, 2).some(({ norm }) => TO_COLLEAGUES.test(norm)) && NEWCOMER.test(allText);

  const progress: [MailKind, number[]][] = [
    ['offer', offer],
    ['assessment', assessment],
    ['interview', interview],
  ];
  const firstProgress = progress.find(([, found]) => found.length > 0);
  // "Thank you for applying" opens rejections as often as acknowledgements: it does not speak against one.
  const ackStated = (...besides: number[][]) =>
    acknowledgement.some(
      (i) => !besides.some((list) => list.includes(i)) && !THANKS_FOR_APPLYING.test(sentences[i]?.norm ?? ''),
    );
  const otherKind = (): Classification => {
    const pick = (kind: MailKind, found: number[]): Classification => ({
      kind,
      score: 0,
      reasons: texts(found),
    });
    if (!jobContext) return { ...pick('other', []), settled: true };
    if (withdrawal.length) return pick('withdrawal', withdrawal);
    if (pause.length && promised) return pick('pause', pause);
    if (alert.length && !personal) return pick('alert', alert);
    if (firstProgress) return pick(firstProgress[0], firstProgress[1]);
    if (alert.length >= 2) return pick('alert', alert);
    if (acknowledgement.length) return pick('acknowledgement', acknowledgement);
    return pick('other', []);
  };

  if (isTemplate(allText) || hiringSide || toColleagues)
    return { kind: 'other', score: 0, reasons: [], settled: true };
  if (evidence.length === 0) {
    // Soft and truncated rejections: the news is carried by an opener and a kind closing, nothing contradicts it.
    const onlyKindWords =
      jobContext &&
      otherWords === 0 &&
      !firstProgress &&
      !withdrawal.length &&
      !pause.length &&
      !alert.length;
    if (onlyKindWords && !ackStated(openers, soft) && openers.length && soft.length) {
      const score = 0.52 + (subjectUpdate ? 0.05 : 0) + (context.viaPlatform ? 0.03 : 0);
      const reasons = [...new Set([...openers, ...soft])].sort((a, b) => a - b);
      return { kind: 'rejection', score: round(score), reasons: texts(reasons) };
    }
    // Settled: the job words of a bare status notice would sway the learned likelihood, and the news is not in it.
    if (
      !openers.length &&
      !soft.length &&
      SEE_PORTAL.test(allText) &&
      (STATUS_CHANGED.test(allText) || STATUS_CHANGED_ELSEWHERE.test(allText)) &&
      !STATUS_NAMED.test(allText)
    )
      return { ...otherKind(), settled: true };
    return otherKind();
  }

  const ranked = [...evidence].sort((a, b) => b.weight - a.weight || a.index - b.index);
  const strongest = ranked[0]?.weight ?? 0;
  let score =
    strongest +
    0.05 * Math.min(2, evidence.length - 1) +
    (openers.length ? 0.05 : 0) +
    (soft.length ? 0.05 : 0) +
    (subjectUpdate ? 0.03 : 0) +
    (context.viaPlatform ? 0.02 : 0);
  const reasons = texts(ranked.map((e) => e.index));
  const fallback = otherKind();

  if (!jobContext) return { ...fallback, score: round(Math.min(score, 0.3) * 0.5) };
  // A cut preview alone decides only in mail to the reader about their application, and no acknowledgement.
  const toReader =
    personal || subjectUpdate || context.viaPlatform || context.hiringAddress || context.personalAddress;
  if (evidence.every((e) => e.cut) && (!toReader || ackStated()))
    return { ...fallback, score: round(Math.min(score, 0.4)) };
  if (withdrawal.length) return { ...fallback, score: round(Math.min(score, 0.3)) };
  // "The committee recommended another candidate. Your name has been placed on the waitlist at position 1": the
  // choice was of someone else, and the reader is kept in line for the same post.
  const readerHeld =
    promised &&
    pause.some((i) => matches(set.reader, sentences[i]?.norm ?? '')) &&
    evidence.every((e) => !matches(set.reader, sentences[e.index]?.norm ?? ''));
  if (readerHeld) return { ...fallback, kind: 'pause', score: round(Math.min(score, 0.3)) };
  const onlyHold = evidence.every((e) => e.family === 'on-hold');
  if (onlyHold && (promised || trailsOff(sentences, evidence)))
    return { ...fallback, kind: 'pause', score: round(Math.min(score, 0.3)) };
  const roleOnly = evidence.every((e) => e.family === 'role-gone' || e.family === 'on-hold');
  // A filled role is the reader's news only when the reader applied for it or a person answers the reader's
  // own mail about it; else it opens a recruiter's pitch.
  const answersReader = context.personalAddress && REPLY.test(context.subject);
  // A subject naming the reader's application outweighs the job list a board sends under the news.
  if (roleOnly && !personal && !subjectUpdate && (alert.length || !answersReader)) {
    const kind = alert.length ? 'alert' : 'other';
    return { kind, score: round(Math.min(score, 0.3)), reasons: texts(alert) };
  }
  // Thanks for past steps ("thank you for interviewing with us") are not progress beside a rejection.
  const forward = firstProgress?.[1].filter((i) => !LOOKING_BACK.test(sentences[i]?.norm ?? '')) ?? [];
  if (firstProgress && forward.length) {
    // "This role is filled, but we'd like to talk about another one": a rejection for this role, held less surely.
    // An offer that follows the no ("…, but we'd love to offer you the Deputy role") is the news itself; praise
    // before it ("Congratulations on reaching this stage") is only a kind opening.
    const firstDecision = Math.min(...evidence.map((e) => e.index));
    const offerAfter = firstProgress[0] === 'offer' && forward.some((i) => i > firstDecision);
    if (strongest >= 0.7 && !offerAfter) score = clamp(score - 0.25, 0.5, 0.65);
    else
      return { kind: firstProgress[0], score: round(Math.min(score, 0.4)), reasons: texts(firstProgress[1]) };
  }
  return { kind: 'rejection', score: round(clamp(score, 0, 0.99)), reasons };
}
