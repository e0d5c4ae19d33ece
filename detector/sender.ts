/**
 * What the From header tells: who wrote, from which address, and whether it came through an applicant
 * tracking system (ATS) or a job board that relays an employer's decision.
 */

export interface Sender {
  /** Display name without quotes, e.g. `Jane Doe` or `Acme via Greenhouse`. */
  name: string;
  /** Lowercased address, or '' when the header has none. */
  address: string;
  local: string;
  domain: string;
  /** The ATS or job board the address belongs to, if any. */
  platform?: Platform;
  /** Replies to it go nowhere (no-reply, notifications…). */
  noReply: boolean;
  /** The address is a hiring team's (jobs@, careers@, recruiting@…). */
  hiring: boolean;
}

export interface Platform {
  name: string;
  /** Job boards pass on someone else's decision: they are never the company. */
  relay: boolean;
}

const PLATFORMS: [RegExp, Platform][] = [
  [/(?:^|\.)greenhouse(?:-mail)?\.io$/, { name: 'Greenhouse', relay: false }],
  [/(?:^|\.)lever\.co$/, { name: 'Lever', relay: false }],
  [/(?:^|\.)myworkday(?:jobs)?\.com$|(?:^|\.)workday\.com$/, { name: 'Workday', relay: false }],
  [/(?:^|\.)ashbyhq\.com$/, { name: 'Ashby', relay: false }],
  [/(?:^|\.)smartrecruiters\.com$/, { name: 'SmartRecruiters', relay: false }],
  [/(?:^|\.)icims\.com$/, { name: 'iCIMS', relay: false }],
  [/successfactors\.(?:com|eu)$|(?:^|\.)sapsf\.(?:com|eu)$/, { name: 'SuccessFactors', relay: false }],
  [/(?:^|\.)workable(?:mail)?\.com$/, { name: 'Workable', relay: false }],
  [/(?:^|\.)jobvite\.com$/, { name: 'Jobvite', relay: false }],
  [/(?:^|\.)taleo\.net$/, { name: 'Taleo', relay: false }],
  [/(?:^|\.)bamboohr\.com$/, { name: 'BambooHR', relay: false }],
  [/(?:^|\.)recruitee\.com$/, { name: 'Recruitee', relay: false }],
  [/(?:^|\.)teamtailor(?:-mail)?\.com$/, { name: 'Teamtailor', relay: false }],
  [/(?:^|\.)personio\.(?:de|com)$/, { name: 'Personio', relay: false }],
  [
    /(?:^|\.)breezy\.hr$|(?:^|\.)applytojob\.com$|(?:^|\.)jazzhr\.com$|(?:^|\.)jazz\.co$/,
    { name: 'JazzHR', relay: false },
  ],
  [
    /(?:^|\.)pinpointhq\.com$|(?:^|\.)paradox\.ai$|(?:^|\.)comeet\.(?:co|com)$|(?:^|\.)rippling\.com$/,
    { name: 'ATS', relay: false },
  ],
  [
    /(?:^|\.)softgarden\.(?:io|de)$|(?:^|\.)gupy\.(?:io|com\.br)$|(?:^|\.)join\.com$|(?:^|\.)homerun\.co$/,
    { name: 'ATS', relay: false },
  ],
  [
    /(?:^|\.)kenoby\.com$|(?:^|\.)pageuppeople\.com$|(?:^|\.)oraclecloud\.com$|(?:^|\.)dvinci(?:-easy)?\.(?:com|de)$|(?:^|\.)paylocity\.com$|(?:^|\.)adp\.com$|(?:^|\.)talentbrew\.com$|(?:^|\.)solides\.com\.br$|(?:^|\.)pandape\.com(?:\.br)?$/,
    { name: 'ATS', relay: false },
  ],
  // Systems employers in Europe and Latin America send from, under the employer's own sub-domain.
  [
    /(?:^|\.)dvinci-hr\.com$|(?:^|\.)rexx-systems\.com$|(?:^|\.)concludis\.de$|(?:^|\.)prescreen\.io$|(?:^|\.)onlyfy\.(?:io|com)$|(?:^|\.)bizneo\.(?:com|es)$|(?:^|\.)flatchr\.io$|(?:^|\.)welcomekit\.co$|(?:^|\.)taleez\.com$|(?:^|\.)umantis\.com$/,
    { name: 'ATS', relay: false },
  ],
  // School districts' hiring systems in the United States.
  [
    /(?:^|\.)frontline-ed\.com$|(?:^|\.)frontlineeducation\.com$|(?:^|\.)applitrack\.com$/,
    { name: 'Frontline', relay: false },
  ],
  // Public job boards pass on the decision of the employer a card or a labelled field names.
  [
    /(?:^|\.)usajobs\.gov$|(?:^|\.)usastaffing\.gov$|(?:^|\.)jobs\.nhs\.uk$|(?:^|\.)civilservicejobs\.service\.gov\.uk$|(?:^|\.)csjobs\.cabinetoffice\.gov\.uk$|(?:^|\.)jobs\.ac\.uk$/,
    { name: 'Job board', relay: true },
  ],
  [
    /(?:^|\.)reed\.co\.uk$|(?:^|\.)totaljobs\.com$|(?:^|\.)cv-library\.co\.uk$|(?:^|\.)seek\.com\.au$|(?:^|\.)naukri\.com$|(?:^|\.)jobindex\.dk$|(?:^|\.)adzuna\.\w+$/,
    { name: 'Job board', relay: true },
  ],
  [/(?:^|\.)linkedin\.com$/, { name: 'LinkedIn', relay: true }],
  [
    /(?:^|\.)joinhandshake\.com$|(?:^|\.)apsjobs\.gov\.au$|(?:^|\.)werkenvoornederland\.nl$|(?:^|\.)werkzoeken\.nl$|(?:^|\.)bumeran\.com(?:\.\w\w)?$|(?:^|\.)computrabajo\.com(?:\.\w\w)?$/,
    { name: 'Job board', relay: true },
  ],
  // Text messages forwarded to mail: the number's carrier relays whoever wrote.
  [/(?:^|\.)textnow\.me$/, { name: 'SMS', relay: true }],
  [
    /(?:^|\.)infojobs\.net$|(?:^|\.)jobteaser\.com$|(?:^|\.)hellowork\.com$|(?:^|\.)catho\.com\.br$|(?:^|\.)nationalevacaturebank\.nl$|(?:^|\.)jobs\.ch$|(?:^|\.)karriere\.at$/,
    { name: 'Job board', relay: true },
  ],
  [/(?:^|\.)indeed(?:email)?\.com$/, { name: 'Indeed', relay: true }],
  [
    /(?:^|\.)jobat\.be$|(?:^|\.)francetravail\.fr$|(?:^|\.)pole-emploi\.fr$|(?:^|\.)apec\.fr$|(?:^|\.)vagas\.com(?:\.br)?$|(?:^|\.)infojobs\.com\.br$|(?:^|\.)vdab\.be$|(?:^|\.)arbeitsagentur\.de$|(?:^|\.)werk\.nl$|(?:^|\.)occ\.com\.mx$/,
    { name: 'Job board', relay: true },
  ],
  [
    /(?:^|\.)glassdoor\.com$|(?:^|\.)ziprecruiter\.com$|(?:^|\.)stepstone\.\w+$|(?:^|\.)xing\.com$/,
    { name: 'Job board', relay: true },
  ],
  [
    /(?:^|\.)welcometothejungle\.com$|(?:^|\.)otta\.com$|(?:^|\.)wellfound\.com$|(?:^|\.)monster\.\w+$/,
    { name: 'Job board', relay: true },
  ],
];

