/**
 * Company names: how they are written in running text, how they are recovered from addresses and links, and
 * which capitalised words only look like one.
 */

import { DIGIT, LETTER, LETTER_OR_DIGIT, LOWER, UPPER } from './letters';

/** A capitalised name of up to five words ("Acme", "Bank of Nova", "Smith & Jones", "eBay", "J.P. Morgan"). */
export const NAME = `((?:(?:[${UPPER}]\\.){2,3}(?=[ \\t][${UPPER}])|(?:[${UPPER}${DIGIT}]|[${LOWER}](?=[${UPPER}]))[${LETTER_OR_DIGIT}&'’+-]*(?:\\.[${LETTER_OR_DIGIT}]+)*)(?:[ \\t](?:&[ \\t]?)?(?:[${UPPER}${DIGIT}][${LETTER_OR_DIGIT}&'’+-]*(?:\\.[${LETTER_OR_DIGIT}]+)*|(?:of|and|de|del|du|des|la|le|los|las|der|die|das|für|for|y|e|da|do|dos|van|von|the)(?=[ \\t][${UPPER}${DIGIT}]))){0,4})`;

/** A set of words written `|`-separated, a few to a line: one quoted string per word weighs more in the bundle. */
const wordSet = (...lines: string[]) => new Set(lines.join('|').split('|'));

/** Words that end a sender's or a team's name without being part of the company's. */
const GENERIC_TAIL = wordSet(
  'team|teams|talent|acquisition|careers|career|recruiting|recruitment|recruiter|recruiters|hr|hiring',
  'jobs|job|people|operations|ops|notifications|no-reply|noreply|mail|family|human|resources',
  'resourcing|staffing|talento|talentos|recrutement|recrutamento|reclutamiento|seleccion|selección|rh|rrhh',
  'personal|personalabteilung|werving|gente|afdeling|abteilung|karriere|carreiras|empleo|emploi|attraction',
  'bewerbermanagement|bewerbungsmanagement|personalgewinnung|internal|p&o|department|staff|personas|pessoas',
  'unit|departamento|departement|personeelszaken|personeelsdienst|committee|panel',
);

/** Departments that name a team inside the company ("Acme Engineering Recruiting"). */
const DEPARTMENT = wordSet(
  'engineering|product|design|marketing|sales|finance|operations|research|data|technology|tech|legal',
  'driver|drivers|nursing|clinical|corporate|campus|graduate|store|retail|field|experienced',
  'student|students|early|graduates|emerging|apprenticeships|internships',
);

/** Capitalised words that start sentences or name things other than employers. */
const NOT_A_COMPANY = wordSet(
  'the|this|that|these|those|we|our|us|you|your|i|it|its|they',
  'unfortunately|thank|thanks|dear|hi|hello|hey|best|regards|please',
  'after|as|at|in|on|for|with|present|time|this time|all|any|each|every|some|least|moment|once|again|today',
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday',
  'january|february|march|april|may|june|july|august|september|october|november|december',
  'linkedin|indeed|glassdoor|greenhouse|lever|workday|ashby|smartrecruiters|icims|workable|successfactors|jobvite|taleo|ziprecruiter|xing|stepstone|monster|otta|wellfound',
  'email|e-mail|mail|gmail|recruiter|recruiting|hiring|talent|team|hr|careers|jobs|job|position|role',
  'application|applications|candidate|candidates|interview|company|remote',
  'senior|junior|graduate|principal|lead|head|chief|unit|selection|search|appointment|appointments',
  'usa|us|uk|eu|europe|london|berlin|paris|new york',
  'engineering|product|design|marketing|sales|finance|operations|legal|research|data|technology|support|people|human resources',
  "l'équipe|équipe|equipo|equipe|el equipo|het team|personalabteilung|recrutement|recursos humanos|personal",
  'ihre|ihr|sie|wir|uns|votre|nous|vous|su|tu|nosotros|uw|wij|jouw|sua|nós',
  'ze|zij|hij|ils|elles|ellos|ellas|eles|elas|he|she|er',
);

/** Words that open a sentence or a subject line in capitals, though names may begin with them ("Just Eat"). */
const OPENER = wordSet(
  'just|also|sadly|regrettably|however|although|while|since|following|given|having|now|so|but|and|if',
  'pero|sin embargo|aber|mais|maar|mas|porém|entonces|donc|dus|daher',
  'ik|je|helaas|na|nach|leider|après|malheureusement|tras|lamentablemente|después|após|depois|infelizmente',
  'store|shop|office|branch|site|location|greetings|service|le service|servicio|el servicio|serviço|o serviço',
  'absage|zusage|rückmeldung|bewerbung|candidature|candidatura|sollicitatie|réponse|respuesta|retorno|update',
  'outcome|status|feedback|decision|reminder|important|confirmation|thank you',
);

