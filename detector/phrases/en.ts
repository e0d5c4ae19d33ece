import { any, clauseGap, gap, raw, rx, signal } from './build';
import type { PhraseSet } from './types';

/*
 * English, built from parts: who is rejected (you, your application), what does not happen to them
 * (a progress verb under negation), and what the company did instead (other candidates, a filled role).
 * Apostrophes are normalised to ' before matching.
 */

const CONJUNCTION = any(
  'but',
  'and',
  'so',
  'yet',
  'though',
  'although',
  'however',
  'while',
  'because',
  'if',
  'or',
);
const WORDS = (n: number) => clauseGap(n, CONJUNCTION);
/** Verbs that say what something means, which a denial puts before a decision ("this doesn't mean…"). */
const MEANING = any('mean', 'means', 'imply', 'implies');

/** Negations that reverse a progress verb. The lookahead skips "can't wait", "don't hesitate" and the like. */
const NEG = raw`${any(
  raw`\bnot\b`,
  `n't\\b`,
  raw`\bno\s+longer\b`,
  raw`\bunable\s+to\b`,
  raw`\bcannot\b`,
  raw`\bdecided\s+against\b`,
  raw`\bhold(?:ing)?\s+off\s+on\b`,
  raw`\bnever\b`,
)}(?!\s+(?:wait|hesitate|only|just|yet|forget|worry|mind|miss|sure|least|be\s+shy|always|guarantee|mean|imply|necessarily|constitute|represent)\b)`;

const APPLICATION = any(
  'application',
  'candidacy',
  'candidature',
  'profile',
  'cv',
  'resume',
  'résumé',
  'submission',
  'materials',
  'documents',
  // A freelancer's or a consultant's answer to a call: "your proposal was not successful on this occasion". A
  // supplier's tender or bid is no job.
  'proposal',
);
const ROLE_NOUN = any(
  'position',
  'role',
  'job',
  'vacancy',
  'opening',
  'opportunity',
  'requisition',
  'post',
  'posting',
  'req',
  'spot',
  'slot',
  'apprenticeship',
  'traineeship',
  'internship',
  'placement',
  'gig',
  // A federal "vacancy announcement".
  'announcement',
);
/** Work a freelancer or a consultant bids for, given to someone else as a role is: "the contract has been awarded to…". */
const ENGAGEMENT = any(
  'contract',
  'tender',
  'commission',
  'engagement',
  'consultancy',
  'assignment',
  'brief',
  'project',
);
/** Job titles' head nouns: a bare title places a message in a job search, and names whom a small employer takes on. */
const OCCUPATION = raw`(?:engineer|developer|designer|tutor|manager|analyst|marketer|accountant|specialist|coordinator|consultant|assistant|associate|scientist|researcher|nurse|technician|administrator|representative|executive|officer|director|intern|architect|programmer|copywriter|writer|editor|producer|teacher|lecturer|clerk|cashier|barista|driver|operator|supervisor|adviser|advisor|recruiter|strategist|paralegal|pharmacist|therapist|electrician|mechanic|chef|cook|receptionist|bookkeeper|auditor|controller|planner|buyer|merchandiser|tester|trainee|apprentice|fellow|artist|instructor|(?:vet|veterinary|pharmacy|lab|hvac|surgical|dental|field|service|maintenance|repair)\s+tech|farmhand|dishwasher|hygienist|machinist|welder|carpenter|joiner|roofer|bricklayer|plasterer|glazier|tiler|scaffolder|decorator|landscaper|gardener|groundskeeper|upholsterer|fitter|installer|hairdresser|barber|stylist|bartender|foreman|surveyor|estimator|dispatcher|plumber|translator|interpreter|freelancer|temp|staff|tasker|courier|rider|carer|caregiver|labou?rer|waiter|waitress|porter|nanny|childminder|babysitter|au\s+pair|cleaner|housekeeper|picker|packer|steward|stewardess|deckhand|lifeguard|practitioner|handler|solicitor|lawyer|attorney|midwife|paramedic|curator|shopper|operative|(?:ground|care|support|social|youth|farm|factory|warehouse|site|kitchen|retail)\s*worker|(?:team|shift|room|group|section|crew)\s+lead(?:er)?)`;
/** Whom a small employer knows already: "my cousin's mate", "our neighbour's son". */
const RELATION = raw`(?:cousin|nephew|niece|brother|sister|son|daughter|mate|buddy|pal|friend|neighbou?r|relative|uncle|aunt|brother-in-law|sister-in-law|son-in-law|daughter-in-law|family\s+friend)s?`;
/** How small employers name the person they took instead: "we went with another girl", "took on a lad". */
const CASUAL_PEOPLE_WORDS = raw`(?:person|lad|lass|girl|guy|bloke|chap|fella|woman|man)s?`;
const CASUAL_PEOPLE = raw`${CASUAL_PEOPLE_WORDS}\b`;
const CANDIDATES = any(
  'candidates?',
  'applicants?',
  'individuals?',
  'persons?',
  'people',
  'profiles?',
  'finalists?',
  'talent',
  'colleagues?',
  'hires?',
  'participants?',
  // A graduate scheme's or an internship's field: "moving forward with other students whose coursework…".
  'students?',
  'graduates?',
  CASUAL_PEOPLE_WORDS,
);

/** What a negated progress verb must be about, so "we can't proceed with the call today" stays out. */
const ABOUT_CANDIDACY = raw`(?=[^.;!?]{0,60}?${any(
  raw`\byou\b`,
  raw`\byours?\b`,
  raw`\bcandidacy\b`,
  raw`\bcandidature\b`,
  raw`\bapplication\b`,
  raw`\b(?:next|further|following|final|subsequent|onsite|on-site|second|third|later|interview)\s+(?:stage|step|round|phase|interview)`,
  raw`\bwith\s+it\b`,
  // "won't be moving forward with any candidates": the search ends for everyone, the reader too.
  raw`\bwith\s+any\s+(?:of\s+the\s+)?(?:candidates|applicants)\b`,
  raw`\bit\s*(?:[.!,;]|$)`,
  raw`\b(?:outside|external|other)\s+(?:candidates|applicants)\b`,
  raw`\b(?:right\s+now|for\s+now|currently|because|since|due\s+to)\b`,
  raw`\bfurther\b`,
  raw`\bat\s+(?:this|the\s+moment|present|that)\b`,
  raw`\bthis\s+time\b`,
  raw`\b(?:this|the|that)\s+(?:role|position|opportunity|vacancy|job|process|opening)\b`,
  // "not to move forward with an offer for the Product Manager, Reality Labs role", "… to the onsite".
  raw`\ban\s+offer\b`,
  // "… moving forward to the hiring manager interview".
  raw`\bto\s+(?:the|a|an)\s+(?:\w+\s+){0,3}?(?:interviews?|stage|round)\b`,
  raw`\b(?:this|the|that|your)\s[^.;!?]{0,40}?\b(?:role|position|vacancy|opening)\b`,
  raw`\bthe\s+(?:onsite|on-site|final\s+round|next\s+round|panel)(?:\s+(?:stage|round|step|though|then|after\s+all))?\s*(?:[.!,;]|$)`,
)}|\s*(?:[.!,;]|$))`;

/** A role closed now, not a closing date ahead ("we're closing the vacancy on Friday", "… to new applications"). */
const CLOSING_NOW = raw`(?!\s+(?:to|on|at|by|this|next|in|early|soon|tomorrow|today|tonight|for)\b)(?![^.;!?]{0,40}?\b(?:deadline|closing\s+date|midnight|\d+)\b)`;

/** A step waiting on something ("we can't proceed with an offer until your references are back") is no decision. */
const NOT_YET = raw`(?![^.;!?]{0,60}?\b(?:until|till|unless|before|once|without)\b)`;
/**
 * The same wait for a verb that names its object ("we can't consider yours until you upload a CV"); "without" there is
 * a lasting bar ("unable to offer you the role without a work permit"), and so is a wait for the reader's next
 * application ("we can't take you on, but you're welcome to apply once you've held a licence for two years").
 */
const NOT_UNTIL = raw`(?![^.;!?]{0,60}?\b(?<!\b(?:apply|re-?apply|again)\s)(?:until|till|unless|once(?!\s+again))\b)`;

/**
 * A step to do again ("your CV wasn't successful this time, please try again") is an upload's failure, not a no;
 * "please try again next year" invites a new application.
 */
const NOT_A_RETRY = raw`(?![^.;!?]{0,40}?\b(?:(?:please\s+)?try\s+(?:again\s+(?:later|now|shortly|in\s+a\s+(?:few|moment|minute))|uploading|attaching|sending)|please\s+try\s+again(?!\s+(?:next|in\s+(?:the\s+)?future|for|when|with|another|in\s+\d))|retry|resubmit|re-?upload|re-?send)\b)`;

/**
 * What will happen to whoever fits ("candidates whose experience closely matches the brief will be invited to
 * interview"): a rule of the process, not a choice made.
 */
const RULE_FOR_WHOEVER = raw`(?![^.;!?,]{0,80}?\b(?:will|would|may|might|shall)\s+(?:then\s+)?be\s+(?:invited|contacted|shortlisted|considered|asked|selected|progressed|notified|moved|taken))`;

/** Word still to come to those chosen ("…, and successful candidates will hear from us this week"): not yet a no. */
const NO_WORD_YET = raw`(?![^.;!?]{0,80}?\b(?:will|shall|'ll)\s+(?:now\s+|shortly\s+|soon\s+)?(?:be\s+)?(?:contact|notif|hear|in\s+touch|let|inform|writ)\w*)`;

/** A choice told as the reader's good news ("a selection has been made, and we are pleased to invite you…"). */
const NOT_INVITED = raw`(?![^.;!?]{0,100}?\b(?:pleased|delighted|happy|excited|invite|invited|inviting|congratulations)\b)`;

/** Progress verbs that say nothing about whom they concern: "we will not be proceeding" needs a candidacy near. */
const BARE_PROGRESS_VERB = any(
  raw`mov(?:e|ing)\s+(?:forward|ahead|on)`,
  // "We won't be moving to the next round": the stage that follows names what is refused.
  raw`mov(?:e|ing)\s+(?:on\s+)?(?=to\s+the\s+(?:next|final|following)\b)`,
  'proceed(?:ing)?',
  'progress(?:ing)?',
  'advanc(?:e|ing)',
  raw`continu(?:e|ing)\s+(?:with|to\s+(?:consider|pursue|progress|move))`,
  'pursu(?:e|ing)',
  // "Not hiring" alone speaks of the company, not the reader: see the role-gone signal below.
  raw`(?:hir(?:e|ing)|fill(?:ing)?)(?=\s+(?:you|your|for\s+(?:this|the|that)\s+(?:role|position|vacancy|post|opening|job))\b)`,
  raw`go(?:ing)?\s+ahead`,
);

/** A time that makes "nobody" or "nothing" this job's answer: "we don't need anyone at the moment". */
const NOW = raw`(?:\s+(?:else|now|right\s+now|at\s+the\s+(?:moment|minute)|at\s+present|for\s+now|this\s+(?:time|season|year|summer)))?`;
const NOBODY_NOW = raw`(?:anyone|anybody)${NOW}(?=\s*(?:[.!,;]|$))`;

/** A step refused for one day ("we can't bring you in for the second interview on Thursday") is a scheduling matter. */
const NOT_THAT_DAY = raw`(?![^.;!?]{0,40}?\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight)\b)`;
/** Places of a timetable ("Monday's places have all gone, but Tuesday is free for your interview"), not of a team. */
const NOT_A_TIME = raw`(?![^.;!?]{0,60}?\b(?:interviews?|calls?|meetings?|chats?|assessments?|sessions?|open\s+days?|webinars?|events?)\b)`;
/** The same said before the noun: "interview spots", "Monday's places". */
const NOT_A_TIME_BEFORE = raw`(?<!\b(?:interview|call|meeting|assessment|session|test|exam|\w+day's|morning|afternoon|evening)\s)`;
/** Left out of the first wave only ("you're not among the first group we'll interview"): the reader may still go on. */
const NOT_FIRST_GROUP = raw`(?!\s+(?:the|our)\s+(?:first|initial|earliest)\b)`;

/** Progress verbs that carry their object: "not offer you a place", "not move you forward". */
const PROGRESS_VERB_WITH_OBJECT = any(
  raw`mov(?:e|ing)\s+(?:you|it|this|your\s+\w+(?:\s+\w+)?)\s+(?:forward|ahead|on)`,
  raw`(?:progress|advanc)(?:e|ing)?\s+(?:you|your\s+\w+)`,
  raw`tak(?:e|ing)\s+(?:you|yours|it|this|things|applications|your\s+\w+|your\s+\w+\s+\w+)\s+(?:any\s+)?(?:further|forward)`,
  // "taking you through to the next stage", "bring you in for a final interview", "move you on to round two".
  raw`(?:tak|bring|carry|send|put|mov|progress|advanc|invit|pass)\w*\s+(?:you|your\s+\w+(?:\s+\w+)?)\s+(?:\w+\s+){0,2}?(?:through|on|in|into|to|forward|back)\s+(?:to\s+|for\s+)?(?:the\s+|a\s+|an\s+|our\s+)?(?:next|second|third|final|further|following|later|interview|onsite|on-site|assessment|shortlist|trial)\b${NOT_THAT_DAY}`,
  // "We won't be asking you back for the second interview", "… asking you to the final round"; not a missed phone
  // call ("couldn't call you on the next…").
  raw`(?:ask\w*\s+you\s+(?:(?:back|in)\s+)?|call\w*\s+you\s+(?:back|in)\s+)(?:to\s+|for\s+)?(?:the\s+|a\s+|an\s+|our\s+)?(?:next|second|third|final|further|following|later|interview|onsite|on-site|assessment|shortlist|trial)\b${NOT_THAT_DAY}`,
  raw`invit(?:e|ing)\s+you`,
  // A panel's formal no: "the interview panel did not recommend you for appointment".
  raw`recommend(?:ing)?\s+you\s+for\s+(?:appointment|hire|employment|selection|the\s+(?:\w+\s+)?(?:role|post|position|next))\b`,
  // "Decided not to schedule an interview", not "we haven't scheduled an interview yet".
  raw`(?:schedul|arrang|book)(?:e|ing)\s+(?:you\s+(?:for\s+|in\s+)?)?an?\s+(?:\w+\s+)?interview(?![^.;!?]{0,40}?\byet\b)`,
  raw`(?:bring|bringing)\s+you\s+(?:on(?:board)?|in|aboard)\b`,
  raw`(?:call|calling)\s+you\s+in\b`,
  raw`(?:take|taking)\s+you\s+on\b`,
  raw`mak(?:e|ing)\s+(?:you\s+)?an?\s+offer`,
  raw`(?:includ|involv)(?:e|ing)\s+you`,
  raw`put(?:ting)?\s+you\s+forward`,
  // A verb, not the noun of "this notice is not an offer of employment".
  raw`(?<!\ban?\s)offer(?:ing)?\s+(?:you\s+)?(?:the|a|an|this|that|any)?\s*${gap(3)}(?:(?:position|role|job|opportunity|place|spot|placement|post|vacancy|apprenticeship|internship)s?|interview|employment|contract|offer|classes)\b`,
  // Small employers' words: "we won't need you this time", "we aren't able to take on an intern this year",
  // "we cannot add you to our freelancer list".
  // A shift called off ("we won't need you on Saturday") is no answer to an application: the time must be the
  // whole season or this one job.
  raw`need(?:ing)?\s+(?:you(?:r\s+(?:help|services))?\s+(?:this\s+(?:time|season|year|summer|winter|christmas)|for\s+(?:this\s+one|now|the\s+(?:role|job|position|season|summer)))|(?:a|an|any)\s+(?:\w+\s+)?(?:freelancer|contractor|temp|intern|apprentice|trainee|staff|volunteer)s?\b|(?:a|an|any)\s+freelance\s+\w+|${NOBODY_NOW})`,
  raw`offer(?:ing)?\s+you\s+anything${NOW}(?=\s*(?:[.,;!]|$))`,
  // "Not taking on any more lads this year", "we won't be taking on another plasterer after all".
  raw`tak(?:e|ing)\s+on\s+(?:an?\s+|any\s+|another\s+)?(?:new\s+|more\s+|extra\s+)?(?:${OCCUPATION}|hire|employee|worker|hand|${CASUAL_PEOPLE_WORDS})s?\b`,
  // Without "on", trades taken in a season: "we do not take apprentices this year", "we aren't taking interns now".
  raw`tak(?:e|ing)\s+(?:any\s+|new\s+|more\s+)?${OCCUPATION}s(?=\s+(?:this\s+(?:year|season|summer|winter|time)|at\s+(?:the\s+(?:moment|minute)|present)|right\s+now|currently|for\s+now|now)\b)`,
  raw`add(?:ing)?\s+you\s+to\s+(?:our|the)\s+(?!(?:mailing|newsletter|waiting|wait|e-?mail|distribution|contact)\b)(?:\w+\s+)?(?:list|pool|roster|panel|register|bank|books|team)\b`,
  raw`hir(?:e|ing)\s+you\b`,
  // Gig platforms approve workers rather than hire them: "we're unable to approve your account to deliver".
  raw`approv(?:e|ing)\s+(?:you|your\s+(?:\w+\s+)?(?:application|account|profile|registration|sign-?up))\b`,
  // A temp kept on but not taken on: "they've decided not to make the Claims Handler role permanent".
  raw`mak(?:e|ing)\s+(?:you|(?:the|this|that|your)\s+(?:\w+\s+){0,3}?(?:role|position|job|contract|post|placement|assignment))\s+permanent\b`,
  // "I'm not taking anyone on now after all": a sole trader's whole answer.
  raw`tak(?:e|ing)\s+(?:on\s+)?(?:anyone|anybody)(?:\s+on)?${NOW}(?:\s+after\s+all)?(?=\s*(?:[.!,;]|$))`,
  raw`(?:bring|bringing)\s+(?:in|on)\s+(?:a|an|any)\s+(?:\w+\s+)?(?:freelancer|contractor|temp|intern|apprentice|trainee|hire|consultant)s?\b`,
  raw`extend(?:ing)?\s+(?:you\s+)?(?:an?\s+)?(?:\w+\s+)?(?:offer|invitation)`,
  // An offer made and now taken back: "we are no longer able to honour the offer we made you".
  raw`honou?r(?:ing)?\s+(?:the|your|our|this|that)\s+(?:\w+\s+)?offer\b`,
  // "We will not be considering it further": the reader's profile, named a sentence before.
  raw`consider(?:ing)?\s+(?:you|yours?|it\s+further)`,
  raw`(?:select|shortlist|short-list|choos)(?:e|ing)?\s+you`,
  raw`pick(?:ing)?\s+you\b(?!\s+up\b)`,
);

const OTHERS_QUALIFIER = any(
  'other',
  'another',
  'different',
  'alternative',
  raw`(?:more|better|most|stronger)\s+(?:\w+\s+)?(?:qualified|experienced|suitable|suited|aligned|relevant)`,
  raw`(?:an\s+)?internal`,
  'stronger',
  'successful',
  'preferred',
);

const DECISION_VERB = any(
  raw`mov(?:e|ed|ing)\s+(?:forward|ahead|on)`,
  'proceed(?:ed|ing)?',
  'progress(?:ed|ing)?',
  'go(?:ne|ing)?',
  'went',
  'continu(?:e|ed|ing)',
  'pursu(?:e|ed|ing)',
  'select(?:ed|ing)?',
  'chose',
  'chosen',
  'choos(?:e|ing)',
  'offer(?:ed|ing)?',
  'extend(?:ed|ing)?',
  'hir(?:e|ed|ing)',
  'fill(?:ed|ing)?',
  'focus(?:ed|ing)?',
  'prioriti[sz](?:e|ed|ing)',
  'identified',
  'appointed',
  'opted',
  'settled',
  'pick(?:ed|ing)?',
  'favou?r(?:ed|ing)?',
);

/** Trades that are no one's rival for a job (another vendor, department, agency), however "another …er" reads. */
const NOT_A_RIVAL = raw`(?!(?:vendor|supplier|provider|partner|department|agency|agent|broker|buyer|seller|bidder|lender|insurer|dealer|retailer|distributor|manufacturer|caterer|florist|printer|tenant|landlord|employer|team|office|reviewer|recruiter|interviewer|panel(?:l)?ist|coordinator|colleague|member|carrier|option|offer|order|way|day|time|date|round)s?\b)`;

const BETTER_MATCH = any(
  raw`more\s+(?:closely|directly|precisely|fully|strongly|specifically)`,
  'closely',
  'better',
  'best',
  'more',
);

const AUXILIARY = any('has', 'have', 'was', 'were', 'is', 'are', 'will', 'had', 'would');

/** The reader's own application, the object a decision verb needs when nothing else says it is about a job. */
const YOUR_APPLICATION = raw`(?:you\b|your\s+(?:\w+\s+)?${APPLICATION}\b)`;

export const en: PhraseSet = {
  lang: 'en',
  markers:
    'the|and|you|your|to|of|for|with|have|this|that|thank|are|our|will|be|not|unfortunately|application'.split(
      '|',
    ),
  rejection: [
    // Not moving you forward: a progress verb under negation, about the candidacy.
    signal(
      'not-forward',
      0.8,
      rx`${NEG}\s+${WORDS(5)}(?:be\s+|been\s+)?\b(?:${BARE_PROGRESS_VERB}\b${ABOUT_CANDIDACY}${NOT_YET}|${PROGRESS_VERB_WITH_OBJECT}\b${NOT_UNTIL})`,
    ),
    signal('not-forward', 0.8, rx`\bdecided\s+against\s+(?:${APPLICATION}|you|your)\b`),
    // Other candidates.
    signal(
      'others',
      0.8,
      rx`\b${DECISION_VERB}\s+${gap(5)}(?:(?:with|to|on|for|in)\s+)?(?:(?:a|an|the|one|some|several|few)\s+)?(?:${OTHERS_QUALIFIER}\s+(?:\w+\s+){0,2}?${CANDIDATES}(?!'|\s+first\b)|(?:someone|somebody)\s+(?:else(?!'s)|whose|who|with\s+(?:a\s+(?:bit\s+)?)?(?:more|stronger|deeper|greater|direct|prior|previous))|(?:other|another)\s+(?:cand|appl|indiv|prof)\w*$)\b`,
    ),
    signal(
      'others',
      0.8,
      rx`\b${CANDIDATES}\s+(?:${gap(3)}(?:whose|who|that)\s+(?:\w+\s+){0,4}?)?${BETTER_MATCH}\s+(?:\w+\s+){0,2}?(?:match(?:es|ed)?|align(?:s|ed)?|fit(?:s|ted)?|meets?|met|suit(?:s|ed)?|reflects?|corresponds?)\b${RULE_FOR_WHOEVER}`,
    ),
    // Not "a better fit for you": that is the reader's own choice, told back to them.
    signal(
      'others',
      0.6,
      rx`\b(?:better|closer|stronger|more\s+suitable)\s+(?:fit|match|suited|aligned)\b(?!\s+for\s+you\b)`,
    ),
    // A decision to look at others, or a panel's recommendation of someone else: "decided to consider other
    // candidates", "the committee has recommended another candidate", "this one's gone to another designer".
    signal(
      'others',
      0.75,
      rx`\b(?:decided|chosen|opted|elected|decision)\s+(?:\w+\s+){0,2}?to\s+(?:consider|interview|invite|recommend|shortlist|appoint|hire|select|choose)\s+(?:(?:a|an|the|some)\s+)?(?:other|another|different)\s+(?:\w+\s+)?${CANDIDATES}\b|\b(?:has|have|'ve|had)\s+(?:now\s+|since\s+|ultimately\s+)?(?:recommended|nominated|put\s+forward)\s+(?:another|a\s+different|an\s+internal|the\s+other)\s+(?:\w+\s+)?${CANDIDATES}\b|\b(?:${ROLE_NOUN}|one|it|offer|${ENGAGEMENT})(?:'s|\s+has|\s+had|\s+is|\s+was)?\s+(?:now\s+|already\s+|ultimately\s+)?(?:gone|went|going|been\s+given|been\s+awarded)\s+to\s+(?:(?:another|a\s+different)\s+(?!department|agent|team|reviewer|recruiter|office|colleague|vendor|supplier|provider|bidder|partner)(?:candidate|applicant|person|individual|\w{2,}(?:er|or|ist|ant|ent|ian))|(?:someone|somebody)\s+else)\b`,
    ),
    // A manager's plain word on an internal move: "we've given it to Shona, mainly because she's covered the shift".
    signal(
      'others',
      0.7,
      rx`\b(?:we've|we\s+have|I've|I\s+have|we|I)\s+(?:now\s+|ultimately\s+|decided\s+to\s+)?(?:given|give|gave|offered|awarded)\s+(?:it|the\s+(?:\w+\s+){0,3}?${ROLE_NOUN})\s+to\s+(?!(?:the|our|your|a|an|him|her|them|us|me|you|HR|legal|payroll)\b)\w+(?=\s*(?:[.,;!]|$|\s+(?:as|because|since|mainly|who|instead)\b))`,
    ),
    signal(
      'others',
      0.7,
      rx`\b(?:go|going|gone|went|move|moving|moved|head|heading|headed|take|taking|took)\s+(?:in\s+)?(?:a|another)\s+(?:different\s+)?(?:direction|way|route)\b`,
    ),
    signal(
      'others',
      0.75,
      rx`\b(?:has|have|'ve|had)\s+(?:now\s+|since\s+|already\s+|recently\s+|ultimately\s+)?(?:identified|selected|chosen|found|hired|appointed|offered\s+(?:the|this)\s+(?:\w+\s+){0,3}?${ROLE_NOUN}\s+to)\s+(?:a|an|the|our|another)\s+(?:\w+\s+){0,2}?(?:candidate|applicant|person|individual|hire|consultant|contractor|freelancer)\b(?!\s+in\s+you\b)`,
    ),
    signal(
      'others',
      0.75,
      rx`\b(?:offer|extend)(?:ed|ing)?\s+(?:\w+\s+){0,4}?to\s+(?:another|someone|somebody|a\s+different|an\s+internal|one\s+of\s+our\s+(?:own|existing|current)\b|(?:a|an|the|other)\s+(?:\w+\s+){0,2}?(?:candidate|applicant|person|individual))\b|\b${ROLE_NOUN}\s+(?:has|had|was)\s+(?:now\s+|since\s+)?been\s+(?:offered|given|awarded)\s+to\s+(?:a|an|another|someone|somebody|the\s+(?:successful|other|selected))\b|\b(?:another|other|a\s+different|an\s+internal)\s+(?:candidate|applicant|person|individual)s?\s+(?:(?:has\s+|have\s+|had\s+)?(?:now\s+|since\s+|already\s+)?(?:accepted|been\s+(?:offered|selected|chosen|hired|appointed))|(?:was|were)\s+(?:now\s+|since\s+|already\s+|ultimately\s+)?(?:offered|selected|chosen|hired|appointed))\b|\b(?:a|the|our)\s+(?:final\s+)?(?:selection|hire)\s+(?:has|had)\s+(?:now\s+|already\s+)?been\s+made\b${NOT_INVITED}`,
    ),
    // Others shown stronger: "the panel felt that other candidates demonstrated stronger leadership experience", "you
    // were pipped at the post by another candidate".
    signal(
      'others',
      0.7,
      rx`\byou\s+(?:were|have\s+been|'ve\s+been|got)\s+(?:\w+\s+)?pipped\b|\b(?:other|another)\s+(?:\w+\s+)?${CANDIDATES}\s+(?:\w+\s+)?(?:demonstrated|showed|shown|had|brought|offered|presented|displayed)\s+(?:a\s+)?(?:stronger|more|greater|deeper|broader|closer|better|more\s+relevant)\s+(?:\w+\s+){0,2}?(?:experience|skills?|background|knowledge|expertise|track\s+record|qualifications|understanding|exposure|alignment)\b`,
    ),
    // Not selected, unsuccessful, no longer considered.
    signal(
      'not-selected',
      0.8,
      rx`\b(?:you|your\s+name)\s+(?:have|has|were|was|are|will|had|'ve|'re)?\s*(?:not|n't|no\s+longer)\s+(?:been\s+|be\s+|being\s+)?(?:selected|shortlisted|short-listed|longlisted|long-listed|successful|chosen|progressed|considered|invited|offered|moved\s+forward|advanced|taken\s+forward|put\s+forward|picked|accepted|retained|appointed|hired|referred(?!\s+by\b)|recommended|approved(?!\s+yet\b))\b(?!\s+(?:for|in|into)\s+the\s+(?:first|initial|earliest)\s+(?:group|batch|wave|round|cohort|set)\b)`,
    ),
    signal('not-selected', 0.8, rx`\byou\s+(?:have|were|are|'ve|'re)\s+(?:been\s+)?unsuccessful\b`),
    // A subject that is the decision: "Unsuccessful application – Data Analyst", "Acme - Unsuccessful Application".
    signal('not-selected', 0.8, rx`(?:^|[-–—:|]\s+)unsuccessful\s+application\b`),
    signal(
      'not-selected',
      0.8,
      rx`\byour\s+${gap(3)}${APPLICATION}\b(?:(?!\b(?:otherwise|unless|if|or\s+else)\b)[^.;!?]){0,120}?\b(?:${AUXILIARY}|wo(?=n't)|ca(?=n't))${any(
        raw`\s+(?:now\s+|unfortunately\s+|sadly\s+)?(?:been\s+|be\s+)?(?:unsuccessful|declined|rejected|archived|turned\s+down|passed\s+over)`,
        // Not "will not be considered complete until your transcript arrives".
        raw`(?:n't|\s+not)\s+(?:been\s+|be\s+)?(?:selected|successful|shortlisted|progressed|progressing|proceeding|chosen|moved|moving|taken|taking|advanced|accepted|considered|put|retained|referred|among|one\s+of|approved(?!\s+yet\b))(?!\s+complete\b)${NOT_UNTIL}${NOT_A_RETRY}`,
        // "Your application will not be reviewed" (an applicant cap reached): a status "has not been reviewed" is not.
        raw`(?<=will|wo|ca)(?:n't|\s+not)\s+be\s+(?:reviewed|assessed|evaluated)${NOT_UNTIL}(?!\s+(?:yet|before)\b)`,
        raw`\s+(?:now\s+)?no\s+longer\s+(?:active|open|under\s+review|being\s+(?:considered|reviewed|progressed))`,
        raw`\s+(?:now\s+)?(?:ended|over|concluded)`,
      )}\b`,
    ),
    signal(
      'not-selected',
      0.75,
      // "He was unsuccessful this time" is a friend's news; "it wasn't successful this time, please try again" is an
      // upload's or a payment's.
      rx`(?<!\b(?:he|she|they)\s+(?:was|were|is|are|'s|'re|had\s+been|has\s+been|have\s+been)\s)\bunsuccessful\s+(?:on\s+this\s+occasion|this\s+time|at\s+this\s+(?:time|stage))|\b(?:it|yours)\s+(?:was|is|has)(?:n't|\s+not)\s+(?:been\s+)?successful\s+(?:on\s+this\s+occasion|this\s+time|at\s+this\s+(?:time|stage))\b${NOT_A_RETRY}`,
    ),
    // "Your application cannot be considered, as it arrived after the closing date"; not "…without a cover letter".
    signal(
      'not-selected',
      0.75,
      rx`\byour\s+${gap(3)}${APPLICATION}\b[^.;!?]{0,60}?\b(?:cannot|can\s+not|can't|could\s+not|couldn't)\s+be\s+(?:considered|accepted|progressed|taken\s+forward|reviewed)\b${NOT_YET}`,
    ),
    signal(
      'not-selected',
      0.8,
      rx`\bno\s+longer\s+(?:being\s+)?(?:under|in)\s+(?:active\s+)?consideration\b|\bno\s+longer\s+being\s+considered\b|\bremoved\s+from\s+(?:further\s+)?(?:consideration|the\s+(?:process|running))`,
    ),
    signal(
      'not-selected',
      0.75,
      rx`\b(?:declin(?:e|ed|ing)|reject(?:ed|ing)?|turn(?:ed|ing)?\s+down)\s+${YOUR_APPLICATION}`,
    ),
    // A step failed: "you did not pass the online assessment".
    signal(
      'not-selected',
      0.75,
      rx`\byou\s+(?:did\s+not|didn't|have\s+not|haven't|were\s+not|weren't)\s+(?:successfully\s+)?(?:pass(?:ed)?|clear(?:ed)?)\s+(?:the|our|this|your)\b`,
    ),
    // The company keeps looking: "we've decided to continue our search".
    signal(
      'others',
      0.65,
      rx`\b(?:decided|chosen|opted|elected|decision)\s+(?:\w+\s+){0,2}?to\s+(?:continue|keep)\s+(?:our\s+|the\s+)?(?:search(?:ing)?|looking|interviewing)\b`,
    ),
    // Closing the application: "we're closing your application", "your application has been archived".
    signal(
      'not-selected',
      0.75,
      rx`\b(?:clos|archiv|deactivat)(?:e|ed|ing)\s+(?:out\s+)?your\s+(?:\w+\s+)?(?:application|candidacy|candidate\s+(?:file|profile))\b|\byour\s+(?:\w+\s+)?(?:application|candidacy)\b[^.;!?]{0,80}?\b(?:has\s+been|was|is\s+now|'s\s+been)\s+(?:now\s+)?(?:closed|archived|dispositioned|marked\s+(?:as\s+)?(?:closed|inactive|unsuccessful|not\s+selected|rejected))\b`,
    ),
    // No without a decision verb: "it's a no from us this time", "it's not going to work out"; a blunt reply's
    // whole answer, "No thanks at this time."
    signal(
      'not-selected',
      0.75,
      rx`\b(?:it's|it\s+is|that's|the\s+answer\s+is|our\s+answer\s+is)\s+(?:\w+\s+)?a\s+["']?no["']?(?:\s+(?:from|for)\s+(?:us|me|the\s+(?:team|panel|company)|now|this\s+(?:time|role|position))\b|\s+(?:this\s+time|on\s+this\s+occasion)\b(?!\s+from\s+(?!us|me|the\s+(?:team|panel|company)\b))|\s*(?:[.!,;]|$))|\ba\s+["']?no["']?\s+from\s+(?:us|me|the\s+(?:team|panel|company))\b|^\W*(?:no|nope),?\s+thank(?:s|\s+you)\s*,?\s*(?:(?:at|for)\s+(?:this|the)\s+(?:time|moment|present)|for\s+now|this\s+time|on\s+this\s+occasion)(?=\s*(?:[.!,;]|$))`,
    ),
    signal(
      'not-fit',
      0.7,
      // Conceded in the past, it looks back at a no told before ("Even though this role didn't work out, join our
      // community"); "although it's not going to work out this time, …" is the news.
      rx`(?:(?<!\b(?:even\s+though|although|though|while|whilst)\s)|(?!(?:\S+\s+){0,3}?(?:didn't|did\s+not)\s))\b(?:it|this|things|that|it's|this\s+one)\s+(?:\S+\s+){0,2}?(?:not|\S*n't)\s+(?:\w+\s+)?(?:going\s+to\s+|gonna\s+)?work(?:ing|ed)?\s+out\b`,
    ),
    signal(
      'not-fit',
      0.7,
      rx`\b(?:no|(?:not|n't)\s+(?:have|find|see|currently\s+have)\s+(?:a|any|an))\s+(?:\w+\s+)?(?:suitable|matching|appropriate|right|fitting|relevant)\s+(?:\w+\s+)?(?:position|role|vacancy|opening|opportunity|job|place)s?\s+(?:for\s+you|that\s+(?:matches|fits|suits)\s+your)\b`,
    ),
    // "We've chosen to move forward with a smaller group": a narrower field, the reader not in it.
    signal(
      'others',
      0.7,
      rx`\b(?:decided|chosen|opted|elected|we've|we\s+have|we're|we\s+are)\s+(?:\w+\s+){0,4}?(?:with|to)\s+(?:a|an|the|our)\s+(?:smaller|small|select|limited|narrower|reduced|short)\s+(?:\w+\s+)?(?:group|number|pool|set|shortlist|handful|list)\b`,
    ),
    signal(
      'not-selected',
      0.65,
      rx`\bstatus\s*(?::|has\s+(?:been\s+)?(?:changed|updated|moved|set)\s+to\s*:?|is\s+(?:now\s+)?)\s*["'“]?(?:not\s+selected|rejected|unsuccessful|declined|not\s+moving\s+forward|no\s+longer\s+under\s+consideration)`,
    ),
    // A label after a colon in an update: "Update on the Analyst role: Not Referred", "Outcome: Not progressed".
    signal(
      'not-selected',
      0.65,
      rx`\b(?:status|update|outcome|result|decision)\b[^.;!?]{0,120}?:\s*["'“]?(?:not\s+(?:referred|progressed|shortlisted|selected|successful|suitable|eligible|qualified)|unsuccessful|declined|rejected|ineligible)\b`,
    ),
    signal(
      'others',
      0.7,
      rx`\b(?:decided|chosen|opted|elected|decision)\s+(?:to\s+)?${DECISION_VERB}\s+${gap(3)}(?:(?:with|to)\s+)?(?:(?:a|the|some)\s+)?${CANDIDATES}\s+(?:who|whose|with|that)\b`,
    ),
    signal(
      'not-selected',
      0.8,
      rx`\byou\s+(?:were|are|was)(?:n't|\s+not)\s+(?:the|a|an|one\s+of\s+the|among\s+the)\s+${gap(3)}(?:candidates?|applicants?|finalists?)\b`,
    ),
    signal(
      'others',
      0.7,
      rx`\bwe(?:'ve|\s+have)\s+(?:now\s+|already\s+|just\s+)?hired\b(?!\s+you\b)|\bwe(?:'ve|\s+have)?\s+(?:now\s+|already\s+|just\s+)?filled\s+(?:it|that(?:\s+one)?|this(?:\s+one)?|the\s+(?:\w+\s+)?(?:${ROLE_NOUN}|internship|vacancies|positions|roles))\b(?!\s+(?:you|in|out)\b)|\b(?:taken|took|brought|signed)\s+on\s+(?:someone|somebody|another|a\s+candidate|(?:another|an?)\s+(?:\w+\s+)?${CASUAL_PEOPLE})\b|\b(?:taken|took|brought|signed)\s+(?:someone|somebody|(?:another|an?)\s+(?:\w+\s+)?(?:${CASUAL_PEOPLE}|candidate|apprentice|trainee|intern))\s+on\b(?!\s+(?:board|the|a|an|our|to|for|at|in)\b)|\b(?:fill(?:ed|ing)?|hir(?:e|ed|ing))\s+${gap(6)}internally\b|(?<!\byour\s)\b(?:an\s+)?internal\s+(?:candidate|applicant|hire|transfer)\b(?!\s+(?:request|application|process|policy|window|programme|program|scheme|approved)\b)`,
    ),
    signal(
      'not-forward',
      0.75,
      // An informal pass, also bare at the end of its clause ("we're going to pass – …"), not "pass your CV on".
      rx`\b(?:we(?:'re|\s+are|'ll|\s+will|'ve|\s+have)?|going\s+to|have\s+to|decided\s+to|'ll|will)\s+(?:\w+\s+)?pass(?:ing)?(?:\s+(?:on\s+(?:you|your|this|moving|him|her|them)|for\s+now|this\s+time|at\s+this\s+(?:time|point|stage))|\s*(?:[-–—.,;!]|$))`,
    ),
    signal(
      'not-fit',
      0.6,
      rx`\b(?:we(?:'re|\s+are|\s+were)|the\s+team\s+(?:is|was))\s+(?:really\s+|specifically\s+)?looking\s+for\s+(?:someone|somebody|a\s+candidate|candidates|a\s+person|people)\s+(?:with|who\s+(?:has|have))\s+(?:a\s+)?(?:bit\s+)?(?:more|stronger|deeper|greater|additional|specific|direct)\b(?!\s+than)`,
    ),
    signal(
      'others',
      0.6,
      rx`\b(?:are|'re|were|have|'ve|had|ended\s+up)\s+(?:\w+\s+)?(?:prioriti[sz](?:ing|ed)|favou?r(?:ing|ed)|focus(?:ing|ed)\s+on)\s+(?:\w+\s+)?(?:candidates|applicants|profiles)\s+(?:who|whose|with)\b`,
    ),
    signal(
      'not-selected',
      0.8,
      rx`(?:\bnot\b|n't\b)\s+(?:\w+\s+)?(?:made?|making|got(?:ten)?|get|gone|progressed)\s+(?:it\s+)?(?:through|past|into|to)\s+(?:to\s+)?(?:the\s+)?(?:next|final|following|interview|shortlist|second|third)\b`,
    ),
    signal(
      'others',
      0.7,
      rx`\b(?:another|other)\s+(?:candidate|applicant)s?'s?\s+(?:\w+\s+){0,3}?(?:experience|background|profile|skills|qualifications)\b`,
    ),
    // Passive and partitive forms: "it is not being taken forward", "sadly you were not among them".
    signal(
      'not-selected',
      0.75,
      rx`(?:\bnot\b|n't\b)\s+(?:be(?:en|ing)?\s+)?(?:taken|moved|carried|progressed|put)\s+(?:any\s+)?(?:forward|further)\b|\byou\s*(?:were|are|have\s+been|'re|'ve\s+been)\s+not\s+(?:among|one\s+of)\b${NOT_FIRST_GROUP}|\byou\s+(?:weren't|aren't|haven't\s+been)\s+(?:among|one\s+of)\b${NOT_FIRST_GROUP}|\byours\s+(?:was|is|were)(?:n't|\s+not)\s+(?:among|one\s+of)\s+(?:them|those)\b|\byour\s+(?:file|dossier|materials|packet)\s+(?:was|were|is)(?:n't|\s+not)\s+(?:among|one\s+of)\b${NOT_FIRST_GROUP}`,
    ),
    // "So we'll leave it there": an informal close of the process, not of a meeting.
    signal(
      'not-forward',
      0.7,
      rx`\b(?:we'll|we\s+will|we're\s+going\s+to|we've\s+decided\s+to|I'll|I'm\s+going\s+to)\s+(?:have\s+to\s+)?leave\s+it\s+there\b(?!\s+for\s+(?:today|now|this\s+(?:week|call|meeting)))`,
    ),
    // Left off the shortlist: "you are not on our shortlist", "you did not make the final list", "you have not been
    // placed on the panel for this competition" (a public board's list of those it may appoint), "we've made our
    // shortlist and you're not on it" (the list looked back for only where "you're" stands, not from every
    // character).
    signal(
      'not-selected',
      0.75,
      rx`\b(?:you|your\s+name)\s+(?:are|were|have|has|was|will|wo)(?:n't|\s+not)\s+(?:been\s+|be\s+)?(?:on|in|placed\s+on|added\s+to|included\s+(?:on|in))\s+(?:our|the)\s+(?:\w+\s+)?(?:shortlist|short-list|longlist|final\s+(?:list|group|pool)|(?:eligib(?:le|ility)|employment|referral)\s+(?:list|register)|list\s+of\s+(?:\w+\s+)?(?:candidates|applicants)|certificate|(?<=(?:placed|added|included)\s+(?:on|to|in)\s+(?:our|the)\s+(?:\w+\s+)?)(?<!\b(?:interview|selection|hiring|assessment|review|advisory|expert)\s)(?:panel|merit\s+list))\b(?![^.;!?]{0,15}?\byet\b)|(?=you(?:'re|\s+are|\s+were))(?<=\b(?:short-?list|long-?list|final\s+(?:list|group|pool))\b[^.;!?]{0,80}?)\byou(?:'re|\s+are|\s+were)(?:n't|\s+not)\s+(?:\w+\s+)?(?:on|in|among)\s+(?:it|them)\b(?![^.;!?]{0,20}?\byet\b)|(?:\bnot|n't)\s+(?:quite\s+)?(?:make|made|making)\s+(?:it\s+(?:on)?to\s+)?(?:the|our)\s+(?:\w+\s+)?(?:shortlist|short-list|cut|final\s+(?:round|list|group))\b`,
    ),
    // An offer taken back (a failed background check, a changed budget, a clearance refused), also one named by
    // who made it ("the offer we extended to you has been withdrawn"), not one that lapses on a condition; and every
    // open offer taken back at once, the reader's among them ("all unsigned offers were withdrawn, including yours").
    signal(
      'not-selected',
      0.75,
      rx`(?<!\b(?:right|entitled|free|able)\s+to\s)\b(?:withdr[ae]w(?:n|ing)?|rescind(?:ed|ing)?|revok(?:e|ed|ing)|retract(?:ed|ing)?|pull(?:ed|ing)?|cancell?(?:ed|ing)?)\s+(?:our|the|your|this|its)\s+(?:\w+\s+){0,2}?offer\b(?!\s+(?:call|meeting|chat|conversation|discussion)\b)(?![^.;!?]{0,60}?\b(?:if|unless|should|in\s+the\s+event)\b)|\b(?:your|the|our|this|that)\s+(?:\w+\s+){0,2}?offer(?:\s+of\s+employment|\s+(?:that\s+|which\s+)?(?:we\s+|I\s+)?(?:made|extended|sent|gave|issued)\b[^.;!?,]{0,50}?)?,?\s+(?:has|had|was|is)\s+(?:now\s+|hereby\s+)?(?:been\s+)?(?:withdrawn|rescinded|revoked|retracted|cancell?ed|pulled)\b(?![^.;!?]{0,60}?\b(?:if|unless|should|in\s+the\s+event|at\s+your\s+request|replaced|superseded|re-?issued|revised|updated|amended)\b)|\b(?:withdr[ae]w\w*|rescind\w*|revok\w*|retract\w*|pull\w*)\s+(?:\w+\s+){0,3}?offers\s*,?\s+(?:including|yours\s+included|among\s+them)\b|\boffers\s+(?:\w+\s+){0,3}?(?:withdrawn|rescinded|revoked|retracted|pulled)\s*,?\s+(?:including\s+yours|yours\s+(?:included|among\s+them))\b|\boffers?\b[^.;!?]{0,40}?,\s*(?:including\s+yours|yours\s+(?:included|among\s+them))\s*,\s*(?:has|have|had|were|was)\s+(?:now\s+)?(?:been\s+)?(?:withdrawn|rescinded|revoked|retracted|cancell?ed|pulled)\b`,
    ),
    // An outcome named without a decision verb: "it's not in your favour", "the outcome is not positive",
    // "your application did not progress past the initial screening".
    signal(
      'not-selected',
      0.75,
      rx`\b(?:it(?:'s|\s+is|\s+was)|(?:the|our)\s+(?:decision|outcome|result|answer|news)\s+(?:is|was))(?:\s+not|n't)\s+(?:\w+\s+)?in\s+your\s+favou?r\b|\b(?:outcome|result|decision)\s+(?:\w+\s+){0,4}?(?:is|was|has\s+been)\s+(?:not\s+(?:a\s+)?(?:positive|successful|favou?rable)|unsuccessful|negative)\b|\b(?:you|yours|your\s+(?:\w+\s+){0,2}?(?:application|candidacy|cv|resume|profile|submission))\s+(?:did|has|have|had)(?:n't|\s+not)\s+(?:quite\s+)?(?:make|made|get|got|gotten|progress|progressed|go|gone)\s+(?:it\s+)?(?:past|beyond|through)\s+(?:the|our)\s+(?:\w+\s+){0,2}?(?:screening|screen|review|stage|round|sift|shortlisting|selection|interview|call|test|assessment)s?\b`,
    ),
    // A public employer's formal close: "you will receive no further consideration for this announcement".
    signal(
      'not-selected',
      0.8,
      rx`(?:\bnot\b|n't\b)\s+(?:be\s+)?(?:receive|given|get)\s+(?:any\s+)?further\s+consideration\b|\b(?:receive|be\s+given|get)\s+no\s+further\s+consideration\b`,
    ),
    // A ranked list the reader's score did not reach: "your score was not high enough to be placed on the list".
    signal(
      'not-selected',
      0.75,
      rx`\byour\s+(?:\w+\s+)?(?:score|rating|result|ranking|mark)s?\s+(?:was|were|is|did|does)(?:n't|\s+not)\s+(?:(?:quite\s+)?(?:high|strong|competitive|sufficient)\s+enough|sufficient|place\s+you|qualify\s+you|meet|reach)\b|\byou\s+(?:did\s+not|didn't)\s+(?:receive|get|achieve|obtain)\s+(?:a\s+)?(?:(?:high|strong|competitive)\s+enough|sufficient(?:ly\s+high)?)\s+(?:score|rating|mark|result)\b`,
    ),
    // Fell short of a test's bar: "you have not met the required standard to progress to interview".
    signal(
      'not-selected',
      0.75,
      rx`(?:\bnot\b|n't\b)\s+(?:\w+\s+)?(?:met|meet|reached|reach|achieved|achieve|passed|pass)\s+(?:the\s+|our\s+)?(?:\w+\s+)?(?:required|minimum|necessary|pass(?:ing)?|qualifying)\s+(?:standard|score|threshold|mark|level|benchmark|grade)\b|(?:\bnot\b|n't\b)\s+(?:quite\s+)?(?:meet|reach|achieve|hit)\s+the\s+(?:standard|level|bar)\s+(?:(?:we|that\s+we|the\s+\w+)\s+(?:need|needs|require|requires|expect|set)|(?:required|needed|expected)(?=\s*(?:[.,;!]|$)|\s+(?:for|to)\s+(?:an?\s+|the\s+|this\s+)?(?:offer|role|position|post|progress|proceed|next|interview|appointment|pass)\b))`,
    ),
    // Someone else by trade or by profile: "we've decided to go with another designer", "we've gone with a
    // candidate who has more retail experience", "the firm has decided to hire a paralegal with immigration
    // experience". Trades that are no one's rival (another vendor, department, agency) stay out.
    signal(
      'others',
      0.75,
      rx`(?<!\byou(?:'ve|\s+have|'d|\s+had)?\s)\b(?:go|going|gone|went|decided\s+to\s+(?:go|hire|appoint|bring\s+on))\s+(?:with\s+)?(?:another|a\s+different)\s+(?:\w+'s\s+)?(?:\w+\s+)?${NOT_A_RIVAL}(?:candidate|applicant|person|individual|\w{2,}(?:er|or|ist|ant|ent|ian)|\w+(?=\s+for\s+the\s+${ROLE_NOUN}\b))\b(?!\s+(?:for|on|in|at|to)\s+your\b)|\b(?:go|gone|went|going\s+to\s+go|decided\s+to\s+go)\s+with\s+(?:a|an)\s+(?:more|better)\s+(?:experienced|qualified|senior|suitable|seasoned)\s+${NOT_A_RIVAL}\w+|\b(?:gone|went|going\s+to\s+go|decided\s+to\s+go)\s+with\s+(?:a|an)\s+(?:\w+\s+)?${NOT_A_RIVAL}(?:candidate|applicant|person|individual|${OCCUPATION}|\w{2,}(?:er|or|ist|ant|ent|ian))\s+(?:who|whose|with|that|we(?:'ve|\s+have|'d|\s+had)?)\b|\b(?:decided|chosen|opted)\s+to\s+(?:hire|appoint|bring\s+on)\s+(?:a|an|someone|somebody)\s+(?:\w+\s+){0,2}?(?:with|who|whose|from)\s+(?!your\b)`,
    ),
    signal(
      'others',
      0.75,
      rx`\b(?:others|(?:an)?other\s+(?:\w+\s+)?${CANDIDATES})\s+(?:were|are|was|had|have)\s+(?:a\s+)?(?:\w+\s+)?(?:closer|better|stronger|more\s+suitable)\s+(?:\w+\s+)?(?:fit|match)\b`,
    ),
    // Someone already taken on: "we hired someone last week", "the role went to someone else"; given away:
    // "we ended up giving the weekend shifts to a regular".
    signal(
      'others',
      0.75,
      rx`\b(?:we|we've|we\s+have|we'd|I|I've|the\s+team|the\s+client)\s+(?:\w+\s+)?(?:already\s+|just\s+|now\s+|since\s+)?(?:hired|found|picked|chose|selected|appointed)\s+(?:someone|somebody)(?=\s*(?:[.,;!–—-]|$)|\s+(?:else|whose|last|this|already|internally|in-house|from\s+(?:within|outside|inside)|for\s+(?:the|this|that|it)\b|who\s+(?!(?:can|could|will)\s+help)))|\b(?:giv(?:e|en|ing)|gave|award(?:ed|ing)?)\s+it\s+to\s+(?:someone|somebody)\s+else\b|\b(?:giv(?:e|en|ing)|gave|award(?:ed|ing)?)\s+(?:the|this|that|our)\s+(?:\w+\s+){0,2}?(?:${ROLE_NOUN}s?|shifts?|place|contract|gig|internship)\s+to\s+(?:someone|somebody|another|a|an)\b|\b(?:giv(?:e|en|ing)|gave|award(?:ed|ing)?)\s+(?:the|this|that|our)\s+(?:\w+\s+){0,2}?(?:${ENGAGEMENT}|work)\s+to\s+(?:another|a\s+different)\s+${NOT_A_RIVAL}\w+`,
    ),
    // Filled from inside: "we decided to promote someone from within the team".
    signal(
      'others',
      0.75,
      rx`(?<!\b(?:like|try|prefer|aim|want|tend|always|often|usually)\s+(?:to\s+)?)\b(?:promot(?:e|ed|ing)|mov(?:e|ed|ing)\s+up|hir(?:e|ed|ing))\s+(?:someone|somebody|a\s+(?:colleague|team\s+member|current\s+(?:employee|team\s+member))|an\s+(?:existing|internal)\s+\w+|one\s+of\s+our\s+own)\s+(?:\w+\s+)?(?:from\s+)?(?:within|internally|in-house|inside)\b`,
    ),
    // The post given away: "the panel offered the role to a nurse with ICU experience", "the committee has decided to
    // offer the post to Mr Hodge", "chose to hire from within".
    signal(
      'others',
      0.75,
      rx`\b(?:offered|(?:decided|chosen|opted|elected|agreed)\s+to\s+offer)\s+(?:the|this|that|our)\s+(?:\w+\s+){0,3}?${ROLE_NOUN}\s+to\s+(?!you\b|yourself\b)(?:a|an|another|the|one|someone|somebody|mr|mrs|ms|miss|dr)\b${NOT_INVITED}|\b(?:decided|chosen|opted|elected)\s+to\s+(?:hire|promote|appoint|fill\s+(?:the|this|that)\s+(?:\w+\s+)?${ROLE_NOUN})\s+(?:\w+\s+){0,2}?(?:from\s+within|internally|in-house)\b`,
    ),
    // "The successful candidate was selected on seniority": told to the reader, someone else was chosen.
    signal(
      'others',
      0.75,
      rx`\bthe\s+successful\s+(?:candidate|applicant)s?\b[^.;!?]{0,60}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:now\s+|already\s+)?(?:selected|chosen|appointed|hired|identified|offered|notified)\b${NOT_INVITED}`,
    ),
    // "We went with candidates who have forklift certification", "we've chosen people with a bit more shorthand".
    signal(
      'others',
      0.75,
      rx`\b(?:went|gone)\s+with\s+(?:the\s+)?(?:candidates|applicants|people|someone|somebody)\s+(?:who|whose|with|that)\b|\b(?:chosen|chose|selected|picked)\s+(?:other\s+)?(?:candidates|applicants|people|others)\s+(?:with|who\s+(?:have|had))\s+(?:a\s+(?:bit|little)\s+)?(?:more|stronger|deeper|greater|direct|prior|previous)\b`,
    ),
    // Taken by someone named only by kind: "this LTO was filled by a more senior teacher on the list".
    signal(
      'others',
      0.75,
      rx`\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:now\s+|already\s+|since\s+)?filled\s+by\s+(?:a|an|another|someone|somebody|one\s+of|the\s+(?:successful|selected|other|most|more))\b`,
    ),
    // Every place taken: "we ended up filling both apprentice places", "all places have now been allocated".
    signal(
      'role-gone',
      0.7,
      rx`\b(?:fill(?:ed|ing)|allocat(?:ed|ing))\s+(?:all|both|every|the\s+(?:last|remaining))\s+(?:\w+\s+){0,3}?(?:places|spots|slots|positions|roles|vacancies|openings)\b|\b(?:all|both)\s+(?:\w+\s+){0,3}?(?:places|spots|slots|positions|roles|vacancies|openings)\s+(?:(?:on|for|in)\s+[^.;!?]{1,60}?\s)?(?:have|had|are|were)\s+(?:now\s+|already\s+)?(?:been\s+)?(?:filled|taken|allocated)\b|${NOT_A_TIME_BEFORE}\b(?:places|spots|positions|roles|vacancies|openings|posts)\b[^.;!?]{0,60}?\b(?:they|(?:all|both)(?:\s+of\s+them)?)(?:'ve|'re|\s+have|\s+are|\s+were|\s+had)\s+(?:now\s+|already\s+|all\s+)?(?:been\s+)?(?:filled|taken|allocated)\b(?!\s+(?:in|out|up)\b)${NOT_A_TIME}|${NOT_A_TIME_BEFORE}\b(?:places|spots|positions|vacancies|openings)\s+(?:have|had|are|were)\s+(?:now\s+|already\s+)?all\s+(?:now\s+)?(?:been\s+)?(?:filled|taken|allocated|gone)\b(?!\s+(?:in|out|up|live|public|on\s+sale)\b)${NOT_A_TIME}`,
    ),
    // A full team: "our adjunct pool is currently full", "we're fully staffed", "we've got our crew set", "we're all
    // sorted for staff at the moment".
    signal(
      'role-gone',
      0.7,
      rx`\b(?:pool|team|roster|crew|staff|rota|positions|roles|vacancies|intake|cohort)\b[^.;!?]{0,50}?\b(?:is|are|'s|'re)\s+(?:now\s+|currently\s+|already\s+|all\s+)?(?:full|fully\s+(?:staffed|booked|filled))\b|\b(?:we're|we\s+are|we've\s+been)\s+(?:now\s+|currently\s+|already\s+)?fully\s+staffed\b|\bwe(?:'ve|\s+have)?\s+(?:got|have)\s+(?:our|the|a\s+full)\s+(?:crew|team|staff|roster)\s+(?:set|sorted|complete|in\s+place|filled)\b|\bwe(?:'re|\s+are)\s+(?:all\s+)?(?:set|covered|sorted)\s+for\s+now\b|\bwe(?:'re|\s+are)\s+(?:all\s+)?(?:set|covered|sorted)\s+(?:on|for|with)\s+(?:\w+\s+){0,2}?(?:for\s+now|for\s+the\s+(?:season|summer|year)|this\s+(?:season|year|summer)|right\s+now)\b|\bwe(?:'re|\s+are)\s+(?:all\s+)?(?:set|covered|sorted)\s+(?:on|for|with)\s+(?:(?:staff|people|help|hands|workers|${OCCUPATION}s?)\s+(?:at\s+(?:the\s+(?:moment|minute)|present)|currently)|(?:\w+\s+)?(?:staff|people|help|hands|workers)\s+now)\b|\b(?:got|have)\s+all\s+the\s+(?:staff|people|help|hands|drivers|cooks|servers)\s+(?:I|we)\s+need\b|\bwe(?:\s+have|'ve)(?:\s+got)?\s+enough\s+(?:\w+\s+)?(?:staff|people|cooks|hands|help|servers|drivers|workers|instructors|tutors|teachers|volunteers)\b`,
    ),
    // Nothing for the reader: "we don't have a role for you right now", "there isn't a role for you here".
    signal(
      'not-fit',
      0.7,
      rx`(?:\bnot|n't)\s+(?:currently\s+)?(?:have|got)\s+(?:a|any|an)\s+(?:\w+\s+)?(?:position|role|vacancy|opening|job|place|spot|work|shift|gig)s?\s+for\s+you\b(?![^.;!?]{0,20}?\byet\b)|\b(?:have|got)\s+nothing\s+(?:\w+\s+)?for\s+you\b|\bthere(?:\s+is|'s)(?:n't|\s+not|\s+no)\s+(?:a|any|an)?\s*(?:\w+\s+)?(?:position|role|vacancy|opening|job|place|spot)s?\s+for\s+you\b(?!\s+to\b)(?![^.;!?]{0,20}?\byet\b)`,
    ),
    // "We're going to hold off and look for someone with more operator background."
    signal(
      'not-fit',
      0.6,
      rx`\b(?:going\s+to|will|'ll|decided\s+to|keep|continue\s+to)\s+(?:\w+\s+(?:and\s+)?){0,3}?look(?:ing)?\s+for\s+(?:someone|somebody|a\s+candidate|candidates)\s+(?:with|who\s+(?:has|have))\s+(?:a\s+)?(?:bit\s+)?(?:more|stronger|deeper|greater|direct)\b(?!\s+than)`,
    ),
    // Not a fit.
    signal(
      'not-fit',
      0.7,
      rx`(?:\bnot|n't)\s+(?:quite\s+|really\s+|exactly\s+)?(?:the\s+)?(?:\w+\s+)?(?:fit|profile|background|level|skill\s+set)\s+(?:we're|we\s+are|we\s+were|the\s+team\s+is|they're|they\s+are)\s+(?:really\s+)?(?:after|looking\s+for|seeking)\b`,
    ),
    signal(
      'not-fit',
      0.7,
      rx`(?:\bnot\b|n't\b)\s+(?:quite\s+|exactly\s+|really\s+|entirely\s+)?what\s+(?:we|we're|the\s+\w+|this\s+\w+|they)\s+(?:are\s+|is\s+|were\s+)?(?:currently\s+)?(?:looking\s+for|searching\s+for|hoping\s+for|needs?|requires?|wants?)\b`,
    ),
    signal(
      'not-fit',
      0.7,
      rx`(?:\bnot\b|n't\b|\bno\s+longer\b)(?!\s+(?:hesitate|only|just|necessarily|worry)\b)\s+${gap(3)}(?:(?:a|an|the)\s+)?(?:(?:right|good|strong|close|suitable|perfect|ideal|great|best|mutual|direct|clear|fit)\s+)?(?:fit|match)\b(?!\s+(?:\w+\s+){0,3}?(?:salary|pay|rate|ask|asking|expectations?|compensation|package|budget|figure|bonus|equity|counter-?offer|offer)\b)`,
    ),
    signal(
      'not-fit',
      0.7,
      rx`(?:\bnot\b|n't\b)\s+${gap(2)}(?:align|match|meet|fit|suit|correspond)(?:es|s|ed)?\s+(?:\w+\s+){0,5}?(?:requirements?|needs|criteria|profile|role|position|what\s+we|expectations|qualifications|experience|skills|job)\b`,
    ),
    signal(
      'not-fit',
      0.7,
      rx`\bnot\s+(?:the\s+)?(?:right|suitable|best|ideal|strongest)\s+(?:candidate|person|profile|choice)\b`,
    ),
    // The role is gone; "the posting has closed" only ends the time to apply. "This doesn't mean the position has
    // been filled" denies it: the words between never say what something means.
    signal(
      'role-gone',
      0.75,
      rx`\b(?:the|this|that|our)\s+${clauseGap(8, MEANING)}${ROLE_NOUN}s?\b[^.;!?]{0,80}?\b(?:has|have|was|were|is|are|had)\s+(?:now\s+|since\s+|already\s+|just\s+|recently\s+|unfortunately\s+|officially\s+)?(?:(?:been\s+)?(?:filled|cancell?ed|withdrawn|eliminated|removed|taken\s+down|discontinued|no\s+longer\s+(?:available|open|active|accepting|being\s+recruited|needed))|(?:been\s+|(?<!\b(?:has|have|had)\s+(?:\w+\s+)?))closed)\b`,
    ),
    signal(
      'role-gone',
      0.75,
      // Also a teacher's or a temp's "assignment has been filled", never a test's; and a blunt reply's whole sentence,
      // "Position filled."
      rx`\b(?:${ROLE_NOUN}|assignment)s?(?:'s|\s+has|\s+have|\s+was|\s+were|\s+is|\s+are)\s+(?:now\s+|already\s+)?(?:been\s+)?filled\b|^\W*(?:(?:the|this|that|your|our)\s+)?(?:[\w-]+\s+){0,3}?(?:position|role|job|vacancy|post|opening|gig|placement|apprenticeship|internship)s?\s+(?:now\s+|already\s+)?filled\s*[.!]*\s*$`,
    ),
    signal(
      'role-gone',
      0.7,
      rx`\b(?:we|we've|we\s+have|we\s+are|we're|we\s+had|(?:company|team|client|hiring\s+manager|business|employer|organi[sz]ation|firm|leadership|board|management)\s+(?:has|have|had))\s+(?:\w+\s+){0,3}?(?:closed|cancell?ed|withdrawn|fill(?:ed|ing)|eliminated|shut\s+down|scrapped|pulled|(?:decided|chosen|had|needed)\s+to\s+(?:close|cancel|withdraw|eliminate|shut\s+down|scrap))\s+(?:\w+\s+){0,3}?(?:the|this|that|our|both|all)\s+${gap(6)}(?:${ROLE_NOUN}s?|search|hiring|recruitment|recruiting|process)\b|\bwe(?:'re|\s+are)\s+(?:now\s+|therefore\s+|also\s+)?(?:closing|cancell?ing|withdrawing)\s+(?:the|this|that|our)\s+(?:\w+\s+){0,3}?${ROLE_NOUN}\b${CLOSING_NOW}`,
    ),
    signal(
      'role-gone',
      0.65,
      rx`(?:\bwe\b|\bwe're\b|\b${ROLE_NOUN}\b|\bit\b|\bteam\b|\bcompany\b)[^.;!?]{0,60}?\bno\s+longer\s+(?:reviewing|accepting|recruiting|interviewing|hiring|filling|looking|available|open|active|seeking|considering)\b|\b${ROLE_NOUN}\b[^.;!?]{0,40}?\bno\s+longer\s+(?:be\s+|being\s+)?(?:proceeding|going\s+ahead|going\s+forward|required|needed|happening)\b`,
    ),
    // A process ended: "the hiring process for this role has been closed", "we have concluded the recruitment for this
    // position", "we have completed the recruitment exercise for this role"; not a stage done with word still to come.
    signal(
      'role-gone',
      0.6,
      rx`\b(?:hiring|recruitment|recruiting|search|selection|interview)\s+process\s+(?:for\s+(?:this|the)\s+${gap(6)}${ROLE_NOUN}\s+)?(?:has|is|was)\s+(?:now\s+)?(?:been\s+)?(?:closed|cancell?ed|ended)\b|\b(?:recruitment|selection|hiring)(?:\s+(?:process|exercise|campaign))?\s+for\s+(?:this|the|that)\s+${gap(6)}${ROLE_NOUN}\s+(?:has|is|was)\s+(?:now\s+)?(?:been\s+)?(?:concluded|finali[sz]ed)\b${NOT_INVITED}${NO_WORD_YET}|\b(?:we|we've|we\s+have|has|have)\s+(?:now\s+)?(?:(?:concluded|finali[sz]ed)\s+(?:the|our)\s+(?:recruitment|selection|hiring)(?:\s+(?:process|exercise|campaign))?|completed\s+(?:the|our)\s+(?:recruitment(?:\s+exercise)?|(?:selection|hiring)\s+exercise))\s+for\s+(?:the|this|that)\s+${gap(6)}${ROLE_NOUN}\b${NOT_INVITED}${NO_WORD_YET}`,
    ),
    // An employer named by a job board: "Acme has filled the Data Analyst position".
    signal(
      'role-gone',
      0.7,
      rx`(?<!\b(?:you|I)\s)\b(?:has|have|had)\s+(?:now\s+|already\s+|since\s+)?filled\s+(?:the|this|that|its|their)\s+${gap(6)}${ROLE_NOUN}s?\b`,
    ),
    // Whoever holds the vacancy: "the vacancy holder has decided to withdraw the vacancy".
    signal(
      'role-gone',
      0.7,
      rx`(?<!\b(?:you|I)\s)\b(?:has|have|had|'ve)\s+(?:now\s+)?decided\s+to\s+(?:close|cancel|withdraw|pull|scrap|abandon)\s+(?:the|this|that|our|its)\s+${gap(4)}${ROLE_NOUN}s?\b`,
    ),
    // Indian recruiters' words for an opening: "this requirement has been closed", "the position got filled".
    signal(
      'role-gone',
      0.7,
      rx`\b(?:the|this|that|our)\s+(?:\w+\s+){0,3}?(?:requirement|mandate)s?\s+(?:has|had|have|is|are|was|were)\s+(?:now\s+|already\s+)?(?:been\s+)?(?:closed|filled|cancell?ed)\b|\b(?:${ROLE_NOUN}|requirement|mandate)s?\s+(?:has\s+|had\s+|have\s+)?(?:now\s+|already\s+)?got\s+(?:closed|filled|cancell?ed)\b`,
    ),
    // Gone at the end of its clause: "I'm afraid the apprenticeship has gone now" (not "gone live", "gone out").
    signal(
      'role-gone',
      0.7,
      rx`\b(?:the|this|that|our)\s+${gap(4)}${ROLE_NOUN}s?(?:'s|\s+has)\s+(?:now\s+|already\s+|since\s+)?gone(?=\s*(?:now\s*|already\s*)?(?:[.,;!–—-]|$))`,
    ),
    // "We're not hiring at the moment": about the company, news for the reader only in answer to their own mail, and
    // no news at all as the preface of an invitation to meet or an introduction ("…, but I'd love to grab a coffee").
    signal(
      'role-gone',
      0.7,
      rx`(?:\bnot|n't)\s+(?:currently\s+|actively\s+)?(?:be\s+)?(?:hiring|recruiting|taking\s+on\s+(?:anyone|staff|new\s+staff))\b(?!\s+(?:you|your)\b)(?![^.;!?]{0,60}?\b(?:until|till)\b)(?![^.;!?]{0,40}?\bbut\s+(?:I'd|I\s+would|we'd|we\s+would|I'm|I\s+am|we're|we\s+are|would)\s+(?:\w+\s+)?(?:love|like|happy|glad|keen)\s+to\s+(?:\w+\s+)?(?:grab|meet|catch|chat|talk|pass|intro|introduce|connect|have|get))`,
    ),
    // A hire made: "we've made a hire for this role", "we have now made an appointment to the post", "we have now
    // appointed to this role", "the position has been offered and accepted".
    signal(
      'others',
      0.75,
      rx`\b(?:we(?:'ve|\s+have)?|the\s+(?:team|panel|company|client|employer)\s+(?:has|have))\s+(?:now\s+|already\s+|just\s+|since\s+)?made\s+(?:a|an|our|the)\s+(?:final\s+|successful\s+)?(?:hire|appointment\s+to\s+(?:the|this|that)\b)(?![^.;!?]{0,60}?\bwelcome\b)|\bwe(?:'ve|\s+have)\s+(?:now\s+)?(?:successfully\s+)?appointed\s+to\s+(?:the|this|that)\s+(?:\w+\s+){0,3}?${ROLE_NOUN}\b|\b${ROLE_NOUN}\s+(?:has|had)\s+(?:now\s+|since\s+)?been\s+offered\s+and\s+accepted\b${NOT_INVITED}`,
    ),
    // The search over: "we've found the right person", "we have appointed our new Finance Manager".
    signal(
      'others',
      0.75,
      rx`\b(?:we(?:'ve|\s+have)?|I(?:'ve|\s+have)?|the\s+(?:team|panel|company)\s+(?:has|have))\s+(?:now\s+|already\s+|finally\s+)?(?:(?:found|appointed|chosen|selected|hired)\s+the\s+(?:right|ideal|perfect)\s+(?:person|candidate|fit|match|hire)\b(?!\s+in\s+you\b)|(?:found|appointed)\s+our\s+new\s+(?:\w+\s+){0,3}?(?:${ROLE_NOUN}|hire|team\s+member|colleague|\w{3,}(?:er|or|ist|ant|ent|ian|ive|ary))\b(?=\s*(?:[.!;]|$|,\s+(?:so|and)\b)))`,
    ),
    // The search called off: "the search has been closed", "we're formally closing out the search".
    signal(
      'role-gone',
      0.7,
      rx`\b(?:the|this|our)\s+(?:\w+\s+){0,3}?search\s+(?:has|had|was|is)\s+(?:now\s+)?(?:been\s+)?(?:closed|cancell?ed|ended|called\s+off)\b|\bclos(?:e|ed|ing)\s+(?:out\s+)?(?:the|this|our)\s+search\b(?!\s+(?:on|at|by|this|next|in|for\s+applications)\b)|\bdecided\s+to\s+(?:keep|do|handle)\s+(?:it|this|the\s+(?:\w+\s+){0,2}?(?:work|role|job|copy|project))\s+in-house\b`,
    ),
    // The post will go to no one: "no selections will be made from this announcement".
    signal(
      'role-gone',
      0.7,
      rx`\bno\s+(?:selections?|appointments?|hires?|offers?)\s+(?:will|is\s+going\s+to|are\s+going\s+to)\s+be\s+(?:made|extended)\b${NOT_YET}`,
    ),
    // No openings at all, to a speculative application: about the company, like "not hiring".
    signal(
      'role-gone',
      0.7,
      rx`(?:\bno|(?:\bnot|n't)\s+(?:currently\s+)?(?:have|got)\s+any)\s+(?:current\s+|open\s+)?(?:vacancies|openings|positions|roles|jobs)\s+(?:available\s+|open\s+)?(?:at\s+(?:the\s+(?:moment|minute)|present|this\s+time)|right\s+now|currently|just\s+now)\b`,
    ),
    // An informal pass on a named role: "we're going to pass for the Staff Engineer role".
    signal(
      'not-forward',
      0.75,
      rx`\b(?:we(?:'re|\s+are|'ll|\s+will|'ve|\s+have)?|going\s+to|decided\s+to)\s+(?:\w+\s+)?pass(?:ing)?\s+(?:on|for)\s+(?:the|this|that|your)\s+${gap(5)}(?:${ROLE_NOUN}|candidacy|application)\b`,
    ),
    // The search goes on without the reader: "we're going to keep looking for that profile".
    signal(
      'others',
      0.65,
      rx`\bwe(?:'re|\s+are|'ll|\s+will)?\s+(?:going\s+to\s+|gonna\s+|have\s+to\s+|need\s+to\s+)?(?:keep|continue)\s+(?:looking|searching)(?:\s+for\s+(?:that|this|the\s+right|a|an|someone|somebody|another|other)\s+(?:\w+\s+){0,2}?(?:profile|candidate|person|fit|match|hire|background|experience)\b(?!\s+for\s+you\b))`,
    ),
    // A formal refusal without a decision verb: "we are unable to give a favourable response on this occasion".
    signal(
      'not-selected',
      0.8,
      rx`(?:\bunable\s+to|\bcannot|can't|\bnot\s+(?:able|in\s+a\s+position)\s+to)\s+(?:give|provide|offer|send|make)\s+(?:you\s+)?(?:a\s+)?(?:favou?rable|positive)\s+(?:response|answer|reply|outcome|decision)\b|(?:\bunable\s+to|\bcannot|can't|\bnot\s+able\s+to)\s+respond\s+(?:favou?rably|positively)\b`,
    ),
    // "We've already got someone for the van."
    signal(
      'others',
      0.75,
      rx`\b(?:we've|we\s+have|I've|I\s+have)\s+(?:already\s+|now\s+|just\s+)?got\s+(?:someone|somebody)\s+(?:else\s+)?(?:for\s+(?:the|this|that|it)\b|(?:else\s*)?(?:[.,;!–—-]|$))`,
    ),
    // Not given the post: "you didn't get the job", "yours has not been shortlisted" (the reader's application).
    signal(
      'not-selected',
      0.8,
      rx`\byou\s+(?:didn't|did\s+not|haven't|have\s+not|weren't|were\s+not)\s+(?:get|got|land|landed|been\s+given|been\s+offered)\s+(?:the|this)\s+(?:\w+\s+)?(?:job|role|position|post|place|apprenticeship|internship)\b(?!\s+(?:description|spec|advert|ad|details|pack|link|email|title)\b)|\byours\s+(?:has|was|is)(?:n't|\s+not)\s+(?:been\s+)?(?:selected|successful|shortlisted|progressed|chosen|taken\s+forward)\b`,
    ),
    // Someone else taken on: "we ended up hiring a friend of the family", "the position has been taken".
    signal(
      'others',
      0.75,
      rx`\b(?:ended\s+up|decided\s+to|went\s+ahead\s+and)\s+(?:hiring|hire|taking\s+on|take\s+on)\s+(?:a\s+(?:friend|family\s+member|relative|former|previous|returning)|another|an\s+internal|one\s+of)\b|\b(?:position|role|job|vacancy|post|apprenticeship|internship|placement)(?:'s|\s+has|\s+had|\s+was)\s+(?:now\s+|already\s+)?been\s+taken\b(?!\s+(?:down|off|over|offline)\b)`,
    ),
    // Family or a friend taken instead, as small employers say it: "we took on my nephew", "I've given the job to
    // my neighbour's son", "gonna go with my cousin's buddy for now" (going with a relative, not to a place with one).
    signal(
      'others',
      0.75,
      rx`\b(?:hired|hiring|took\s+on|taken\s+on|taking\s+on|(?:give|given|giving|gave)\s+(?:it|the\s+(?:\w+\s+)?(?:${ROLE_NOUN}|shifts?|place))\s+to)\s+(?:my|our)\s+(?:\w+'s\s+)?${RELATION}\b(?!')|\b(?:go|going|gonna\s+go|gone|went)\s+with\s+(?:my|our)\s+(?:\w+'s\s+)?${RELATION}(?=\s+(?:for\s+(?:now|this\s+(?:one|season|summer)|the\s+(?:job|role|position|spot|season|summer))|instead)\b|\s*[,.;–—-]\s*(?:he|she|they)(?:'s|\s+has|\s+have|'ve)\s+(?:got|already|more)\b)`,
    ),
    // A post that will stay empty: "the position will not be filled at this time".
    signal(
      'role-gone',
      0.7,
      rx`\b${ROLE_NOUN}s?\s+(?:\w+\s+){0,6}?(?:will\s+not|won't|shall\s+not|is\s+not\s+going\s+to|isn't\s+going\s+to)\s+be\s+filled\b${NOT_YET}`,
    ),
    // The role left unfilled: "we've decided not to fill the role after all", "we will not be appointing to the post".
    signal(
      'role-gone',
      0.7,
      rx`\b(?:decided|chosen|opted)\s+not\s+to\s+(?:fill|recruit\s+(?:for|to)|hire\s+for|appoint\s+to|go\s+ahead\s+with)\s+(?:the|this|that)\s+(?:\w+\s+){0,3}?(?:${ROLE_NOUN}|hire)\b|(?:\bnot|n't)\s+(?:be\s+)?(?:appointing|recruiting)\s+(?:to|for)\s+(?:the|this|that)\s+(?:\w+\s+){0,3}?${ROLE_NOUN}\b`,
    ),
    // A full team: "we're full up with apprentices this year".
    signal(
      'role-gone',
      0.7,
      rx`\bwe(?:'re|\s+are)\s+(?:\w+\s+)?full\s+(?:up\s+)?(?:with|on)\s+(?:\w+\s+)?(?:apprentices|interns|trainees|staff|volunteers|drivers|students|people)\b`,
    ),
    // Terse answers in a reply about the job: "filled, sorry", "it's been filled", "we've got the position covered".
    signal(
      'role-gone',
      0.7,
      rx`(?:^|[-–—:,]\s*)(?:all\s+|already\s+)?filled\s*[,.!]?\s+sorry\b|\b(?:it's|it\s+has|it\s+was|that's|that\s+has)\s+(?:now\s+|already\s+|just\s+)?been\s+filled\b|\b(?:got|have)\s+(?:the|that|this)\s+(?:position|role|job|vacancy|post)s?\s+covered\b`,
    ),
    // Not ready: "we don't think you're quite ready for the role yet".
    signal(
      'not-fit',
      0.7,
      rx`\b(?:you're|you\s+are|you\s+were)(?:n't|\s+not)\s+(?:quite\s+)?(?:ready|right)\s+for\s+(?:the|this|that)\s+(?:\w+\s+)?(?:role|position|job|post)\b|\b(?:don't|do\s+not|didn't|did\s+not)\s+(?:think|feel)\s+(?:that\s+)?(?:you're|you\s+are)\s+(?:quite\s+)?(?:ready|right|the\s+right\s+fit)\s+for\s+(?:the|this|that)\s+(?:\w+\s+)?(?:role|position|job|post)\b`,
    ),
    // "It's not going to be you this time."
    signal(
      'not-selected',
      0.75,
      rx`\b(?:it's|it\s+is|it)\s+(?:not\s+going\s+to|isn't\s+going\s+to|won't|will\s+not)\s+be\s+you\b(?!\s+who)`,
    ),
    // "I'm afraid it's not good news this time", "… about your application"; not news about a date or a room.
    signal(
      'not-selected',
      0.7,
      rx`\b(?:afraid|sorry|unfortunately|sadly)\s*,?\s+(?:it's|it\s+is|this\s+is|that's)(?:n't|\s+not)\s+(?:good|better|happy|positive)\s+news\b(?=\s*(?:[.,;!–—-]|$)|\s+(?:this\s+time|on\s+this\s+occasion|for\s+you|(?:about|on|regarding|with)\s+(?:your|the|this)\s+(?:\w+\s+){0,3}?(?:application|role|post|position|job|candidacy|vacancy|interview)\b(?!\s+(?:date|time|day|slot|room|location|venue)\b)))`,
    ),
    // A freelance brief called off: "the client has pulled the brief", "the brief is off".
    signal(
      'role-gone',
      0.7,
      rx`\b(?:the|this|that|our|your)\s+(?:\w+\s+){0,2}?(?:brief|commission)(?:'s|\s+is|\s+has\s+been|\s+had\s+been|\s+was|\s+got)\s+(?:now\s+)?(?:off(?!\s+to\b)|cancell?ed|scrapped|pulled|shelved|dropped)\b|\b(?:pulled|scrapped|cancell?ed|dropped|shelved)\s+the\s+(?:\w+\s+)?(?:brief|commission)\b`,
    ),
    // "Sorry it's not a yes."
    signal('not-selected', 0.7, rx`\b(?:it's|it\s+is|that's|the\s+answer\s+is)\s+not\s+a\s+["']?yes\b`),
    // On hold: a rejection unless a promise to resume comes with it (then the message is a pause).
    signal(
      'on-hold',
      0.6,
      rx`\b(?:${ROLE_NOUN}|hiring|recruitment|recruiting|search|process)\s+(?:\w+\s+){0,4}?(?:has\s+been\s+|is\s+|was\s+|been\s+|are\s+)?(?:put\s+|placed\s+)?(?:on\s+hold|paused|frozen|suspended)\b`,
    ),
    // Constraints: sponsorship, location, eligibility.
    signal(
      'constraint',
      0.6,
      rx`(?:unable|not\s+able|cannot|can't|can\s+not|do\s+not|don't|are\s+not|aren't|won't|will\s+not|not\s+in\s+a\s+position)\s+(?:to\s+)?(?:currently\s+|presently\s+)?(?:sponsor|provide\s+(?:\w+\s+)?sponsorship|offer\s+(?:\w+\s+)?sponsorship|support\s+(?:\w+\s+)?(?:visa|sponsorship|work\s+(?:permit|authori[sz]ation)|relocation)|hire\s+(?:outside|in\s+your|from\s+your|remotely|candidates\s+(?:outside|located|based))|consider\s+(?:candidates|applicants|applications)\s+(?:who|outside|from|based|located|without|that))\b`,
    ),
    // The step refused for want of a visa: "we can't move forward without sponsorship, which we can't provide".
    signal(
      'constraint',
      0.6,
      rx`(?:\bunable\s+to|\bcannot|can't|\bnot\s+able\s+to)\s+(?:\w+\s+){0,3}?without\s+(?:\w+\s+)?(?:visa\s+)?sponsorship\b(?!\s+(?:documents?|paperwork|forms?|letters?|details|numbers?|certificates?)\b)`,
    ),
    signal(
      'constraint',
      0.6,
      rx`\b(?:you|your)\b[^.;!?]{0,60}?\b(?:not\s+eligible|no\s+longer\s+eligible|ineligible|not\s+(?:to\s+be\s+)?(?:minimally\s+)?qualified|unqualified)\b`,
    ),
  ],
  // A consequence opening its sentence ("Not heard from us in three weeks? Then …") hangs on the question before.
  condition: rx`^\s*(?:then|in\s+(?:that|which)\s+case|if\s+so|if\s+not)\b|\bnot\s+hearing\s+(?:back\s+)?from\s+us\b|\bno\s+(?:news|word|reply|response|contact)\s+(?:from\s+us\s+)?(?:by|within|after|in)\b|\bfailing\s+(?:a|any|an)\s+(?:reply|response|answer|word)\b|\bin\s+the\s+absence\s+of\b|\b(?:after|past|beyond)\s+(?:that|this)\s+(?:date|deadline|cut-?off)\s*,|\b(?:after|when|once)\s+(?:it|the\s+(?:\w+\s+)?link|the\s+invitation)\s+(?:expires|has\s+expired|closes)\b|\babsent\s+(?:a|any)\s+(?:reply|response)\b|^\s*["'(]?should\b|\b(?:if|should\s+(?:you|we|your|the|it|this|there)|in\s+case|in\s+the\s+event|unless|whether|provided\s+that|assuming)\b`,
  // A rule for whoever fails a step ("candidates who do not complete the test will not be considered") is no decision.
  // "Applications with incomplete assessments will not progress", "this does not mean your application has been
  // unsuccessful", "placement on the list does not guarantee an offer": a rule or a denial, not a decision.
  hypothetical: rx`\b(?:candidates|applicants|applications|those|anyone|anybody|whoever)\s+(?:who|that)\b|\b(?:candidates|applicants|applications|submissions)\s+(?:with\s+(?:an?\s+)?(?:incomplete|missing|unfinished|late|outstanding)|without)\b|\bincomplete\s+(?:applications|assessments|submissions)\b|\b(?:does|do|did|will|would|should)(?:\s+not|n't)\s+(?:necessarily\s+|automatically\s+)?(?:mean|imply|guarantee|constitute|represent)\b|\bno\s+guarantee\b|\b(?:once|until|before|as\s+soon\s+as|may|might|would\s+mean|will\s+mean|(?:status|label|tag|stage|state|update|notification)\s+(?:[^\s.,;:!?]+\s+){0,4}?(?:means|indicates|signifies|signals)|assume|consider\s+(?:that|it|this)|otherwise|likely|probably|possibly|perhaps|chances\s+are)\b|["”']\s*(?:means|indicates|signifies)\b`,
  negation: rx`${NEG}`,
  otherTopic: rx`\b(?:reschedul\w*|postpon\w*|(?:another|different|new|later)\s+(?:day|time|date|slot)|(?:reply|respond)\s+(?:to\s+)?(?:each|every|all|individual)|individual(?:ly)?\s+(?:feedback|respond|reply|responses)|not\s+(?:being\s+)?monitored|unmonitored|out\s+of\s+(?:the\s+)?office|technical\s+(?:issue|difficult|problem)s?|(?:link|system|portal|website)\s+(?:is|was)\s+(?:down|broken|not\s+working)|(?:does|do)\s+not\s+make\s+(?:any\s+)?hiring\s+decisions|(?:is|are)\s+not\s+(?:involved\s+in|responsible\s+for)\s+(?:the\s+|any\s+)?hiring)`,
  opener: rx`\bunfortunately\b|\bregret(?:fully|tably)?\b|\bafter\s+(?:careful|much|thorough|long|further|extensive|thoughtful|a\s+careful|a\s+thorough)\s+(?:consideration|review|deliberation|thought|evaluation|assessment)|\b(?:difficult|tough|hard)\s+(?:decision|choice)|\bwe\s+appreciate\s+your\s+interest[^.;!?]{0,60}?\b(?:however|but)\b|\b(?:sorry|sad)\s+to\s+(?:inform|tell|let|say|share)|\bi'm\s+(?:afraid|sorry)\b|\bnot\s+the\s+news\s+you\b|\bwe\s+(?:have|'ve)\s+(?:made|reached)\s+(?:a|our)\s+(?:final\s+)?decision`,
  // "We have reviewed your application and have determined that…": the template's next words are the decision.
  cutOff: rx`\b(?:won't|will\s+not|wouldn't|not|unable\s+to|cannot|can't|decided(?:\s+(?:to|not\s+to|that))?|regret\s+(?:to|that)|(?:sorry|sad|regret)\s+to\s+(?:tell|inform|let)\s+you(?:\s+know)?\s+that|(?:have|has)\s+(?:\w+\s+)?(?:determined|concluded)\s+that|unfortunately)(?:\s+be)?\s*$`,
  softClose: rx`\bwish\s+you\s+${gap(4)}(?:best|success|luck|well)\b|\b(?:best|good)\s+(?:of\s+)?luck\s+(?:in|with|on|for)\b|\b(?:future|other|upcoming)\s+(?:\w+\s+)?(?:endeavou?rs|opportunities|openings|roles|positions|vacancies)\b|\bencourage\s+you\s+to\s+(?:re-?apply|apply|keep|continue|check|consider|look)|\b(?:keep|retain|hold)\s+(?:on\s+to\s+)?(?:you|your\s+\w+(?:\s+\w+)?)\s+(?:on\s+file|in\s+mind|in\s+our)|\bjob\s+search\b`,
  acknowledgement: rx`\b(?:we|we've|we\s+have)\s+(?:\w+\s+)?received\s+your\s+(?:\w+\s+)?(?:application|cv|resume|submission)|\byour\s+application\s+${gap(8)}(?:has|was)\s+(?:been\s+)?(?:successfully\s+)?(?:received|submitted|sent)|\b(?:will|'ll)\s+(?:now\s+)?(?:carefully\s+)?(?:be\s+)?review(?:ing)?\s+(?:your|the|all)|\b(?:under|in)\s+review\b|\bbeing\s+reviewed\b|\b(?:will|'ll)\s+(?:be\s+in\s+touch|get\s+back\s+to\s+you|contact\s+you|reach\s+out|let\s+you\s+know|follow\s+up)|\bthank(?:s|\s+you)\s+for\s+(?:applying|submitting|your\s+(?:recent\s+)?application)|\bwill\s+be\s+reviewed\b|\brecruiter\s+will\s+(?:contact|reach)|\b(?:email|notify|update|contact)\s+(?:everyone|all\s+applicants)\b|\b(?:will|'ll)\s+(?:always\s+)?(?:tell|notify|inform|email|update)\s+you\b|\brespond\s+to\s+(?:everyone|every\s+applicant|all\s+applicants)`,
  // Praise cut off as it turns to the next step ("We were impressed by your application and would like to"): what
  // follows praise joined by "and" is an invitation far more often than a no, which turns on "but" or "however".
  interview: rx`\b(?:impressed|pleased|delighted|excited|enjoyed|liked|loved|stood\s+out)\b[^.;!?]{0,80}?\band\s+(?:we\s+would|we'd|would)\s+(?:like|love)\s+to\s*$|\binvit(?:e|ing|ation)\s+(?:you\s+)?(?:to|for)\s+(?:\w+\s+){0,3}?(?:interview|call|chat|conversation|meeting|onsite|on-site|round|stage|discussion|screen)|\b(?:schedul|arrang|set\s+up|book)\w*\s+(?:\w+\s+){0,3}?(?:interview|call|chat|meeting|conversation|screen)\b|\b(?:share\s+your|send\s+(?:me|us)\s+your|let\s+(?:me|us)\s+know\s+your)\s+availability|\b(?:would|'d)\s+(?:like|love)\s+to\s+(?:\w+\s+)?(?:speak|talk|chat|meet|connect|discuss|invite|schedule|move\s+(?:you\s+)?forward|proceed|progress|advance)|\b(?:like|love|happy|pleased|excited|delighted)\s+to\s+(?:\w+\s+)?(?:move|invite|advance|progress)\s+(?:you|your)|\bnext\s+(?:step|steps|stage|round)\s+(?:is|will\s+be|would\s+be)\b|\b(?:pleased|happy|delighted|excited)\s+to\s+(?:inform|let)\s+you\s+(?:know\s+)?that\s+you\b|\bcalendly\.com|\bpick\s+a\s+(?:time|slot)|\binterview\b[^.;!?]{0,60}?\b(?:confirmed|scheduled|booked|tomorrow|today|next\s+week|on\s+(?:monday|tuesday|wednesday|thursday|friday)|at\s+\d)|\b(?:selected|shortlisted|invited)\s+(?:for|to)\s+(?:an?\s+|the\s+)?(?:interview|next\s+(?:round|stage|step)|continue)|\bwould\s+you\s+like\s+to\s+interview|\bcome\s+(?:in|by)\s+for\s+(?:a|an|another|the)\s+(?:\w+\s+)?(?:interview|trial|chat|shift)|\b(?:phone\s+screen|interview)\s+(?:is\s+)?scheduled|\b(?:placed|added|included|listed|ranked)\s+(?:\w+\s+){0,3}?(?:on|to|in)\s+(?:the|our)\s+(?:\w+\s+)?eligib(?:le|ility)\s+list\b|\binterview\b[^.;!?]{0,40}?\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:move|moved|moving|reschedul\w*|postpon\w*)\s+(?:\w+\s+){0,2}?(?:interview|call|meeting|chat)\b`,
  assessment: rx`\b(?:please|invite\s+you\s+to|ask\s+you\s+to|asking\s+you\s+to|like\s+you\s+to|next\s+step\s+is\s+to|need\s+you\s+to|you\s+(?:will|'ll)\s+(?:need\s+to|be\s+asked\s+to))\s+(?:\w+\s+){0,3}?(?:complete|take|start|finish|do)\s+(?:\w+\s+){0,3}?(?:assessment|test|challenge|assignment|exercise|questionnaire|case\s+study|task)\b|\b(?:assessment|test|challenge)\s+link\b|\blink\s+to\s+(?:the|your)\s+(?:\w+\s+)?(?:assessment|test|challenge)|\b(?:online|technical|coding|skills?|cognitive|personality|psychometric|take-?home|written|aptitude)\s+(?:assessment|test|challenge|assignment|exercise|questionnaire)\b|\b(?:hackerrank|codility|codesignal|testgorilla|coderpad)\b|\btake-?home\b`,
  // A revised offer replaces a withdrawn one: still an offer.
  offer: rx`\b(?:pleased|happy|delighted|excited|thrilled)\s+to\s+(?:\w+\s+){0,2}?offer\s+you(?!\s+(?:a|an|the|some)?\s*(?:\w+\s+){0,2}?(?:feedback|debrief|call|chat|conversation|session)\b)|\boffer\s+you\s+(?:the|a|this)\s+(?:\w+\s+){0,4}?(?:position|role|job)\b|\bextend\s+(?:you\s+)?(?:a|an|the)\s+(?:\w+\s+)?offer|\b(?:offer\s+letter|offer\s+of\s+employment|employment\s+offer|formal\s+offer|written\s+offer)\b|\b(?:selected|chosen)\s+(?:you\s+)?for\s+the\s+(?:\w+\s+){0,3}?(?:position|role|job)\b|\bwelcome\s+(?:to|aboard)\s+the\s+team\b|\bsign\s+(?:the|your)\s+(?:contract|offer)|\bverbal\s+offer\b|\b(?:a|your)\s+job\s+offer\b|\b(?:revised|updated|amended|corrected|replacement)\s+(?:offer|contract)\b`,
  alert: rx`\bjob\s+alerts?\b|\b(?:jobs?|roles?|positions?|opportunities|openings)\s+(?:\w+\s+){0,2}?(?:you\s+(?:may|might)\s+(?:be\s+interested|like)|for\s+you|matching\s+your|based\s+on\s+your)|\brecommended\s+(?:for\s+you|jobs|roles)|\bnew\s+(?:jobs?|roles?|openings)\s+(?:for|in|at|near|matching)|\b(?:is|are)\s+hiring\b|\bapply\s+now\b|\bview\s+(?:all\s+|more\s+|similar\s+)?(?:jobs|roles|openings)\b|\bsimilar\s+(?:jobs|roles)\b|\bcame\s+across\s+your\s+(?:profile|cv|resume|background)|\bare\s+you\s+(?:open|interested|looking)\b|\bexciting\s+(?:new\s+)?(?:opportunity|role|position)\b|\bmy\s+client\b|\btop\s+(?:jobs|picks)\b|\b\d+\s+new\s+(?:\w+\s+){0,3}?(?:jobs|roles|openings|positions)\b|\b(?:jobs|roles|openings)\s+this\s+week\b|\bsee\s+all\s+jobs\b|\beasily\s+apply\b|\burgently\s+hiring\b|\bjobs?\s+(?:digest|newsletter)\b`,
  // Also the reply to a reader who took another job: "congratulations on the new role", "I respect your decision".
  withdrawal: rx`\b(?:letting|let)\s+(?:us|me)\s+know\s+(?:that\s+)?you(?:'ve|\s+have)?\s+(?:now\s+|already\s+)?(?:accepted|taken|found|chosen|decided)\b|\bcongratulations\s+on\s+(?:the|your)\s+new\s+(?:\w+\s+)?(?:role|job|position|post)\b|\b(?:understand|respect)\s+your\s+decision\b|\byou(?:\s+have|'ve|\s+had)?\s+(?:\w+\s+)?(?:decided|chosen|opted|elected|asked|requested)\s+(?:to\s+withdraw|not\s+to\s+(?:continue|proceed|move|pursue|go)|to\s+(?:discontinue|decline|step\s+back|pull\s+out))|\byou\s+(?:have\s+|'ve\s+)?withdrawn?\b|\byou\s+withdrew\b|\byour\s+(?:\w+\s+)?(?:application|candidacy)\b[^.;!?]{0,80}?\b(?:has\s+been|was|is)\s+(?:now\s+|successfully\s+)?withdrawn|\b(?:confirm|confirming|acknowledge|received|processed)\s+(?:\w+\s+)?(?:your|the)\s+(?:request\s+to\s+withdraw|withdrawal)|\bat\s+your\s+request\b|\bas\s+(?:you\s+)?(?:asked|requested|wished)\b|\bper\s+your\s+request\b|\bsorry\s+(?:to\s+(?:hear|see)|that)\s+you(?:'re|\s+are|'ve|\s+have|\s+will)?\s+${gap(3)}(?:not|withdraw|decided|leaving|declin)|\byou\s+(?:have\s+)?declined\s+(?:our|the)\s+offer|\byou(?:'ve|\s+have)?\s+(?:now\s+|already\s+)?accepted\s+(?:an?\s+)?(?:other|another|different)\s+(?:\w+\s+)?(?:offer|role|position|job)|\byour\s+decision\s+(?:not\s+to\s+(?:continue|proceed|pursue|go\s+ahead|move)|to\s+(?:withdraw|decline|step\s+back|pull\s+out|discontinue))|\b(?:did\s+not|didn't|have\s+not|haven't|has\s+not|hasn't)\s+(?:yet\s+)?(?:receive[ds]?|hear[ds]?|get|had)\s+(?:a\s+|any\s+)?(?:response|reply|answer|back)\s+(?:from\s+you|to\s+(?:our|my|the)\s+(?:\w+\s+)?(?:messages?|emails?|invitations?|requests?|reminders?|e-mails?))`,
  // Also the reader kept in line: "your name has been placed on the waitlist at position 1".
  pause: rx`\b(?:placed|put|added|kept)\s+(?:\w+\s+){0,3}?(?:on|in|to)\s+(?:the|a|our)\s+(?:\w+\s+)?(?:wait-?list|waiting\s+list|reserve\s+list)\b|\b(?:hiring|recruitment|recruiting)\s+(?:freeze|pause)|\b(?:no\s+longer|not)\s+(?:open|active|available|live)\s+for\s+now\b|\bclosed\s+for\s+now\b|\btemporarily\s+(?:\w+\s+)?(?:closed|closing|halted|stopped|withdrawn|suspended)\b|\b(?:paus(?:e|ed|ing)|freez(?:e|ing)|froze|frozen|halt(?:ed|ing)?|suspend(?:ed|ing)?)\s+(?:\w+\s+){0,3}?(?:hiring|recruitment|recruiting|the\s+(?:(?:interview|hiring|recruitment|selection)\s+)?(?:search|process|role|position|requisition))|\b(?:hiring|recruitment|recruiting|search|process|role|position|post|vacancy|job|opening|requisition|application|candidacy)\s+(?:\w+\s+){0,4}?(?:has\s+been\s+|is\s+|was\s+|been\s+)?(?:put\s+|placed\s+)?(?:on\s+hold|paused|frozen|suspended)\b|\byou(?:'re|\s+are)\s+still\s+(?:very\s+much\s+)?(?:in\s+(?:the\s+running|the\s+mix|consideration|contention)|under\s+consideration|being\s+considered)\b`,
  promise: rx`\byou\s+(?:will|would|may)\s+(?:then\s+)?be\s+(?:offered|contacted|invited)\b|\b(?:hope|plan|expect|intend|aim)\s+to\s+(?:restart|resume|revive|revisit|pick\s+(?:it|this|things)\s+(?:back\s+)?up)\b|\bre-?launch\w*|\bre-?(?:post|announc)(?:e|es|ed|ing)?\b|\bapplications?\s+(?:\w+\s+){0,3}?(?:carr(?:y|ies|ied)|roll(?:s|ed)?)\s+(?:forward|over)\b|\b(?:becomes?|become|is|are)\s+(?:\w+\s+)?(?:active|open|available)\s+again\b|\bre-?open(?:s|ed|ing)?\b|\bfor\s+(?:the\s+next\s+|a\s+|another\s+)?(?:few|couple\s+of|two|three|four|several|\d+)\s+(?:more\s+)?(?:days|weeks|months)\b|\buntil\s+(?:after|the\s+end|next|the\s+(?:new|next)|early|mid|late|we|our)\b|\bre-?advertis(?:e|ed|es|ing)\b|\b(?:remains?|stays?)\s+on\s+file\b|\btemporar\w*|\bshort\s+pause\b|\b(?:will|'ll|shall)\s+(?:\w+\s+)?(?:resume|reopen|re-open|restart|revisit|reach\s+(?:back\s+)?out|circle\s+back|keep\s+you\s+(?:posted|updated|informed|in\s+the\s+loop)|be\s+(?:back\s+)?in\s+touch|get\s+(?:back|in\s+touch)|come\s+back\s+to\s+you|contact\s+you|update\s+you|let\s+you\s+know|reconnect|follow\s+up)|\b(?:keep|remains?|stays?|is|will\s+be)\s+(?:\w+\s+)?(?:active|open|in\s+(?:our\s+)?(?:consideration|pipeline|process))\b|\byour\s+(?:application|candidacy|cv)\s+(?:is|remains|stays|will\s+(?:stay|remain))\s+(?:still\s+)?(?:with\s+us|on\s+hold)\b|\b(?:will|'ll|shall)\s+(?:\w+\s+)?(?:contact|update|email|write\s+to|tell|inform)\s+(?:everyone|everybody|all\s+(?:applicants|candidates)|you\s+all)\b|\bas\s+soon\s+as\s+(?:we|hiring|things)|\bonce\s+(?:hiring|we|the\s+(?:role|position|search))\s+(?:\w+\s+){0,3}?(?:resume|reopen|restart)`,
  jobContext: rx`\b(?:applications?|applied|applying|candidacy|candidature|candidates?|applicants?|positions?|roles?|jobs?|postings?|vacancy|vacancies|interview(?:s|ed|ing|ers?)?|onsite|(?:search|selection|hiring)\s+committee|appointment\s+(?:board|panel)|take-home|submittal|hiring|hire|recruit\w*|talent\s+acquisition|r[ée]sum[ée]|cv|careers?|employment|openings?|requisition|internship|apprenticeships?|traineeships?|early\s+careers|offer\s+letter|graduate\s+(?:programmes?|programs?|schemes?|recruitment|intake)|vacation\s+schemes?|training\s+contracts?)\b`,
  applicationWords: rx`\b(?:applications?|applied|applying|apply|applicants?)\b`,
  occupations: rx`\b${OCCUPATION}s?\b`,
  // A nurse's or a pharmacist's residency is a first post, not an artist's stay.
  nonJobContext: rx`\b(?:landlord|letting|lettings|referencing|guarantor|affordability\s+check|try-?outs?|(?:u|under-?)\d{1,2}s?\s+(?:trials|squad|team|side)|property|properties|flat|viewing|lease|award|fellowship|bursary|studentship|hackathon|hackers|batch|tickets?|resale|giveaway|sweepstakes?|lottery|raffle|contest|prize|draw|beta|waitlist|wait\s+list|early\s+access|scholarship|grant|admissions?|tenancy|tenant|rental|apartment|loan|mortgage|credit\s+card|ballot|volunteer\w*|(?<!\b(?:nurse|nursing|pharmacy|medical|clinical|surgical|dental|physician|new\s+grad)\s)residency|exhibition|festival|tour|car|vehicle|room|roommate|flatmate|housemate|sublet|lodger|quote|estimate|competition|showcase|wedding|birthday|party|bbq|barbecue|startups?|pitch|accelerator|cohort|apartments?|speaker|talk\s+proposal|talk\s+slots?|program(?:me)?\s+committee|cfp|call\s+for\s+papers|abstract|manuscript|paper)\b`,
  someoneElse: rx`\b(?:my|his|her|their|\w+'s)\s+(?:\w+\s+)?(?:application|candidacy|candidature|cv|resume)\b`,
  reader: rx`\byou(?:rs?)?\b`,
  includesReader: rx`\b(?:like\s+you(?:rself)?|including\s+you(?:rself)?|alongside\s+you|you\s+(?:are|were)\s+(?:one|among)|one\s+of\s+them)\b`,
  // "That said" and "having said that" only turn the discourse; hearsay ("I asked around") reports too.
  reported: rx`\b(?:told|(?<!\b(?:that|being|having|with\s+that)\s)said(?!\s+that\s*,)|says|saying|wrote|writes|explained|mentioned|asked\s+around|found\s+out|apparently)\b`,
  hiringSide: rx`\b(?:rejection\s+reason|reason\s+for\s+rejection|you(?:'re|\s+are|\s+were)\s+(?:on|part\s+of)\s+the\s+(?:hiring|interview)\s+(?:team|panel)|view\s+(?:the\s+)?candidate(?!\s+(?:home|portal|cent(?:er|re)|account|profile|page|site|dashboard))|candidate\s+(?:rejected|archived|scorecard)|thanks?\s+(?:you\s+)?for\s+(?:the\s+|your\s+)?referr(?:ing|al)|you\s+referred|referral\s+update|(?:submit|complete)\s+your\s+(?:scorecard|interview\s+feedback))\b`,
  pastDecision: rx`^\s*${WORDS(4)}(?:then|back\s+then|back\s+in\s+(?:the\s+)?\w+|earlier\s+this\s+year|at\s+the\s+time|last\s+(?:year|time|month|spring|summer|autumn|fall|winter)|previously|a\s+(?:while|year|few\s+(?:months|weeks|years)|couple\s+of\s+(?:months|weeks|years))\s+ago)\b`,
  completions: [
    { ending: 'your application.' },
    { ending: 'further.' },
    { after: rx`\b(?:other|another|different|alternative|stronger)\s*$`, ending: 'candidates.' },
    // Passives cut before their participle: "the position has been fil…", "your application was not …".
    {
      after: rx`\b${ROLE_NOUN}s?\s+(?:has|have|was|were|is)\s+(?:now\s+|already\s+)?been\s*$`,
      ending: 'filled.',
    },
    {
      after: rx`\b(?:application|candidacy|you)\s+(?:has|have|was|were)\s+not\s+(?:been\s*)?$`,
      ending: 'successful.',
    },
    // After regret, a passive cut before its word: "We regret to inform you that your application was…".
    {
      after: rx`\b(?:regret|sorry|sad)\s+to\s+(?:inform|tell|let)\s+you(?:\s+know)?\s+that\s+(?:your\s+(?:\w+\s+)?(?:application|candidacy)|you)\s+(?:has|have|was|were|is|are)(?:\s+been)?\s*$`,
      ending: 'unsuccessful.',
    },
  ],
  subjectUpdate: rx`\b(?:update|news|decision|status|regarding|about|follow[- ]up|outcome)\b[^\n]{0,40}\b(?:application|candidacy|interview)\b|\byour\s+application\s+(?:to|for|at|with)\b|\bapplication\s+(?:update|status|outcome)\b|\bunsuccessful\b|\bnot\s+selected\b|\bregret\b|\bupdate\s+from\b|\bnotice\s+of\s+(?:results|rating|eligibility|non-?selection)\b|\b(?:exam|examination|assessment|test|selection)\s+results?\b`,
};