const NO_REPLY =
  /^(?:no-?reply|do-?not-?reply|donotreply|noreply|notifications?|notificac(?:oes|ao)|notificaciones|notify|mailer-daemon|bounces?|automated|alerts?|jobs-noreply|invitations|messages-noreply|nao-?responda|no-?responder|ne-?pas-?repondre|niet-?beantwoorden|nicht-?antworten)(?:[-+._].*)?$|[-_.]no-?reply$|no-?reply[-_.]/i;

const HIRING_LOCAL =
  /(?:^|[-_.])(?:jobs?|careers?|recruit\w*|talent\w*|hiring|hr|people|staffing|employment|crew|bewerbung\w*|karriere|personal|emploi|recrutement|rh|empleo|seleccion|personas|rrhh|talento|vacatures?|werving|sollicitaties?|vagas|recrutamento|recursoshumanos|talentos|concursos?|concours|seleccio|selecao|selection|selectie|oposiciones|oposicions)(?:$|[-_.])/i;

/** Every platform's domains in one pattern: most senders are none of them, which one reading then tells. */
const ANY_PLATFORM = new RegExp(PLATFORMS.map(([pattern]) => `(?:${pattern.source})`).join('|'));

export function platformOf(domain: string): Platform | undefined {
  if (!ANY_PLATFORM.test(domain)) return undefined;
  for (const [pattern, platform] of PLATFORMS) if (pattern.test(domain)) return platform;
  return undefined;
}

export function parseSender(from: string): Sender {
  const raw = (from ?? '').trim();
  const angle = /<([^<>\s]+@[^<>\s]+)>/.exec(raw);
  const bare = angle ? undefined : /[^\s<>"',;]+@[^\s<>"',;]+/.exec(raw);
  const address = (angle?.[1] ?? bare?.[0] ?? '').toLowerCase();
  const name = (angle ? raw.slice(0, angle.index) : bare ? '' : raw)
    .replace(/^["'\s]+|["'\s]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const at = address.lastIndexOf('@');
  const local = at > 0 ? address.slice(0, at) : '';
  const domain = at > 0 ? address.slice(at + 1) : '';
  return {
    name,
    address,
    local,
    domain,
    platform: platformOf(domain),
    noReply: NO_REPLY.test(local),
    hiring: HIRING_LOCAL.test(local),
  };
}