/** Words that only open a team's name ("Recruiter ASML", "Equipo de Talento BBVA"): the rest is the company. */
export const LEADING_TEAM =
  /^(?:(?:team|equipo|equipe|time|talent|talento|talentos|acquisition|recruiting|recruitment|recruiter|recrutement|recrutamento|reclutamiento|selección|seleccion|personalabteilung|karriere|rh|hr|rrhh|human|resources|recursos|humanos|gente|gestão|programa|programme|program|jobs|careers|de|do|da|of|&)\s+)*?(?:talent|talento|talentos|acquisition|atração|atracción|attraction|recruiting|recruitment|recruiter|recrutement|recrutamento|reclutamiento|selección|seleccion|personalabteilung|bewerbermanagement|bewerbungsmanagement|karriere|rh|hr|rrhh|resources|humanos|gente|gestão|jobs|careers|estágio|estagio|estágios|prácticas|practicas|internships?|stages?)\s+(?:(?:de|do|da|of|at|&|gestão|acquisition)\s+)*(?=\p{Lu}|\p{N})/iu;

/** Countries and regions after a name mark a branch of the company ("Capgemini India", "KPMG UK"). */
const REGION_TAIL =
  /\s+(?:(UK|US|USA|EMEA|APAC|DACH|LATAM|Benelux|Nordics)|India|Deutschland|Germany|France|España|Spain|Nederland|Netherlands|Brasil|Brazil|Portugal|Ireland|Australia|Canada|Schweiz|Österreich|Belgium|Italia)(?:\s+(?:AG|GmbH|SE|SA|SAS|SL|BV|NV|Ltd|Limited|Inc|LLC|plc))?$/u;

const CONNECTOR_TAIL = /(?:\s+(?:of|and|de|du|des|la|le|der|die|das|für|y|e|van|von|the|&))+$/iu;

/** Names start with a capital or a digit, or with one small letter before a capital ("eBay"). */
const STARTS_LIKE_A_NAME = new RegExp(`^(?:[${UPPER}${DIGIT}]|[${LOWER}][${UPPER}])`);

/** A phone number or a reference is no name. */
const HAS_LETTER = new RegExp(`[${LETTER}]`);

/** Tidies a captured name: trailing punctuation, possessives and team words go; undefined when nothing is left. */
export function tidyCompany(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let name = raw
    .trim()
    .replace(/^(?:the|your|our|dein|deine|ihr|ihre|euer|votre|notre|jouw|seu|sua|nosso|nossa)\s+/i, '')
    .replace(LEADING_TEAM, '')
    // "Nikki & the Acme Talent Team": a person signing with the team.
    .replace(/^\p{Lu}[\p{L}'’-]+\s+(?:&|and)\s+the\s+(?=\p{Lu})/u, '')
    .replace(/^[("'“‘]+|[)"'”’,:;!?]+$/gu, '')
    // "Amazon.jobs": a careers site's name is the company's.
    .replace(/\.(?:jobs|careers)$/iu, '')
    .replace(/['’]s$/u, '')
    .replace(/\.+$/u, (dots) =>
      /\b(?:inc|ltd|co|corp|llc|s\.a|b\.v|n\.v)$/i.test(raw.trim().slice(0, -dots.length)) ? dots : '',
    )
    .trim();
  const words = name.split(/\s+/);
  // "Acme Engineering Hiring": once a team word goes, the department before it goes too.
  let trimmed = false;
  for (;;) {
    const last = (words[words.length - 1] ?? '').toLowerCase();
    if (words.length <= 1 || !(GENERIC_TAIL.has(last) || (trimmed && DEPARTMENT.has(last)))) break;
    words.pop();
    trimmed = true;
  }
  name = words.join(' ').replace(CONNECTOR_TAIL, '').trim();
  // "The Home Depot" is a name of its own; "The Acme Recruiting Team" only a team's.
  if (!trimmed && /^The\s+\S+\s+\S/u.test(raw.trim())) name = `The ${name}`;
  const region = REGION_TAIL.exec(name);
  // "Air India" stays whole: a country is only dropped after a name that stands on its own.
  if (region && !CONNECTOR_TAIL.test(name.slice(0, region.index)) && region.index >= (region[1] ? 2 : 5))
    name = name.slice(0, region.index);
  // "We've", "They're": a contraction opens a sentence, never a name.
  if (/^\S+['’](?:ve|re|ll|d|m)\b|^\S+n['’]t\b/iu.test(name)) return undefined;
  // "Le Service Recrutement" leaves an article, not a name.
  if (/^(?:le|la|les|el|los|las|het|de|die|der|das|o|os|a|as)$/i.test(name)) return undefined;
  if (name.length < 2 || name.length > 60 || !STARTS_LIKE_A_NAME.test(name) || !HAS_LETTER.test(name))
    return undefined;
  if (NOT_A_COMPANY.has(name.toLowerCase()) || NOT_A_COMPANY.has((words[0] ?? '').toLowerCase()))
    return undefined;
  if (GENERIC_TAIL.has(name.toLowerCase()) || OPENER.has(name.toLowerCase())) return undefined;
  return name;
}

/** Business words that domains glue to the name ("halcyonlabs", "brightlinehealth"). */
const GLUED_SUFFIX =
  /^(.{4,}?)(labs?|health|tech|group|software|media|studios?|foods|bank|capital|consulting|systems|digital|games|brands|energy|logistics|retail|partners|analytics|pharma|medical|dental|care|hotels?|networks?|payments|solutions|works|ventures|robotics|security|cloud|legal|motors|airlines|insurance|finance|financial|realty|homes|kitchenware|furniture|outfitters|coffee|books|design|marketing|agency)$/;

/** Turns an address or URL label such as `acme-corp` into a readable name (`Acme Corp`). */
export function labelToName(label: string): string | undefined {
  const glued = /^[a-z]+$/.test(label) ? GLUED_SUFFIX.exec(label) : null;
  const words = (glued ? `${glued[1]}-${glued[2]}` : label)
    .replace(
      /^(?:careers?|jobs?|recruiting|talent|hr|apply|join)[-_.]|[-_.](?:careers?|jobs?|recruiting|talent|hr)$/i,
      '',
    )
    .split(/[-_.]+/)
    .filter((w) => w && !/^\d+$/.test(w));
  if (!words.length) return undefined;
  const name = words
    .map((w) => (w.length <= 3 && words.length === 1 ? w.toUpperCase() : w[0]?.toUpperCase() + w.slice(1)))
    .join(' ');
  return tidyCompany(name);
}

const ASCII_ONLY = /^[\0-\x7f]*$/;

/** A comparison key: lower case, letters and digits only, umlauts spelled out as in addresses (ü → ue). */
export function foldName(name: string): string {
  // Most names are plain ASCII, where spelling out and stripping accents change nothing.
  if (ASCII_ONLY.test(name)) return name.toLowerCase().replace(/[^a-z\d]+/g, '');
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Words a domain puts before the name it spells ("grupoalsa", "restaurantelatraviesa", "agenciatrampo"). */
const LABEL_PREFIX =
  /^(?:the|my|get|join|team|grupo|group|groupe|agencia|agence|agency|restaurante|restaurant|hotel|cafe|bar|studio|clinica|farmacia|casa|colegio|escola)$/;

/**
 * Whether a written name spells a domain's label: "Kettle & Crumb" at kettleandcrumb, "Randstad" at randstadusa
 * (a country code after it), "ALSA" at grupoalsa, "Müller Maschinenbau GmbH" at mueller-maschinenbau.
 */
export function spellsLabel(name: string, label: string): boolean {
  const key = foldName(label);
  if (key.length < 3 || !mayStartSpelling(name, key)) return false;
  // "Kettle & Crumb" at kettleandcrumb, "Kanzlei Dr. Klein" at kanzlei-klein.
  const spellings = (text: string) => {
    const bare = text.replace(/\b(?:Dr|Prof|Me)\.\s*/gu, '');
    return [foldName(text), foldName(text.replace(/&/gu, ' and ')), foldName(bare)];
  };
  // A longer name spells the label over more than its first word: "Politieagent" does not spell politie, "Hafenkante
  // Kaffeerösterei" spells hafenkante-kaffee.
  const first = foldName(name.split(/\s+/)[0]?.replace(/\.\p{L}{2,4}$/u, '') ?? '');
  if (first.length <= key.length && spellings(name).some((spelled) => spelled.startsWith(key))) return true;
  return spellings(name).some(
    (spelled) =>
      spelled.length >= 4 &&
      ((key.startsWith(spelled) && key.length - spelled.length <= 3) ||
        (key.endsWith(spelled) && LABEL_PREFIX.test(key.slice(0, -spelled.length)))),
  );
}

/** Marks that change how a name's spellings begin ("& Co", "Dr. Klein"). */
const SPELLING_MARKS = /&|\b(?:Dr|Prof|Me)\./u;

/**
 * Whether the name's first letter can begin a spelling of the label: the label's own, or the one after a word a
 * domain puts before names. Most names read from a message fail here, before their spellings are made.
 */
function mayStartSpelling(name: string, key: string): boolean {
  if (SPELLING_MARKS.test(name)) return true;
  const first = foldName(name.slice(0, 16))[0] ?? foldName(name)[0];
  if (first === undefined || first === key[0]) return true;
  for (let at = 2; at < key.length; at++)
    if (key[at] === first && LABEL_PREFIX.test(key.slice(0, at))) return true;
  return false;
}

const FREE_MAIL =
  /^(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|web|yandex|zoho|mail|fastmail|hey|tutanota|t-online|libero|wanadoo|btinternet)$/i;
/** Internet providers whose mail is personal, though their `.com` domain is the company's own (verizon.com). */
const PROVIDER_MAIL = /^(?:orange|free|laposte|comcast|verizon|sfr|telenet|ziggo|kpnmail|bluewin)$/i;

/** Second-level suffixes under which the company's label sits one level further left. */
const SHARED_SUFFIX = /^(?:co|com|org|net|ac|gov|ltd|plc)$/i;

/** Provinces and states that countries put under their top-level domain (Canada, Brazil, Australia). */
const REGION_LABEL =
  /^(?:qc|on|bc|ab|mb|ns|nb|sp|rj|mg|rs|pr|sc|ba|df|pe|ce|go|es|nsw|vic|qld|wa|sa|tas|act|nt)$/;

/** Domains under which public bodies each have their own sub-domain. */
const UMBRELLA_LABEL = /^(?:europa)$/;

/** The company label of a domain (`mail.acme.co.uk` → `acme`), or undefined for free mail. */
export function domainLabel(domain: string): string | undefined {
  const labels = domain.toLowerCase().split('.').filter(Boolean);
  if (labels.length < 2) return undefined;
  const tldAt = labels.length - 1;
  const at =
    labels.length >= 3 && SHARED_SUFFIX.test(labels[tldAt - 1] ?? '') && (labels[tldAt] ?? '').length === 2
      ? tldAt - 2
      : tldAt - 1;
  // "caisseboreale.qc.ca", "jundiai.sp.gov.br": a province or state sits between the name and the country.
  // "eu-lisa.europa.eu": an umbrella domain hosts each body under its own name.
  const label =
    at > 0 && (REGION_LABEL.test(labels[at] ?? '') || UMBRELLA_LABEL.test(labels[at] ?? ''))
      ? labels[at - 1]
      : labels[at];
  // Reserved example domains (example.com, example-mail.org) are no one's company.
  if (!label || FREE_MAIL.test(label) || /^example(?:-\w+)?$/.test(label)) return undefined;
  if (PROVIDER_MAIL.test(label) && labels[tldAt] !== 'com') return undefined;
  return label;
}

/** Company slugs in ATS links and sub-domains (`acme.myworkdayjobs.com`, `jobs.lever.co/acme`). */
const ATS_LINKS: RegExp[] = [
  /\b([a-z0-9][a-z0-9-]{1,40})\.(?:wd\d+\.)?myworkdayjobs\.com/gi,
  /\b(?:jobs\.lever\.co|jobs\.ashbyhq\.com|(?:job-)?boards\.greenhouse\.io|apply\.workable\.com|jobs\.smartrecruiters\.com|careers\.smartrecruiters\.com)\/([A-Za-z0-9][A-Za-z0-9-]{1,40})/gi,
  /\b([a-z0-9][a-z0-9-]{1,40})\.(?:teamtailor\.com|recruitee\.com|bamboohr\.com|jobs\.personio\.(?:de|com)|breezy\.hr|applytojob\.com|workable\.com)/gi,
  /\bcareers?-([a-z0-9][a-z0-9-]{1,40})\.icims\.com/gi,
];

const ATS_LINK_NOISE =
  /^(?:www|jobs|careers|apply|boards|job-boards|app|api|embed|email|link|links|click|us|eu)$/i;

/**
 * Different names taken from links at most. Names are weighed against each other in pairs, so a page linking to
 * thousands of companies would cost seconds; a message about one application links to a few.
 */
export const MAX_LINK_NAMES = 20;

/** Company names in ATS links, every occurrence of the first {@link MAX_LINK_NAMES} different ones. */
export function companiesFromLinks(text: string): string[] {
  const out: string[] = [];
  const different = new Set<string>();
  for (const pattern of ATS_LINKS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const slug = m[1] ?? '';
      if (ATS_LINK_NOISE.test(slug)) continue;
      const name = labelToName(slug);
      if (!name || (!different.has(name) && different.size >= MAX_LINK_NAMES)) continue;
      different.add(name);
      out.push(name);
    }
  }
  return out;
}
