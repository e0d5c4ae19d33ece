import { withCheapBoundaries } from './boundary';
import {
  companiesFromLinks,
  domainLabel,
  foldName,
  type LabelSpelling,
  LEADING_TEAM,
  labelSpelling,
  labelToName,
  NAME,
  NAME_START,
  namesTeam,
  spellsLabel,
  tidyCompany,
  universityInFull,
  withoutDepartment,
} from './company';
import { isBusinessWord } from './label-words';
import { lazyRegExp, type Pattern } from './lazy';
import { isLetterOrDigit, LETTER, LETTER_OR_DIGIT, LOWER, UPPER } from './letters';
import { withNeedles } from './needles';
import {
  ci,
  isTeamPhrase,
  readSenderName,
  readSignature,
  slugOf,
  spellsSlug,
  teamLineCompany,
} from './people';
import { forgetAnswers } from './per-message';
import {
  firstTidy,
  ROLE_WORDS,
  roleFromSubjectPieces,
  roleInText,
  stripSubjectPrefixes,
  tidyRole,
  tidyTitledRole,
} from './role';
import { parseSender, platformOf, type Sender } from './sender';
import { allAtOnce } from './steps';

/**
 * Fills in who to thank and where to write: the company (never the job board that relayed the news), the role,
 * the recruiter's name and a reply address. Each source proposes company names with a weight; names that
 * several sources agree on win.
 */

export interface Extraction {
  company?: string;
  role?: string;
  recruiter?: string;
  replyTo?: string;
}

export interface ExtractInput {
  sender: Sender;
  subject: string;
  body: string;
  signature: string[];
  /** Raw text and HTML, searched only for ATS links that name the company and for forwarded headers. */
  links: string;
}

const JOB_WORDS =
  'interviews|positions|roles|vacancies|openings|applications|postulé|postulée|postuler|beworben|gesolliciteerd|postulado|postulada|postulaste|candidatou|position|role|job|opportunity|opportunities|opening|vacancy|internship|interest|interview|interviewing|candidacy|application|career|careers|committee|everyone|here|team|employment|time|work|working|apply|applying|applied|stelle|position|bewerbung|interesse|poste|candidature|intérêt|puesto|vacante|candidatura|solicitud|interés|vaga|functie|sollicitatie|vacature|processo|proceso|process';

const JOB_WITH_WORDS =
  'position|role|job|opportunity|opportunities|opening|vacancy|internship|career|careers|employment|candidacy|application';

/**
 * Not followed, past more capitalised words (a shift, a dash or a short parenthesis among them: "CNC
 * Machinist - 2nd Shift position", "Guest Advocate (Front Desk) role"), by one of `words`.
 */
const notBefore = (words: string, unless = '') =>
  `(?!(?:[ \\t]+(?:[${UPPER}][${LETTER_OR_DIGIT}&'’+-]*|[-–—]|\\d[${LETTER_OR_DIGIT}]*|\\([^()\\n]{1,30}\\)))*[ \\t]+(?:${words})s?\\b${unless})`;
/**
 * A name followed by a job noun is a job title ("interest in the Machine Learning Engineer vacancy"), one followed by
 * a site's word a place ("the Cashier position at the Vista Blvd store"), unless a number names the site ("Target
 * store T1375").
 */
const NOT_BEFORE_JOB_NOUN = `(?![${LETTER_OR_DIGIT}&'’+-])${notBefore(
  'role|position|vacancy|job|opening|opportunity|internship|programme|program|scheme|apprenticeship|traineeship|contract|post|posting|listing|shift|team|stelle|poste|puesto|vaga|functie|vacature|certification|certificate|experience|skills|background|degree|license|licence|qualifications?',
)}${notBefore('store|branch|location|site|restaurant|ward|campus|facility|warehouse|depot', '(?![ \\t]+#?[A-Z]?\\d)')}`;

/** "Thank you for your interest in Nordlicht Games", in the body or as a subject. */
const INTEREST_IN = new RegExp(
  `\\b(?:${ci('interest in|interest in joining|interest in working at|interest in working for|interest in working with|interesse an|intérêt pour|interés en|interesse na|interesse no|interesse pela|interesse pelo|interesse in|greetings from|grüße von|saludos de')})[ \\t]+(?:(?:der|die|dem|el|la|le|l'|het|de|the)[ \\t]+)?${NAME}${NOT_BEFORE_JOB_NOUN}`,
  'gu',
);

/**
 * A company after a job word and a preposition. The gap runs past other words, though only for `past` past the
 * preposition itself ("the position with a person registered with SACNASP" holds no job with it).
 */
const jobThen = (jobWords: string, prepositions: string, articles: string, past = true) =>
  withNeedles(
    // Job words are in every message; a name right after the preposition is in few.
    new RegExp(`[ \\t](?:${prepositions})[ \\t]+(?:(?:${articles})[ \\t]+)?${NAME_START}`, 'u'),
    new RegExp(
      `\\b(?:${ci(jobWords)})(?:[ \\t]+${past ? '' : `(?!(?:${prepositions})[ \\t])`}(?:\\([^()\\n]{1,30}\\)|[^\\s.,;:!?]+)){0,8}?[ \\t]+(?:${prepositions})[ \\t]+(?:(?:${articles})[ \\t]+)?${NAME}${NOT_BEFORE_JOB_NOUN}`,
      'gu',
    ),
  );

/**
 * "el puesto … en Madrid", "a vaga … em Juiz de Fora – MG": in Spanish and Portuguese the place of the job follows
 * the same word as its employer, so what follows only weighs a little less than a name read elsewhere.
 */
const PLACE_OR_COMPANY_IN_TEXT = jobThen(JOB_WORDS, 'en|na|no|em', 'el|la|a|o');

/** Body phrases that put the employer's name right after (or, for relays, right before) a job word. */
const COMPANY_IN_TEXT: Pattern[] = [
  jobThen(JOB_WORDS, 'at|@|bei|chez|auprès de|bij', "der|die|dem|den|la|le|les|l'|het|de|the"),
  // "with" also introduces people ("time with Anika"): only a job itself is held with a company.
  jobThen(JOB_WITH_WORDS, 'with', 'the', false),
  INTEREST_IN,
  new RegExp(
    `\\b(?:${ci("applying to|applied to|apply to|applying at|applied at|applying with|applied with|joining|to join|on behalf of|la empresa|l’entreprise|l'entreprise|l’employeur|l'employeur|a empresa|da empresa|o empregador|die firma|das unternehmen|der arbeitgeber|het bedrijf|de werkgever|the employer|the company|el empleador")})[ \\t]+${NAME}${NOT_BEFORE_JOB_NOUN}`,
    'gu',
  ),
  new RegExp(
    `\\b(?:${ci('the')})[ \\t]+${NAME}[ \\t]+(?:${ci('team|family|recruiting team|recruitment team|talent team|talent acquisition team|hiring team|people team|careers team|HR team')})\\b(?![ \\t]+[${UPPER}])`,
    'gu',
  ),
  new RegExp(
    `\\b(?:${ci("l'équipe|équipe|el equipo de|equipo de|equipe|equipe da|equipe do|equipa|equipa da|equipa do|do time|o time|time|het team van|team van|ihr team von|team von|das team von")})(?:[ \\t]+(?:Recrutement|RH|Talent Acquisition|Talents|Talento|Recursos Humanos|Recruitment))?[ \\t]*[–—-]?[ \\t]*(?:(?:de|du|da|do|van)[ \\t]+)?${NAME}`,
    'gu',
  ),
  new RegExp(
    `\\b(?:${ci('update from|news from|message from|feedback from|novedades de|mise à jour de|atualização de|atualização da|atualização do|actualización de|neuigkeiten von|nieuws van|update van|nachricht von|nachricht von der firma|nachricht der firma|mensaje de|message de|bericht van|mensagem da|mensagem do')})[ \\t]+${NAME}`,
    'gu',
  ),
  // A job board's quoted title: "la oferta «Administrativo/a contable» de Grupo Ferrocal".
  withNeedles(
    ['«', '"', '“'],
    new RegExp(
      `[«"“][^»"”\\n]{2,80}[»"”][ \\t]+(?:${ci('at|with|de|del|bei|chez|van|bij|da|do|em|en')})[ \\t]+(?:(?:la|le|el|der|die|het|the|a|o)[ \\t]+)?${NAME}`,
      'gu',
    ),
  ),
  // A text message or a short note: "this is Karen from Lone Star Pediatrics", "soy Marta de Farmacia Robles".
  new RegExp(
    `\\b(?:${ci("this is|it's|it’s|c'est|soy|sou|hier ist|hier spricht|ik ben")})[ \\t]+[${UPPER}][${LOWER}]+[ \\t]+(?:${ci('from|at|de|da|von|bei|van|bij|chez')})[ \\t]+${NAME}`,
    'gu',
  ),
];

/**
 * A visit for an interview or a trial lesson: "thank you for coming to Seabrook Academy yesterday". A town is
 * visited too ("for coming to Leeds"), so it only backs a name found elsewhere.
 */
const VISIT = withNeedles(
  // Each phrase holds "coming" or "visit", whatever the case of its first letter.
  ['oming', 'isit'],
  new RegExp(
    `\\b(?:${ci('for coming to|for coming in to|for coming into|for visiting|for your visit to')})[ \\t]+(?:the[ \\t]+)?${NAME}${NOT_BEFORE_JOB_NOUN}`,
    'gu',
  ),
);

/**
 * Relayed decisions start with the employer: "Globex has decided…", "Farmacia Robles ha revisado…", "Distribuidora
 * Pé de Serra atualizou o status da sua candidatura".
 */
const SENTENCE_SUBJECT = new RegExp(
  `(?:^|[.!?:][ \\t]+|\\n|\\b(?:que|that|dass|dat)[ \\t]+)(?:(?:${ci('the|la|le|el|a|o|die|der|de|het')})[ \\t]+)?${NAME}\\.?[ \\t]+(?:has|have|had|reviewed|decided|is|isn['’]t|won['’]t|will|ha|han|hat|haben|heeft|hebben|a|ont|analisou|decidiu|revisou|atualizou|updated|revisó|decidió|actualizó|não|ne|n'a|no|agradece|agradecem|agradeceu|remercie|bedankt|dankt|thanks)(?![${LETTER}'’])`,
  'gu',
);

/** An employer's own statement in a footer: "Ferrovia Regional Transit Authority is an Equal Opportunity Employer." */
const EQUAL_OPPORTUNITY = withNeedles(
  ['qual ', 'EEO', 'EOE'],
  new RegExp(
    `(?:^|\\n|[.!?][ \\t]+)${NAME}[ \\t]+is[ \\t]+(?:an?[ \\t]+|committed[ \\t]+to[ \\t]+)?(?:proud[ \\t]+)?(?:${ci('equal opportunity|equal opportunities|equal employment opportunity')}|EEO|EOE)\\b`,
    'gu',
  ),
);

/** Labelled fields of job boards and public-sector systems: "Employer: …", "Arbeitgeber: …". */
const EMPLOYER_FIELD = new RegExp(
  `^[ \\t]*(?:(?:${ci('employer|company|company name|hiring company|organisation|organization|hiring organisation|hiring organization|unternehmen|arbeitgeber|firma|entreprise|employeur|société|empresa|empleador|organización|werkgever|bedrijf|organisatie|empregador|organização')})[ \\t]*:|(?:${ci('employer|company name|hiring company|organisation|organization')})(?=[ \\t]+[${UPPER}]))[ \\t]*([^\\n]{2,80})$`,
  'gmu',
);
/** A department is the employer only where a public body names it ("Department: Department for Education"). */
const DEPARTMENT_FIELD = withNeedles(
  // A field has a colon after its label.
  [':'],
  new RegExp(
    `^[ \\t]*(?:${ci('department|agency|abteilung|département|departamento|afdeling')})[ \\t]*:[ \\t]*([^\\n]{2,80})$`,
    'gmu',
  ),
);
/**
 * A public board's vacancy line ends on the body that advertises it: "Vacancy: 312456 - Policy Advisor - Department
 * for Education". After a reference number alone the title ends it ("Vacancy: 389412 – Tax Adviser").
 */
const VACANCY_LINE = new RegExp(
  `^[ \\t]*(?:${ci('vacancy|job|position|post|stelle|poste|vacante|vaga|vacature')})[ \\t]*:(?:[^\\n${LETTER}]|[${LETTER}](?![${LETTER}]))*[${LETTER}]{2}[^\\n]*[ \\t][-–—|][ \\t]+${NAME}[ \\t]*$`,
  'gmu',
);
/**
 * A federal announcement names the agency after the title's pay plan and grade: "Program Analyst, GS-0343-12,
 * Bonneville Power Administration (BPA-26-MP-0112)"; a regional office is still the agency's.
 */
const GRADE_AGENCY = withNeedles(
  // A pay plan is written with its dash.
  ['GS-', 'GG-', 'WG-', 'NH-', 'NO-', 'ZP-'],
  new RegExp(`\\b(?:GS|GG|WG|NH|NO|ZP)-\\d{4}-\\d{1,2}(?:\\/\\d{1,2})?,[ \\t]+(?:the[ \\t]+)?${NAME}`, 'gu'),
);
/** An announcement number ("FEMA-25-KL-44127-MP") stands where some letters write the agency: it names none. */
const agencyName = (raw: string | undefined) =>
  raw && !/-\d/.test(raw) ? tidyCompany(raw.replace(/\s+(?:Region|District)\s+\d+$/, '')) : undefined;

/** A state's own name on a careers portal: "State of Oregon", "Washington State". */
const STATE =
  /^(?:(?:State|Commonwealth) of (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)|(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)? State))$/u;
const STATE_DEPARTMENT = new RegExp(
  `\\b((?:[${UPPER}][${LETTER}]+[ \\t]+){0,3}(?:Department|Dept\\.)[ \\t]+(?:of|for)[ \\t]+${NAME})`,
  'gu',
);
const PERSONNEL_DEPARTMENT = /\b(?:Human Resources|Personnel|Administrative Services)\b/;

/**
 * A state hires through its departments: "State of Oregon Careers" writing about the "Department of
 * Transportation" is the Oregon Department of Transportation, as the state's agencies are named.
 */
function stateDepartment(state: string | undefined, text: string): string | undefined {
  const match = STATE.exec(state ?? '');
  const place = match?.[1] ?? match?.[2];
  if (!place) return undefined;
  const placeOnly = place.replace(/ State$/, '');
  STATE_DEPARTMENT.lastIndex = 0;
  for (let m = STATE_DEPARTMENT.exec(text); m; m = STATE_DEPARTMENT.exec(text)) {
    const department = tidyCompany(m[1]?.replace(/^(?:The|the)\s+/, ''));
    if (!department || PERSONNEL_DEPARTMENT.test(department)) continue;
    if (department.startsWith(placeOnly)) return department;
    return `${place} ${department.replace(/^.*?(?=Department|Dept\.)/, '')}`;
  }
  return undefined;
}

const fieldValue = (raw: string | undefined) =>
  keepPossessive(raw?.split(/\s+[-–—|·]\s+|\s*\(/)[0], tidyCompany);

/** A name standing alone in a field or card keeps its "'s" ("Sainsbury's"); in running text it is a possessive. */
function keepPossessive(raw: string | undefined, tidy: (raw: string | undefined) => string | undefined) {
  const name = tidy(raw);
  const possessive = /['’]s$/.exec(raw?.trim() ?? '')?.[0];
  return name && possessive && !name.endsWith(possessive) ? `${name}${possessive}` : name;
}

/**
 * Job-board cards: a title line, then "Company – Place" ("Warehouse Associate" / "Amazon - Reno, NV"). Only the
 * first card counts (later ones are suggestions), and neither line may read as a heading ("Keep searching:").
 */
const CARD = new RegExp(`^([^\\n:|·–—]{2,80})\\n[ \\t]*${NAME}[ \\t]+[-–—·|][ \\t]+[^\\n:]{2,60}$`, 'gmu');
/**
 * The same card with a blank line between its lines, as boards' HTML often reads: its title must name a job.
 */
const SPACED_CARD = new RegExp(
  `^([^\\n:|·–—]{2,80})\\n[ \\t]*\\n[ \\t]*${NAME}[ \\t]+[-–—·|][ \\t]+[^\\n:]{2,60}$`,
  'gmu',
);
const titledCard = (match: RegExpExecArray | null) =>
  match && ROLE_WORDS.test(match[1] ?? '') ? match : null;

/**
 * Cards of two bare lines set apart, before a blank line or a labelled one: the title and the employer in either
 * order ("Program Analyst" / "Department of Veterans Affairs" / "Announcement number: …").
 */
const BARE_CARD = /(?:^|\n)[ \t]*\n([^\n:]{2,80})\n([^\n:]{2,80})\n(?=[ \t]*\n|[^\n:]{2,40}:)/g;
const WHOLE_NAME = new RegExp(`^${NAME}$`, 'u');

function readBareCard(text: string): { company?: string; role?: string } {
  BARE_CARD.lastIndex = 0;
  const match = BARE_CARD.exec(text);
  if (!match) return {};
  const lines = [match[1], match[2]].map((line) => (line ?? '').trim());
  const at = lines.findIndex((line) => WHOLE_NAME.test(line) && !ROLE_WORDS.test(line));
  const role = tidyTitledRole(lines[1 - at]);
  const company = at >= 0 && role ? tidyCompany(lines[at]) : undefined;
  return company ? { company, role } : {};
}

/** A job board's card under a heading that names the employer: "Data Analyst II · Gurugram, Haryana, India". */
const TITLE_AND_PLACE = /^[ \t]*([^\n·:|]{2,60}?)[ \t]+·[ \t]+[^\n·:]{2,60}$/m;

/**
 * An agency's word ends the employer's name on a board's card ("Ironwood Staffing · Hamilton, ON"): no team
 * signs there.
 */
const AGENCY_TAIL = /\s(?:staffing|recruitment|recruiting|resourcing|personnel)$/i;
function cardEmployer(raw: string | undefined): string | undefined {
  const name = companyUnlessRole(raw);
  const whole = raw?.trim();
  return name && whole && AGENCY_TAIL.test(whole) && whole.startsWith(name) ? whole : name;
}

/**
 * A card on one line, the employer after a dash and before its town: "Bookkeeper (Part Time) – Tasman
 * Accounting, Hobart TAS".
 */
const TITLE_EMPLOYER_PLACE = new RegExp(
  `^[ \\t]*([^\\n–—:|·]{2,60}?)[ \\t]+[–—][ \\t]+${NAME}[ \\t]*,[ \\t]*([^\\n,:]{2,40})$`,
  'mu',
);

function readOneLineCard(text: string): JobCard {
  const line = TITLE_EMPLOYER_PLACE.exec(text);
  // A town and its state after the comma ("Hobart TAS"); a bare code ("Halifax, NS") follows a town, not a
  // name.
  const company = /\s/.test(line?.[3]?.trim() ?? '') ? companyUnlessRole(line?.[2]) : undefined;
  const role = tidyRole(line?.[1]);
  // The name before the comma may be a town ("Operador – Guarulhos, SP"): it counts as less than a card's.
  return company && role ? { company, role, oneLine: true } : {};
}

interface JobCard {
  company?: string;
  role?: string;
  /** Read from a single line, where a town may stand for the employer. */
  oneLine?: boolean;
}

/**
 * How many cards a board's message is read for: a heading above the card ("An update on your application") reads
 * as a card of its own, its employer the card's title.
 */
const CARDS_TRIED = 3;

function readJobCard(body: string, subject: string): JobCard {
  const text = body.slice(0, 3000);
  CARD.lastIndex = 0;
  SPACED_CARD.lastIndex = 0;
  let card = CARD.exec(text) ?? titledCard(SPACED_CARD.exec(text));
  if (!card) return readLooseCard(text);
  let read = readCard(card, text, subject);
  for (let tried = 1; !read.company && tried < CARDS_TRIED; tried++) {
    // The next card may begin on the line the last one's employer stood on.
    CARD.lastIndex = card.index + (card[1]?.length ?? 0) + 1;
    card = CARD.exec(text);
    if (!card) break;
    const next = readCard(card, text, subject);
    if (next.company) read = next;
  }
  return read;
}

/** A card without a title line above its employer: two bare lines, or one line with the title, employer and town. */
function readLooseCard(text: string): JobCard {
  const bare = readBareCard(text);
  if (bare.company) return bare;
  const line = readOneLineCard(text);
  return line.company ? line : { role: tidyTitledRole(TITLE_AND_PLACE.exec(text)?.[1]) };
}

function readCard(card: RegExpExecArray, text: string, subject: string): JobCard {
  const title = (card[1] ?? '').trim();
  // A title with a dash is a card's only when it names a job ("Warehouse Associate - Night Shift").
  if (/\s-\s/.test(title) && !ROLE_WORDS.test(title)) return readLooseCard(text);
  const company = keepPossessive(card[2], cardEmployer);
  // Some boards put the employer first ("Albert Heijn" / "Vakkenvuller - Zwolle"): a job title on the second line,
  // or the subject, tells which is which.
  const employerFirst = WHOLE_NAME.test(title) && !ROLE_WORDS.test(title);
  const swapped = { company: keepPossessive(title, tidyCompany), role: tidyRole(card[2]) };
  if (!company) {
    const bare = readBareCard(text);
    return bare.company || !employerFirst ? bare : swapped;
  }
  return employerFirst && namesRoleOrCompany(subject, company, title)
    ? swapped
    : { company, role: tidyRole(title) };
}

/** Whether the subject holds `role` as the job applied for, or `company` as the employer. */
function namesRoleOrCompany(subject: string, role: string, company: string): boolean {
  const subjectRole = SUBJECT_ROLE.exec(subject);
  // "Your application to Walgreens" may name either.
  const asRole = subjectRole?.[1]?.toLowerCase() === 'to' ? undefined : subjectRole?.[2];
  const asCompany = SUBJECT_COMPANY.map((re) => firstTidy(re, subject, tidyCompany)).find(Boolean);
  return (
    (asRole !== undefined && foldName(asRole) === foldName(role)) ||
    (asCompany !== undefined && foldName(asCompany) === foldName(company))
  );
}

/** A subject that opens with the employer: "Nubank | Atualização", "Capgemini - Application feedback". */
const SUBJECT_LEAD = withNeedles(
  // The name is set apart by one of these marks.
  ['|', ':', '-', '–', '—', '·'],
  new RegExp(`^${NAME}\\.?[ \\t]*(?:[|:]|[ \\t][-–—·])[ \\t]`, 'gu'),
);
/** A subject that closes on the employer: "Graduate Programme 2027 – Lindqvist Engineering", "…, Rivermark Foods". */
const SUBJECT_TAIL = withNeedles(
  // The name is set apart by one of these marks.
  ['-', '–', '—', '|', '·', ','],
  new RegExp(`(?:[ \\t][-–—|·]|,)[ \\t]+${NAME}[ \\t]*$`, 'gu'),
);

/**
 * Recruitment agencies pass on their client's decision: the client is the company. An agency's own titles tell it
 * too ("Intercedent", "Personaldisponentin").
 */
const AGENCY =
  /\b(?:intercedente?|personaldisponent(?:in)?|consultoria|executive search|recruitment|recruiting|staffing|personnel|personal|personaldienstleistung\w*|search|resourcing|headhunt\w*|talent\s+partners|agency|personalberatung|reclutamiento|recrutement|werving|uitzendbureau|detachering|zeitarbeit|trabajo temporal|trabalho temporário|intérim|interim)\b/i;
/** Addresses of recruitment agencies: "beaconfinance-recruit.com.au", "werving-plus.nl". */
const AGENCY_DOMAIN =
  /recruit|-recrut|staffing|personnel|headhunt|hunters|resourcing|talent\.|personal\.|-personal|uitzend|werving|-rh\.|exec(?:utive)?(?:search)?\./i;
/** An agency speaking of the client it recruits for: "which we are managing on their behalf". */
const AGENCY_VOICE = /\bon (?:their|its) behalf\b|\b(?:our|my) client\b/i;
/** Public recruiting services that select for the agency, school or body that hires ("Jobpunt", "Jobnet"). */
const JOB_SERVICE_LABEL = /^jobs?[a-z]{3,}$/;
/** Public selection offices that run the competitions of other public bodies (Belgium's Selor, the EU's EPSO). */
const SELECTION_OFFICE_LABEL = /^(?:selor|bosa|epso|fgv|cebraspe|vunesp|cesgranrio)$/;
/** The body a selection is held for: "selectie AFG26118 … voor de FOD Financiën", "concours … pour la Ville de Lyon". */
const SELECTION_FOR = new RegExp(
  `\\b(?:${ci('selectie|selection|sélection|concours|concurso|oposición|auswahlverfahren|competition')})(?:[ \\t]+[^\\s.,;:!?]+){0,10}?[ \\t]+(?:${ci('voor|for|pour|für|para')})[ \\t]+(?:(?:de|het|the|le|la|les|l'|die|der|den|o|a|el)[ \\t]+)?${NAME}`,
  'gu',
);
/** A line that reads like a signature's, not a sentence ("Bridget Sol | Senior Consultant | Marrowgate Recruitment"). */
const SIGNATURE_LINE = /^[^\n]{2,80}$(?<![.!?])/;
/** An employer's own recruiting staff: "Graduate Recruitment Manager", "Recruiting Coordinator". */
const IN_HOUSE_TITLE =
  /\b(?:recruitment|recruiting|resourcing)\s+(?:manager|coordinator|officer|partner|lead|advisor|adviser|specialist|administrator|assistant|executive)\b|\bsearch\s+committee\b/i;
/** Staffing firms whose names carry no agency word: their messages pass on a client's decision. */
const STAFFING_FIRM =
  /^(?:adecco|randstad\w*|hays|roberthalf|manpower\w*|michaelpage|pagegroup|pagepersonnel|robertwalters|kellyservices|tempo-team|youngcapital|startpeople|synergie|gigroup|olympia|kforce|aerotek|teksystems|insightglobal|spherion|expresspros|lhh|reed|harveynash|akkodis|experis|brunel|allegis|trenkwalder)$/;
/** "Ik heb de klant gesproken – Rijnmond Tankopslag B.V.", "Gerente Comercial (cliente Frigorífico Pantanal)". */
const CLIENT_NAMED = new RegExp(
  `\\b(?:${ci('klant|cliente|client|kunden|kunde|opdrachtgever')})(?:(?:[ \\t]+[${LOWER}]+){0,2}[ \\t]*[–—:(-])?[ \\t]*${NAME}`,
  'gu',
);

/** A client answering through the agency: "Larkspur came back to me this morning", "Hollins have gone with…". */
const CLIENT_ANSWER = new RegExp(
  `(?:^|[.!?:][ \\t]+|\\n)${NAME}[ \\t]+(?:came back|got back|have come back|has come back|have gone with|has gone with|went with|opted|chose|felt|told me|aren['’]t|won['’]t|didn['’]t)\\b`,
  'gu',
);
const CLIENT_MENTION = new RegExp(
  `\\b(?:${ci('feedback from|feedback in from|heard back from|hear back from|news from|word from|response from|off the phone with|spoken with|spoke with|spoken to|spoke to|been speaking with|been speaking to|terugkoppeling van|feedback van|reactie van|rückmeldung von|retour de|retour du client|respuesta de|retorno da|retorno do|feedback da|feedback do|feedback de')}),?[ \\t]+(?:the[ \\t]+(?:hiring[ \\t]+)?(?:manager|team|panel)[ \\t]+(?:at|from)[ \\t]+)?${NAME}`,
  'gu',
);
/** An agency's subject: "Terugkoppeling Bol", "Feedback from Hollins", "Rückmeldung vom Kunden – Privatklinik X". */
const CLIENT_FEEDBACK_SUBJECT = new RegExp(
  `^(?:${ci('feedback|terugkoppeling|rückmeldung|retour|respuesta|retorno|reactie')})(?:[ \\t]+(?:${ci('from|vom|von|van|de|du|do|da|del')})(?:[ \\t]+(?:${ci('the|der|het|le|la|el|o|a')}))?)?(?:[ \\t]+(?:${ci('client|klant|kunden|kunde|cliente')}))?[ \\t]*[–—:-]?[ \\t]*${NAME}[ \\t]*$`,
  'u',
);
/**
 * What a feedback subject may name instead of a client: the step the feedback is on, or the job itself ("Feedback –
 * Coordenador de Logística").
 */
const HIRING_STEP =
  /(?:gespr[aä]ch|gesprek|interview|entrevista|entretien|sollicitatie|bewerbung|candidat\w*|application|solicitud|assessment)$/i;
const feedbackClient = (subject: string) => {
  const name = CLIENT_FEEDBACK_SUBJECT.exec(subject)?.[1];
  return name && !HIRING_STEP.test(name) && !ROLE_WORDS.test(name) ? name : undefined;
};

/**
 * Words that name a client whoever writes them: "with our client, Rolls-Royce", "pour notre client Vinci", "chez
 * notre client, le groupe de cliniques Oriane Santé".
 */
const OUR_CLIENT = withNeedles(
  // Each phrase holds one of these words, whatever the case of its first letter.
  ['lient', 'unde', 'lant', 'uftraggeber', 'pdrachtgever'],
  new RegExp(
    `\\b(?:${ci('my client|our client|on behalf of our client|notre client|mon client|nuestro cliente|mi cliente|unser kunde|unseres kunden|unserem kunden|unser auftraggeber|onze klant|onze opdrachtgever|mijn opdrachtgever|nosso cliente|meu cliente|o cliente|el cliente')}),?[ \\t]+\\(?(?:(?:the|die|der|la|le|les|el|los|het|o|os)[ \\t]+(?:[${LOWER}]+[ \\t]+){0,3}|(?:de|a)[ \\t]+)?${NAME}(?![ \\t]+(?:business|company|firm|brand|group|organi[sz]ation|retailer|manufacturer|entreprise|empresa|bedrijf|unternehmen)\\b)`,
    'gu',
  ),
);

/** Subjects that name the employer: "Your application to ROLE at COMPANY", "Update from COMPANY". */
const SUBJECT_COMPANY: Pattern[] = [
  withNeedles(
    // Each phrase holds one of these words, whatever the case of its first letter.
    ['ppl', 'andida', 'ewerbung', 'ollicitatie', 'olicitud', 'ostulaci'],
    new RegExp(
      `\\b(?:${ci('application|applying|applied|candidature|candidacy|candidatura|bewerbung|sollicitatie|solicitud|postulación|postulacion')})[ \\t]+(?:[^@]{1,80}?[ \\t]+)?(?:at|with|from|by|@|bei|chez|en|bij|na|no|em)[ \\t]+(?:(?:der|die|el|la|le|l'|het|de|a|o)[ \\t]+)?${NAME}`,
      'gu',
    ),
  ),
  withNeedles(
    ['pdate', 'ews ', 'essage', 'eedback', 'teps ', 'andidacy', 'ovedades', 'ise à', 'tualiza', 'euigkeiten'],
    new RegExp(
      `\\b(?:${ci('update from|news from|message from|feedback from|next steps with|your candidacy with|novedades de|mise à jour de|atualização de|atualização da|atualização do|actualización de|neuigkeiten von|nieuws van|update van')})[ \\t]+${NAME}`,
      'gu',
    ),
  ),
  INTEREST_IN,
];

/** A subject that ends on the employer: "Opportunity: Senior DevOps Engineer at Halcyon Pay", "Analyst @ Hollins". */
const SUBJECT_AT_END = withNeedles(
  // The name follows one of these words.
  [' at', '\tat', '@', 'bei', 'chez', 'bij'],
  new RegExp(`[ \\t](?:at|@|bei|chez|bij)[ \\t]+${NAME}[ \\t]*(?:\\([^()\\n]{1,40}\\))?[ \\t]*$`, 'gu'),
);

/**
 * Subjects that name the role: "Your application for ROLE", "Ihre Bewerbung als ROLE", "candidature au poste de
 * ROLE". After "to" a job title is needed: "Your application to Initech" names the company.
 */
const SUBJECT_ROLE = lazyRegExp(() =>
  withCheapBoundaries(
    /\b(?:application|applying|applied|candidature|candidacy|candidatura|bewerbung|sollicitatie|kandidatuur|solicitud)\s+(for|to|as|als|pour|para|voor|naar|au\s+poste\s+de|al\s+puesto\s+de|para\s+a\s+vaga\s+de|naar\s+de\s+functie|voor\s+de\s+functie)\s+(?:the\s+|le\s+poste\s+de\s+|el\s+puesto\s+de\s+|a\s+vaga\s+de\s+|de\s+functie\s+)?([^\n]{2,80}?)(?:\s+(?:position|role|job))?(?=\s+(?:at|with|@|bei|chez|en|bij|na|no|em|has|ha|was|wurde|a\s+été|is|foi)\b|\s*[|–—]|\s+-|\s*\((?![^()\n]{1,30}\))|\s*\((?=[^()\n]*\d{4}|\s*(?:ref|req|id|job)\b)|\s*$)/i,
  ),
);

const NO_REPLY_LOCAL =
  /^(?:no-?reply|do-?not-?reply|donotreply|notifications?|mailer-daemon|bounces?|alerts?)\b|no-?reply/i;

type Proposal = [string | undefined, number];
interface Candidate {
  name: string;
  weight: number;
  key: string;
}

/** Two folded names for one company: one starts or (from five letters on) contains the other. */
const relatedKeys = (a: string, b: string) =>
  a.startsWith(b) || b.startsWith(a) || (a.length >= 5 && b.includes(a)) || (b.length >= 5 && a.includes(b));

const SMALL_WORD = /^(?:of|and|&|the|for|de|du|des|la|le|van|von|für|und|et|y|e)$/i;

/**
 * Whether the words spell `acronym` in order, each word giving its first letter and maybe more from within
 * ("Bundeszentrum für Digitale Verwaltung" is BZDV).
 */
function abbreviates(words: string[], acronym: string): boolean {
  const spell = (word: number, letter: number): boolean => {
    if (word === words.length) return letter === acronym.length;
    const text = (words[word] ?? '').toUpperCase();
    if (text[0] !== acronym[letter]) return false;
    // The word's first letter, then any of its later letters in order, before the next word starts.
    for (let next = letter + 1, from = 1; ; next++) {
      if (spell(word + 1, next)) return true;
      const at = next < acronym.length ? text.indexOf(acronym[next] as string, from) : -1;
      if (at < 0) return false;
      from = at + 1;
    }
  };
  return words.length > 0 && spell(0, 0);
}

/** What {@link spellsOut} needs of the short name: it ends on an acronym. */
const ENDS_ON_ACRONYM = /(?:^|\s)[A-Z]{2,6}$/;

/** Whether `long` spells out the initials that end `short`: "Riverbend District School Board" for "Riverbend DSB". */
function spellsOut(long: string, short: string): boolean {
  const shortWords = short.split(/\s+/);
  const acronym = shortWords.pop() ?? '';
  const significant = long.split(/\s+/).filter((word) => !SMALL_WORD.test(word));
  // A short acronym ("TCS", "IBM") is a brand people use as it is; a longer one is an office's shorthand for the
  // name the message writes out ("BZDV" signing for "Bundeszentrum für Digitale Verwaltung").
  if (!shortWords.length && /^[A-Z]{4,6}$/.test(acronym) && significant.length >= 3)
    return abbreviates(significant, acronym);
  if (!shortWords.length || !/^[A-Z]{2,6}$/.test(acronym)) return false;
  const longWords = long.split(/\s+/);
  if (shortWords.some((word, at) => longWords[at] !== word)) return false;
  const initials = longWords
    .slice(shortWords.length)
    .filter((word) => !SMALL_WORD.test(word))
    .map((word) => word[0])
    .join('');
  return initials === acronym;
}

/** The connector between a unit and the body it belongs to ("Radiologia do …", "Department of …"). */
const UNIT_OF = /\s(?:of|de|do|da|des|du|der|van|von)\s$/;

/** Below this, a name rests on the address alone and yields to any fuller name a real source wrote. */
const SOLID = 2;

/**
 * Picks the proposed company with the most weight. Names that contain one another ("Acme", "Acme Labs") support
 * each other as a group; within the winning group the sender's own name wins, else the fullest name a solid source
 * wrote ("Quillstone Software GmbH" over "Quillstone"), and names as written beat names rebuilt from an address
 * ("Grünwald" over "Gruenwald").
 */
function chooseCompany(proposals: Proposal[], preferred?: string, ownKey?: string): string | undefined {
  // One entry per name, its weights added (halves, so the sums are exact): links may repeat a name thousands of
  // times, and names are weighed against each other in pairs.
  const weights = new Map<string, number>();
  for (const [name, weight] of proposals) if (name) weights.set(name, (weights.get(name) ?? 0) + weight);
  // "Riverbend DSB" and "Riverbend District School Board" are one name, the second spelled out; so are the
  // address's "Ufvr" (ufvr.br) and the "Universidade Federal de Vale Rico" the message writes.
  for (const short of [...weights.keys()]) {
    const acronym = foldName(short) === ownKey ? short.toUpperCase() : short;
    if (!ENDS_ON_ACRONYM.test(acronym)) continue;
    const long = [...weights.keys()].find((name) => spellsOut(name, acronym));
    if (!long) continue;
    weights.set(long, (weights.get(long) ?? 0) + (weights.get(short) ?? 0));
    weights.delete(short);
    if (preferred === short) preferred = long;
  }
  const valid: Candidate[] = [...weights]
    .map(([name, weight]) => ({ name, weight, key: foldName(name) }))
    .filter((p) => p.key !== '');
  const groupWeight = (key: string) =>
    valid.reduce((sum, o) => sum + (relatedKeys(key, o.key) ? o.weight : 0), 0);
  let leader: Candidate | undefined;
  let leaderWeight = 0;
  for (const p of valid) {
    const weight = groupWeight(p.key);
    if (!leader || weight > leaderWeight) [leader, leaderWeight] = [p, weight];
  }
  if (!leader) return undefined;
  const group = valid.filter((p) => relatedKeys(p.key, (leader as Candidate).key));
  const solid = group.filter((p) => p.weight >= SOLID);
  const pool = solid.length ? solid : group;
  // The name the sender signs with is the official one, unless the message itself keeps to a fuller one: a
  // longer variant named once adds a branch or a place ("Tesco Extra Cheshunt" from "Tesco Careers").
  const own = pool.find((p) => p.name === preferred);
  // "Riverside Regional Careers" signs short for the "Riverside Regional Medical Center" its mail writes in full;
  // a signature's "Apple Retail Recruiting" alone names a division.
  const inFull = own
    ? pool.find(
        (p) =>
          p.weight > SOLID && p.name.startsWith(`${own.name} `) && namesMore(p.name.slice(own.name.length)),
      )
    : undefined;
  if (own && pool.every((p) => p.weight <= own.weight)) return (inFull ?? own).name;
  // "Thornbury Health's Eastside Clinic" at thornburyhealth.org is a site of Thornbury Health, not a fuller name
  // of it; "St Mary's Catholic Academy" at stmarysacademy is a name of its own.
  const site = group.find((o) => o.key === ownKey);
  const branch = (p: Candidate) =>
    site !== undefined &&
    p !== site &&
    ((/^['’]s\s/.test(p.name.slice(site.name.length)) && p.name.startsWith(site.name)) ||
      teamOf(p.name, site.key));
  // "Radiologia do Hospital Esperança" at hospitalesperanca-poa.org.br is a unit of the hospital the address names.
  const unit = (p: Candidate) =>
    group.some(
      (q) =>
        p.name.endsWith(` ${q.name}`) &&
        UNIT_OF.test(p.name.slice(0, -q.name.length)) &&
        spellsLabel(q.name, ownKey ?? ''),
    ) && !spellsLabel(p.name, ownKey ?? '');
  const kept = pool.filter((p) => !branch(p) && !unit(p));
  const candidates = kept.length < pool.length && site ? [...kept, site] : kept;
  return candidates.reduce((best, p) => {
    // A place the sender signs with is part of the name it uses ("Datenwerk Berlin").
    if (best.name !== preferred && placeAfter(best, p)) return p;
    if (p.name !== preferred && placeAfter(p, best)) return best;
    const longer = p.key.length > best.key.length;
    // "Lumen Broadcasting" as the sender writes it, over "Lumenbroadcasting" read from many links.
    const sameKeyHeavier =
      p.key === best.key && (p.name === preferred || (best.name !== preferred && p.weight > best.weight));
    return longer || sameKeyHeavier ? p : best;
  }).name;
}

/**
 * "Nike Store" at nike.com: the name the address spells, then only words of a department or a team; a trade's
 * word ("Ferris Brown Engineering" at ferrisbrown.com.au) may be part of the name.
 */
function teamOf(name: string, key: string): boolean {
  const words = name.split(/\s+/);
  const at = words.findIndex((_, end) => foldName(words.slice(0, end + 1).join('')) === key);
  const team = (word: string) => namesTeam(word) && !isBusinessWord(foldName(word));
  return at >= 0 && at < words.length - 1 && words.slice(at + 1).every(team);
}

/**
 * "Rabobank Utrecht" once in a mail that names "Rabobank" from every source: words that name no trade after a
 * name with at least twice the weight are a branch's place.
 */
const placeAfter = (long: Candidate, short: Candidate) =>
  2 * long.weight <= short.weight &&
  long.name.startsWith(`${short.name} `) &&
  !extendsName(long.name.slice(short.name.length));

/** Words after a name that belong to it ("… Partners", "… & Resorts"), not a place or a possessive branch. */
function extendsName(rest: string): boolean {
  return (
    /^\s/.test(rest) &&
    rest.split(/\s+/).some((word) => isBusinessWord(foldName(word)) || LEGAL_FORM.test(word))
  );
}

/**
 * Words that complete a name cut short ("… Medical Center", "… Home Goods"); a place ("Apple Regent Street") or a
 * legal form ("Accenture Solutions Pvt Ltd") names a branch or an entity people do not write.
 */
const namesMore = (rest: string) =>
  rest
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => isBusinessWord(foldName(word)) && !LEGAL_FORM.test(word));

/**
 * Whether the name the address spells in full replaces the chosen one of the same group. A chosen name that goes
 * on past it with words of a name ("Rowan Tech Partners" at rowantech.com) stays.
 */
function prefersWritten(chosen: string, written: string): boolean {
  const [chosenKey, writtenKey] = [foldName(chosen), foldName(written)];
  // "Werving Plus" at werving-plus.nl: what tidying took for a team's word, the address spells as the name's.
  if (writtenKey.endsWith(chosenKey)) return true;
  if (!relatedKeys(chosenKey, writtenKey)) return false;
  // "Hotel Atlántico Dunas" at atlanticodunas.com: the kind of business before the name is part of it.
  const at = chosen.indexOf(written);
  const kind = chosen.slice(0, at).replace(/\s(?:de|do|da|del|du|des|of)\s+$/, ' ');
  if (at > 0 && at + written.length === chosen.length && namesMore(kind)) return false;
  if (!(chosenKey.startsWith(writtenKey) && chosenKey.length > writtenKey.length)) return true;
  return !extendsName(chosen.slice(written.length));
}

/**
 * The name the address spells, with the words of a name the chosen one writes after it: "Despacho Ibarra & Solís
 * Abogados" at ibarrasolis.mx is "Ibarra & Solís Abogados".
 */
function withNameWords(chosen: string, written: string): string {
  const at = chosen.indexOf(written);
  const rest = at > 0 ? chosen.slice(at + written.length) : '';
  return rest && namesMore(rest) ? chosen.slice(at) : written;
}

/** "interest in the Executive Director of Operations - …": words that all name a job are a title, not a company. */
const TITLE_WORD = /^(?:senior|junior|chief|deputy|vice|interim|acting|general|regional|principal)$/i;
const unlessTitle = (raw: string | undefined) => {
  const name = tidyCompany(raw);
  return name?.split(/\s+/).every((word) => TITLE_WORD.test(word) || ROLE_WORDS.test(word))
    ? undefined
    : name;
};

const inText = (patterns: Pattern[], text: string, weight: number): Proposal[] =>
  patterns.map((re) => [firstTidy(re, text, unlessTitle), weight]);

/** "Your application to Brindle": a company unless the words are a job title ("to Senior Engineer"). */
const APPLICATION_TO = withNeedles(
  // Each phrase holds "appl", whatever the case of its first letter.
  ['ppl'],
  new RegExp(
    `\\b(?:${ci('application|applying|applied')})[ \\t]+to[ \\t]+(?:the[ \\t]+)?${NAME}${NOT_BEFORE_JOB_NOUN}`,
    'gu',
  ),
);
const companyUnlessRole = (raw: string | undefined) =>
  raw && !ROLE_WORDS.test(raw) ? tidyCompany(raw) : undefined;

/**
 * The message's last lines. Without a closing word the signature stays in the body, where a team's line names the
 * company; and a line that spells the sender's domain gives the name as written ("Müller Maschinenbau GmbH" at
 * mueller-maschinenbau.de, "Mind the Product" at mindtheproduct.com).
 */
function closingLines(input: ExtractInput): string[] {
  return input.signature.length ? input.signature.slice(0, 8) : input.body.trimEnd().split('\n').slice(-3);
}

/**
 * A job board relays a recruiter's message under their name and headline: "Dana Reyes" / "Talent Partner at
 * Corvid Labs".
 */
function writersHeadline(body: string): string | undefined {
  return body.trimStart().split('\n', 3).slice(1).map(teamLineCompany).find(Boolean);
}

/** "Hoogachtend, / Personeelsdienst / Hogeschool Utrecht": a closing left in the body reads like a signature. */
function closingTeam(input: ExtractInput, lines: string[]): string | undefined {
  return input.signature.length
    ? undefined
    : (lines.map(teamLineCompany).find(Boolean) ?? readSignature(lines).company);
}

/**
 * A tradesperson's business in a personal mailbox: "dave.pearce.plumbing@gmail.com" for Dave Pearce is Pearce
 * Plumbing. A household ("…family@") is no business.
 */
function tradeInMailbox(local: string, person: string | undefined): string | undefined {
  const parts = local.split(/[._-]+/);
  const trade = parts[parts.length - 1] ?? '';
  if (parts.length < 3 || trade === 'family' || !isBusinessWord(trade)) return undefined;
  const names = (person ?? '').split(/\s+/).map(foldName);
  const rest = parts.filter((part, at) => at === parts.length - 1 || !names.slice(0, -1).includes(part));
  return rest.length === 2 && names.includes(rest[0] ?? '') ? labelToName(rest.join('-')) : undefined;
}

/** A part of a line that spells a domain's label: "Meuse Énergie SA – Quai des Vennes 18" at meuse-energie.be. */
function spelledName(lines: string[], label: string | undefined, except?: string): string | undefined {
  if (!label) return undefined;
  const spelling = labelSpelling(label);
  for (const line of lines)
    for (const piece of line.split(/\s+[-–—|·•@]\s+|,\s/)) {
      const name = tidyCompany(piece);
      if (name && name !== except && spelling.spelledBy(name)) return name;
    }
  return undefined;
}

// No `u` flag: every class of a name holds letters of the Basic Multilingual Plane only, so it matches the same,
// and it is searched for faster.
const NAMES = new RegExp(NAME, 'g');
/** Raw text searched for a name the address spells, when the cleaned message has none. */
const MAX_RAW_NAMES = 20_000;

/** The sender's domain as the message writes it ("visiting Sunrise Preschool" at sunrisepreschool.com). */
function writtenDomainName(text: string, label: string | undefined): string | undefined {
  if (!label) return undefined;
  const spelling = labelSpelling(label);
  NAMES.lastIndex = 0;
  for (let m = NAMES.exec(text); m; m = NAMES.exec(text)) {
    // The fewest words that spell the label, and a legal form after them ("HSBC Application Update" is HSBC).
    const whole = m[1] ?? '';
    if (!spelling.mayBeSpelledFrom(whole)) continue;
    const words = whole.split(/[ \t]+/);
    // A heading in capitals ("MARLIN VALLEY REGIONAL…") shouts the name rather than writes it.
    if (words.length > 1 && words.every((word) => word.length > 3 && word === word.toUpperCase())) continue;
    const end = firstSpelling(words, spelling);
    if (end < 0) continue;
    // "Pemberton Law" at pembertonlaw: the next word may complete what the first only nearly spells.
    let stop = foldName(words.slice(0, end + 2).join(' ')) === foldName(label) ? end + 2 : end + 1;
    while (stop < words.length && LEGAL_FORM.test(words[stop] ?? '')) stop++;
    // "Hospital San Juan de Dios" at hospitalsanjuan: a name goes on after "de", "of", "van".
    if (/^(?:of|de|del|du|des|da|do|dos|van|von|der)$/.test(words[stop] ?? '')) stop = words.length;
    const raw = words.slice(0, stop).join(' ');
    const name = tidyCompany(raw);
    if (name && spelling.spelledBy(name)) return name;
    // "Keystone Staffing" at keystonestaffing.com: the team word tidying drops is part of this name.
    if (name && foldName(raw) === foldName(label)) return raw;
  }
  return undefined;
}

/** How many of `words` the shortest name that spells the label takes, less one; -1 when none does. */
function firstSpelling(words: string[], spelling: LabelSpelling): number {
  let name = '';
  for (let at = 0; at < words.length; at++) {
    name = at ? `${name} ${words[at]}` : (words[at] as string);
    if (spelling.spelledBy(name)) return at;
  }
  return -1;
}

/**
 * The name with the trade words (and legal form) the message writes after it: "Karoo Agri Holdings" for "Karoo
 * Agri", "Ashby & Reid Solicitors" for "Ashby & Reid". Words written on after the trade's ("BBC Studios Natural
 * History", "Halden Tax Graduate Scheme") name a unit or a programme, and a department's word ("Acme Engineering")
 * a team. Where the address spells the short name alone ("EY Consulting" at ey.com) the longer one is a division,
 * unless the message signs with it on a line of its own. Trade words before a legal form ("Monzo Bank Limited")
 * name the registered entity of a footer's legal line, not the company as people name it.
 */
function withTradeWords(name: string, text: string, signedOnly: boolean): string {
  const lead = `${name} `;
  if (!goesOnAnywhere(text, lead)) return name;
  // "Zillow Group", "BMW Group": the parent of a one-word brand, which people name by the brand.
  const brand = !name.includes(' ');
  let fullest = name;
  NAMES.lastIndex = 0;
  for (let m = NAMES.exec(text); m; m = NAMES.exec(text)) {
    const written = m[1] ?? '';
    const at = written.indexOf(lead);
    if (at < 0 || (at > 0 && written[at - 1] !== ' ')) continue;
    if (signedOnly && !(at === 0 && onItsOwnLine(text, m.index, written.length))) continue;
    const rest = written.slice(at + lead.length);
    const trade = (word: string) =>
      (isBusinessWord(foldName(word)) || LEGAL_FORM.test(word)) &&
      !namesTeam(word) &&
      !(brand && GROUP.test(word));
    const words = rest.split(' ');
    const legal = words.length > 1 && LEGAL_FORM.test(words[words.length - 1] ?? '');
    if (!legal && words.every(trade) && lead.length + rest.length > fullest.length) fullest = lead + rest;
  }
  // A name as long as a name may be read ("Gold Coast Hospital and Health") goes on past where the reading stops.
  if (fullest === name && name.split(' ').length >= NAME_WORDS && !signedOnly)
    for (let at = text.indexOf(lead); at >= 0; at = text.indexOf(lead, at + 1)) {
      if (at > 0 && isLetterOrDigit(text.charCodeAt(at - 1))) continue;
      NEXT_WORD.lastIndex = at + lead.length;
      const next = NEXT_WORD.exec(text)?.[0];
      if (next && isBusinessWord(foldName(next)) && !namesTeam(next) && !LEGAL_FORM.test(next))
        return `${lead}${next}`;
    }
  return fullest;
}

/** How many words and connectors a {@link NAME} reads at most. */
const NAME_WORDS = 5;
/** The capitalised word at a place, and nothing more. */
const NEXT_WORD = new RegExp(`[${UPPER}][${LETTER}]+(?![${LETTER_OR_DIGIT}&'’-])`, 'y');

/**
 * "Fjordhus Wembley" from "Fjordhus" <noreply@…>, whose footer reads "Fjordhus Limited, …": a store or branch
 * after the name the sender signs with and the company registers is a site of that company. Words of a business
 * ("Fjordhus Kitchens") make a name of their own.
 */
function branchOf(chosen: string | undefined, brand: string | undefined, raw: string): string | undefined {
  if (!chosen || !brand || !chosen.startsWith(`${brand} `) || extendsName(chosen.slice(brand.length)))
    return chosen;
  const registered = new RegExp(
    `(?<![${LETTER_OR_DIGIT}])${escapeRegExp(brand)},?[ \t]+(?:Ltd|Limited|SE|SA|S\\.A\\.|AG|GmbH|Inc|LLC|plc|PLC|B\\.V\\.|N\\.V\\.|BV|NV)(?![${LETTER_OR_DIGIT}])`,
    'u',
  );
  return registered.test(raw.slice(0, MAX_RAW_NAMES)) ? brand : chosen;
}

const GROUP = /^(?:group|groep|gruppe|groupe|grupo)$/i;
const AMPERSAND = 0x26;

/**
 * Whether the text writes `lead` (a name and a space) before a letter, a digit or "&", as a name that goes on after
 * it is written: the names of a text need not be read for more words after one that never goes on.
 */
function goesOnAnywhere(text: string, lead: string): boolean {
  for (let at = text.indexOf(lead); at >= 0; at = text.indexOf(lead, at + 1)) {
    const next = text.charCodeAt(at + lead.length);
    if (next === AMPERSAND || isLetterOrDigit(next)) return true;
  }
  return false;
}

/** Whether the text from `at` on for `length` characters fills its line. */
function onItsOwnLine(text: string, at: number, length: number): boolean {
  const before = text.lastIndexOf('\n', at - 1) + 1;
  const after = text.indexOf('\n', at + length);
  return (
    text.slice(before, at).trim() === '' &&
    text.slice(at + length, after < 0 ? undefined : after).trim() === ''
  );
}

/**
 * A name the message writes that the address spells with a word more or less: "Livraria Chiado Letras" at
 * chiadoletras.pt (the kind of business before it), "Quinta do Vale" at quintadovale-vinhos.pt and "Atelier
 * Garnier" at atelier-garnier-lyon.fr (a trade or a place the address adds after it).
 */
function writtenNearDomain(text: string, label: string | undefined): string | undefined {
  if (!label) return undefined;
  const key = foldName(label);
  const parts = label.split(/[-_.]+/);
  const leading = parts.slice(1).map((_, end) => foldName(parts.slice(0, end + 1).join('')));
  NAMES.lastIndex = 0;
  for (let m = NAMES.exec(text); m; m = NAMES.exec(text)) {
    const words = (m[1] ?? '').split(/[ \t]+/);
    if (words.length < 2) continue;
    const folded = words.map(foldName);
    // The address spells on from one of the name's words (the kind of business's, or the first): most names hold
    // none that starts its letters.
    if (!folded.some((word) => key.startsWith(word))) continue;
    for (let end = 2; end <= words.length; end++) {
      const spelled = (from: number) => folded.slice(from, end).join('');
      const kind = folded.findIndex((_, at) => at < end && spelled(at) === key);
      const kindBefore = kind > 0 && folded.slice(0, kind).every(isBusinessWord);
      const name = words.slice(0, end).join(' ');
      if ((kindBefore || leading.includes(spelled(0))) && tidyCompany(name) === name) return name;
    }
  }
  return undefined;
}

const CONTACT_ADDRESS = /[\w.+-]{1,64}@([\w-]{1,63}(?:\.[\w-]{1,63}){1,6})/;

/** The label of the first address a message gives, unless it is a tracking system's or free mail. */
function contactLabel(body: string): string | undefined {
  const domain = CONTACT_ADDRESS.exec(body.slice(0, 5000))?.[1]?.toLowerCase();
  return domain && !platformOf(domain) ? domainLabel(domain) : undefined;
}

// Without the `u` flag, as {@link NAMES}.
const CAPITALISED_WORD = new RegExp(`[${UPPER}][${LETTER}'’]{2,}`, 'g');

/** The key a word's first letter starts its own with: an ASCII capital's small letter, else its fold. */
function firstLetterKey(word: string): string {
  const first = word.charAt(0);
  return word.charCodeAt(0) < 0x80 ? first.toLowerCase() : foldName(first);
}

/**
 * Words the message writes with a capital, as it writes them ("O'Neill", "Children's"), by their folded letters:
 * they tell how an address that glues them together reads. Only words the address `label` holds are kept.
 */
function knownWords(text: string, label: string): Map<string, string> {
  const known = new Map<string, string>();
  const read = text.slice(0, 20_000);
  // Read with `exec`: `matchAll` would copy the pattern for every message.
  CAPITALISED_WORD.lastIndex = 0;
  for (let m = CAPITALISED_WORD.exec(read); m; m = CAPITALISED_WORD.exec(read)) {
    // A word's key starts with its first letter's: most first letters are none of the label's.
    if (!label.includes(firstLetterKey(m[0]))) continue;
    const written = m[0].replace(/['’]s$/, '');
    const key = foldName(written);
    // Only pieces of the label are ever looked up.
    if (key.length >= 3 && label.includes(key) && !known.has(key))
      known.set(
        key,
        written === written.toUpperCase() ? written[0] + written.slice(1).toLowerCase() : written,
      );
  }
  return known;
}

/** Words that name a mailbox, never part of the name an address spells ("tesco-careers.com" is Tesco's). */
const MAILBOX_WORD = /^(?:careers?|jobs?|talent|hr|team|people|hiring|mail|werken|karriere|empleo|emploi)$/i;

const LEGAL_FORM =
  /^(?:&|and|company|co\.?|corp\.?|gmbh|ag|se|kg|ltd\.?|limited|inc\.?|llc|llp|plc|sa|sas|sarl|srl|sl|bv|nv|group|groep|gruppe|groupe|grupo)$/i;

/**
 * A client's own message an agency forwards: the name its sender's address spells in the forwarded text, else the
 * address's label ("From: Paul Reynolds <p.reynolds@hartwellbuild.co.uk>" … "Hartwell Build Ltd").
 */
const FORWARDED_FROM =
  /^[ \t>]*(?:from|von|de|van|da)[ \t]*:[ \t]*([^\n<@]{0,80}<?[^\s<>@]+@[^\s<>]+?>?)[ \t]*$/gim;

/**
 * A forwarded message the cleaning dropped, which may write the name in full ("HR Manager, Ashby & Reid
 * Solicitors"); a footer's legal entity ("HSBC Holdings plc, 8 Canada Square") is not read.
 */
function forwardedPart(raw: string): string {
  FORWARDED_FROM.lastIndex = 0;
  const header = FORWARDED_FROM.exec(raw);
  return header ? raw.slice(header.index, header.index + 3000) : '';
}

function forwardedSender(input: ExtractInput, ownLabel: string | undefined): string | undefined {
  // Cleaning drops the forwarded headers from the body; the raw text keeps them.
  FORWARDED_FROM.lastIndex = 0;
  for (let m = FORWARDED_FROM.exec(input.links); m; m = FORWARDED_FROM.exec(input.links)) {
    const { domain } = parseSender(m[1] ?? '');
    const label = domainLabel(domain);
    if (!label || label === ownLabel || platformOf(domain)) continue;
    // "Karoo Agri Holdings" at karooagri.co.za: the client's name as the forwarded text writes it.
    return (
      spelledName(input.body.split('\n'), label) ??
      writtenDomainName(input.links.slice(0, MAX_RAW_NAMES), label) ??
      labelToName(label, knownWords(input.links, label))
    );
  }
  return undefined;
}

/**
 * A sentence's first word and a subject's first piece back a name found elsewhere ("Deloitte Graduate Programme
 * 2025 - update" backs "Deloitte"); alone they barely count (`alone`), as any word may open a sentence. `named`
 * holds the names found elsewhere with their keys.
 */
function support(
  named: [string, string][],
  name: string | undefined,
  weight: number,
  ownKey: string,
  alone = 0.5,
): Proposal {
  if (!name) return [undefined, 0];
  const key = foldName(name);
  const backed =
    named.find(([, other]) => other === key)?.[0] ?? named.find(([, other]) => relatedKeys(key, other))?.[0];
  // "Vesper Biosciences – Research Associate II" backs "Vesper" with the words that complete its name, unless
  // the address spells the short name alone ("EY Consulting" at ey.com is a division of EY).
  const fuller =
    backed &&
    name.startsWith(`${backed} `) &&
    foldName(backed) !== ownKey &&
    namesMore(name.slice(backed.length));
  return backed ? [fuller ? name : backed, weight] : [name, alone];
}

/** "Jobs" after a name, or glued to it ("Harwick Jobs", "Swiftjobs"); before it a team's word ("Jobs Acme Group"). */
const JOBS_WORD = /\S\s*jobs\b/i;

/**
 * "Harwick Jobs", "Swiftjobs Tasmania": a jobs site that the message itself never names writes for the employer
 * the message does name. The key of the site's name, or undefined for a sender who is no such site.
 */
function jobsSite(name: string, company: string | undefined, text: string): string | undefined {
  const first = company?.split(/\s+/)[0];
  if (!first || !JOBS_WORD.test(name)) return undefined;
  const written = new RegExp(`(?<![${LETTER_OR_DIGIT}])${escapeRegExp(first)}(?![${LETTER_OR_DIGIT}])`, 'iu');
  return written.test(text) ? undefined : foldName(company);
}

/**
 * "Mosaic Hearth <no-reply@ats.rippling.com>" signing the message "Mosaic Hearth": a tracking system's no-reply
 * mailbox writes in the employer's name, though the name may read as a person's. Only a name the message itself
 * writes counts, and only when no source named another.
 */
function systemSender(
  input: ExtractInput,
  fromName: { person?: string; company?: string },
  isPlatform: (name: string) => boolean,
): string | undefined {
  const { platform, noReply } = input.sender;
  const name = fromName.person;
  if (!platform || platform.relay || !noReply || fromName.company || !name || isPlatform(name))
    return undefined;
  return input.body.includes(name) || input.signature.some((line) => line.includes(name)) ? name : undefined;
}

/** The first image's text in a message's markup, which a tracking system's template gives the employer's logo. */
const FIRST_IMAGE_ALT = /<img\b[^>]{0,500}?\balt=["']([^"'<>]{2,60})["']/i;

/** "Careers <noreply@…>" with only the employer's logo to name it: the logo's text, unless it is the system's. */
function logoName(markup: string, isPlatform: (name: string) => boolean): string | undefined {
  const alt = FIRST_IMAGE_ALT.exec(markup.slice(0, 20_000))?.[1];
  const name = tidyCompany(alt?.replace(/\s+logo$/i, ''));
  return name && !isPlatform(name) ? name : undefined;
}

const SIGN_OFF = new RegExp(`^[ \\t]*[—–-]+[ \\t]*${NAME}[ \\t]*$`, 'u');

/** "Quarry" as the subject and "— Quarry" as the last line: a tracking system's message signed by the employer. */
function signOffInSubject(body: string, subject: string): string | undefined {
  const name = tidyCompany(SIGN_OFF.exec(body.trimEnd().split('\n').pop() ?? '')?.[1]);
  return name && foldName(subject).includes(foldName(name)) ? name : undefined;
}

/**
 * "Caritas Wien <bewerbung@caritas-wien.some-hr-vendor.com>": a sub-domain that spells the sender's name puts the
 * employer on a system the address names, though the system is not one we know.
 */
function hostedByVendor(sender: Sender, company: string | undefined): boolean {
  const label = domainLabel(sender.domain);
  const slug = slugOf(sender.domain);
  if (!company || !label || slug.length < 3) return false;
  const key = foldName(company);
  return !relatedKeys(key, foldName(label)) && (key.startsWith(slug) || spellsSlug(slug, company));
}

/** "Powered by HireHive": the system a message's footer names. */
const POWERED_BY = /\b[Pp]owered by ([\p{L}\d-]{3,30})/u;

/**
 * "jobs@mail.hirehive.com" whose footer reads "Powered by HireHive": the address is a tracking system's we do
 * not know by name, so it names no employer.
 */
function poweredBySender(raw: string, domain: string): boolean {
  const at = raw.indexOf('owered by ');
  const system = at > 0 ? POWERED_BY.exec(raw.slice(at - 2, at + 50))?.[1] : undefined;
  return system !== undefined && foldName(system) === foldName(domainLabel(domain) ?? '');
}

/** A reader who forwards a message is not the one who wrote it. */
const FORWARD_PREFIX = /^\s*(?:fwd?|tr|rv|wg|enc|doorst)\s*:/i;

/**
 * "careers-hub.net": a careers site's address names the service that hosts it; only a name the message writes
 * that spells it makes it the employer's.
 */
const HOSTED_CAREERS_LABEL = /^(?:careers?|jobs?|recruiting|talent|hr|apply|join)-/;

const PROGRAMME = /\b(?:programme|program|scheme|programa)\b/i;
/** "Wellspring Digital Apprenticeship" at wellspringdigital.org: the programme runs at the employer the address names. */
const PROGRAMME_TAIL =
  /(?:\s+(?:graduate|trainee|summer|early\s+careers))?\s+(?:apprenticeships?|traineeships?|fellowships?|internships?|programmes?|programs?)$/i;

/** "Ridgeway Apprenticeships" at ridgewaytech.com: the address starts with the name the programme is run by. */
function withoutProgramme(name: string | undefined, ownKey: string): string | undefined {
  const tail = name ? PROGRAMME_TAIL.exec(name) : null;
  const key = foldName(name?.slice(0, tail?.index) ?? '');
  return name && tail && key.length >= 4 && ownKey.startsWith(key) ? name.slice(0, tail.index) : name;
}

/**
 * A reader who forwards an employer's mail from a personal address ("Fwd: Absage" from anna@gmx.de) passes on
 * the employer's message: it is read as if that sender had written.
 */
function forwardedOriginal(input: ExtractInput): ExtractInput | undefined {
  if (input.sender.platform || domainLabel(input.sender.domain)) return undefined;
  // The forwarded message's own sender: "From: Graduate Recruitment <graduates@pwc.co.uk>", "De : Safran <…>".
  FORWARDED_FROM.lastIndex = 0;
  const header = FORWARDED_FROM.exec(input.links);
  const original = header?.[1] ? parseSender(header[1]) : undefined;
  if (!header || !original || !(original.platform || domainLabel(original.domain))) return undefined;
  // Cleaning may leave out the forwarded text; its own words name the role and sign for the employer.
  const start = header.index + header[0].length;
  const text = input.links
    .slice(start, start + 3000)
    .replace(HEADER_LINES, '')
    .trim();
  return {
    ...input,
    sender: original,
    body: input.body.includes(text) ? input.body : `${input.body}\n\n${text}`,
  };
}

/** "Civil Service Jobs: Application outcome - Fast Stream 2026": the sender's own name heads its subjects. */
function withoutSenderLead(subject: string, name: string): string {
  const lead = name.trim();
  return lead.length >= 3 && subject.startsWith(lead) && /^\s*[:|–—-]\s/.test(subject.slice(lead.length))
    ? subject.slice(lead.length).replace(/^\s*[:|–—-]\s*/, '')
    : subject;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A dash between two words, read where a role ends. */
const DASH = /[ \t]+[-–][ \t]+/y;

/** Whether the text writes `role` with a dash after it: most never do, and need no pattern built for the role. */
function dashAfter(role: string, text: string): boolean {
  for (let at = text.indexOf(role); at >= 0; at = text.indexOf(role, at + 1)) {
    DASH.lastIndex = at + role.length;
    if (DASH.test(text)) return true;
  }
  return false;
}

/**
 * The title as a sentence of the body writes it in full when a subject cut it at its dash: "Software Engineer II"
 * in the subject, "the Software Engineer II - Mobile Infrastructure role" in the body. A reference line's "… -
 * Swindon (Ref 13882)" adds a place, and a company after the dash is not the title's.
 */
function titleInFull(role: string, body: string, company: string | undefined): string {
  const text = body.slice(0, 5000);
  if (!dashAfter(role, text)) return role;
  const specialty = new RegExp(
    `${escapeRegExp(role)}[ \\t]+[-–][ \\t]+([${UPPER}][${LETTER}/&]*(?:[ \\t]+(?:&[ \\t]+)?[${UPPER}][${LETTER}/&]*){0,3})(?=[ \\t]+(?:role|position|opening|vacancy|job)\\b|\\.(?:\\s|$))`,
    'u',
  ).exec(text)?.[1];
  if (!specialty || (company && relatedKeys(foldName(specialty), foldName(company)))) return role;
  return tidyRole(`${role} - ${specialty}`) ?? role;
}

/**
 * "the CFO role" in the body, "Chief Financial Officer - Shannonside Foods" as the subject: the title in
 * words.
 */
function titleSpelledOut(role: string, subject: string): string | undefined {
  if (!/^[A-Z]{2,5}$/.test(role)) return undefined;
  const piece = subject.split(/\s+[-–—|:]\s+/).find(
    (part) =>
      part
        .split(/\s+/)
        .filter((word) => !SMALL_WORD.test(word))
        .map((word) => word[0])
        .join('') === role,
  );
  return tidyRole(piece);
}

const HEADER_LINES =
  /^[ \t>]*(?:date|datum|fecha|data|sent|enviado(?: el)?|envoyé|gesendet|verzonden|subject|betreff|objet|onderwerp|asunto|assunto|to|an|à|aan|para|cc)[ \t]*:[^\n]*\n?/gim;

/**
 * Company, role, recruiter and reply address, in steps: the first reading on a page builds dozens of patterns, so a
 * page pauses (`yield`) between reading the sender, finding the client, choosing the company and reading the role.
 */
export function* extracting(input: ExtractInput): Generator<void, Extraction> {
  forgetAnswers();
  const original = forwardedOriginal(input);
  return yield* extractingFrom(original ?? input);
}

/** {@link extracting}, all at once. */
export function extract(input: ExtractInput): Extraction {
  return allAtOnce(extracting(input));
}

function* extractingFrom(input: ExtractInput): Generator<void, Extraction> {
  const { sender } = input;
  const subject = stripSubjectPrefixes(input.subject);
  const fromName = readSenderName(sender);
  const signature = readSignature(input.signature, sender.platform !== undefined);
  const platform = sender.platform;
  // The mailbox on a tracking system is the employer's slug, unless it is the writer's own name ("ana@…").
  const ownMailbox =
    /\s/.test(fromName.person ?? '') && foldName(fromName.person ?? '').includes(foldName(sender.local));
  const atsLocal =
    platform && !platform.relay && !sender.noReply && !ownMailbox ? labelToName(sender.local) : undefined;
  const hosted =
    !platform && (hostedByVendor(sender, fromName.company) || poweredBySender(input.links, sender.domain));
  const ownDomain = platform || hosted ? undefined : domainLabel(sender.domain);
  // "Personio Recruiting <jobs@celonis.jobs.personio.de>", "Civil Service Jobs": a system signs with its own name.
  const platformKey = platform || hosted ? foldName(domainLabel(sender.domain) ?? platform?.name ?? '') : '';
  const isPlatform = (name: string | undefined) =>
    name !== undefined && platformKey.length >= 3 && relatedKeys(foldName(name), platformKey);
  const senderCompany = isPlatform(fromName.company)
    ? undefined
    : fromName.company && withoutDepartment(fromName.company, slugOf(sender.domain));
  const card = platform?.relay ? readJobCard(input.body, subject) : {};
  const headline = platform?.relay ? writersHeadline(input.body) : undefined;

  const staffingFirm = STAFFING_FIRM.test(domainLabel(sender.domain) ?? '');
  const agencyAddress = !platform && AGENCY_DOMAIN.test(sender.domain);
  const selectionOffice = !platform && SELECTION_OFFICE_LABEL.test(domainLabel(sender.domain) ?? '');
  const jobService =
    selectionOffice || (!platform && JOB_SERVICE_LABEL.test(domainLabel(sender.domain) ?? ''));
  const closing = closingLines(input);
  const signatureText = input.signature.join('\n');
  // A job board relays an employer's news, whatever agencies its suggestions name.
  const agency =
    !platform?.relay &&
    // "SuccessFactors Recruiting" is the system's own name, "Reclutamiento Farmacias Norte" a company's own team.
    ((AGENCY.test(sender.name) &&
      !LEADING_TEAM.test(sender.name) &&
      // "Recruiting <recruiting@vesperbio.com>": a team with no other name is the employer's own.
      !isTeamPhrase(sender.name) &&
      !isPlatform(tidyCompany(sender.name))) ||
      AGENCY_DOMAIN.test(sender.domain) ||
      jobService ||
      staffingFirm ||
      // A signature naming the agency, left in the body when no closing word set it apart; a department's line
      // ("Graduate Recruitment", "Geschäftsbereich Personal") is the employer's own.
      closing.some(
        (line) =>
          SIGNATURE_LINE.test(line) &&
          AGENCY.test(line) &&
          !/\bteam\b/i.test(line) &&
          !isTeamPhrase(line.trim()) &&
          !IN_HOUSE_TITLE.test(line),
      ));
  const mentions = `${input.body}\n${subject}`;
  yield;
  // An agency's message names its client as the one who decided ("die Stadtwerke Bielefeld haben sich…").
  const agencyKeys = [fromName.company, ownDomain, signature.company].map((name) => foldName(name ?? ''));
  const isAgencyName = (name: string) => {
    const key = foldName(name);
    return agencyKeys.some((other) => other.length >= 3 && relatedKeys(key, other));
  };
  const notTheAgency = (raw: string | undefined) => {
    const name = tidyCompany(raw);
    return name && !isAgencyName(name) ? name : undefined;
  };
  const client =
    // "Retour de notre client – Responsable Paie H/F": a title after the words is the job, not the client.
    firstTidy(OUR_CLIENT, mentions, companyUnlessRole) ??
    (agency
      ? ((selectionOffice
          ? firstTidy(SELECTION_FOR, mentions, (raw) => notTheAgency(companyUnlessRole(raw)))
          : undefined) ??
        firstTidy(CLIENT_MENTION, mentions, tidyCompany) ??
        notTheAgency(feedbackClient(subject)) ??
        firstTidy(CLIENT_ANSWER, input.body, notTheAgency) ??
        firstTidy(CLIENT_NAMED, mentions, (raw) => notTheAgency(companyUnlessRole(raw))) ??
        firstTidy(SUBJECT_AT_END, subject, notTheAgency) ??
        // "Redgum Energy - Management Accountant (temp to perm)": an agency's subject opens with its client.
        (agencyAddress || staffingFirm
          ? firstTidy(SUBJECT_LEAD, subject, (raw) =>
              raw && !ROLE_WORDS.test(raw) ? notTheAgency(raw) : undefined,
            )
          : undefined) ??
        firstTidy(SENTENCE_SUBJECT, input.body, notTheAgency) ??
        forwardedSender(input, domainLabel(sender.domain)) ??
        // "the Operator vacancy at Janssen Pharmaceutica": where a sure agency places people is its client.
        (staffingFirm ||
        jobService ||
        AGENCY_VOICE.test(mentions) ||
        // "Harbourview District School Board" at hdsb-staffing.ca: the address names the board's own
        // department.
        (agencyAddress && !(fromName.company && !AGENCY.test(fromName.company)))
          ? COMPANY_IN_TEXT.map((re) =>
              firstTidy(re, mentions, (raw) => notTheAgency(companyUnlessRole(raw))),
            ).find(Boolean)
          : undefined))
      : undefined);
  yield;
  // A name the message writes that spells the sender's own domain is the company's, as it writes it.
  const mailText = `${subject}\n${input.body}\n${signatureText}`;
  // A forwarded or quoted part the cleaning dropped may still spell it ("HR Manager, Ashby & Reid Solicitors").
  // A tracking system's message may give the employer's own address ("recruiting@alpenwerk-energie.at").
  // A careers site's address ("jobs-textilesgaliza.es") is spelled without its careers word.
  const hostedPrefix = ownDomain ? HOSTED_CAREERS_LABEL.exec(ownDomain)?.[0] : undefined;
  const nameLabel =
    ownDomain?.slice(hostedPrefix?.length ?? 0) ??
    (platform && !platform.relay ? contactLabel(input.body) : undefined);
  const written =
    writtenDomainName(mailText, nameLabel) ??
    writtenDomainName(input.links.slice(0, MAX_RAW_NAMES), nameLabel) ??
    writtenNearDomain(mailText.slice(0, MAX_RAW_NAMES), nameLabel);
  const proposals: Proposal[] = [
    [client, 8],
    [firstTidy(EMPLOYER_FIELD, input.body, fieldValue), 4],
    [firstTidy(EQUAL_OPPORTUNITY, input.body, tidyCompany), 4],
    [platform?.relay ? firstTidy(VACANCY_LINE, input.body, companyUnlessRole) : undefined, 3],
    [firstTidy(DEPARTMENT_FIELD, input.body, fieldValue), 2],
    [firstTidy(GRADE_AGENCY, mentions, agencyName), 4],
    [card.company, card.oneLine ? 1.5 : 3],
    [headline, 3],
    [senderCompany, 3],
    ...inText(SUBJECT_COMPANY, subject, 2.5),
    [firstTidy(SUBJECT_AT_END, subject, companyUnlessRole), 2.5],
    [firstTidy(APPLICATION_TO, subject, companyUnlessRole), 2.5],
    ...inText(COMPANY_IN_TEXT, input.body, 2.5),
    [firstTidy(PLACE_OR_COMPANY_IN_TEXT, input.body, tidyCompany), 2],
    // A message without a signature names no company there.
    ...(signatureText ? inText(COMPANY_IN_TEXT, signatureText, 2) : []),
    // "Lab Manager, Blood Sciences" from caldwell-pathology: a unit the address does not spell is not the
    // employer.
    [
      signature.unit && ownDomain && !spellsLabel(signature.company ?? '', ownDomain)
        ? undefined
        : signature.company,
      2,
    ],
    [closingTeam(input, closing), 2],
    [spelledName(closing, ownDomain, signature.company), 1],
    ...companiesFromLinks(`${input.links}\n${sender.domain}`).map((name): Proposal => [name, 2]),
    [atsLocal, 1.5],
    [
      written ??
        (ownDomain && !hostedPrefix
          ? universityInFull(
              labelToName(ownDomain, knownWords(`${sender.name}\n${mailText}`, ownDomain)),
              sender.domain,
            )
          : undefined),
      1,
    ],
  ];
  // The names proposed so far with their keys, which the names below may back.
  const named: [string, string][] = [];
  for (const [name] of proposals) if (name) named.push([name, foldName(name)]);
  const ownKey = foldName(ownDomain ?? '');
  proposals.push(
    [platform && !platform.relay ? signOffInSubject(input.body, subject) : undefined, 2],
    support(named, firstTidy(SENTENCE_SUBJECT, input.body, tidyCompany), 2.5, ownKey),
    support(named, firstTidy(SUBJECT_LEAD, subject, companyUnlessRole), 2, ownKey),
    // A subject's last piece is as often the job ("… – Data Engineer"): it only backs a name found elsewhere.
    support(named, firstTidy(SUBJECT_TAIL, subject, tidyCompany), 2, ownKey, 0),
    support(named, firstTidy(VISIT, input.body, tidyCompany), 2.5, ownKey),
  );
  // "Talent <talent@rippling.com>": a tracking system's own hiring mailbox hires for the system's maker.
  const ownHiring = platform && !platform.relay && sender.hiring && sender.domain.split('.').length === 2;
  // The client a staffing firm names is the employer, however often the firm signs its own name.
  const considered = proposals.filter(
    ([name]) => (ownHiring || !isPlatform(name)) && !(client && staffingFirm && name && isAgencyName(name)),
  );
  // "Civil Service Jobs" relays a department's decision: the board's own name, however often it signs, gives way
  // to any employer named.
  const boardKey =
    platform?.relay && JOBS_WORD.test(sender.name) ? foldName(tidyCompany(sender.name) ?? '') : '';
  const employers = considered.filter(([name]) => name && foldName(name) !== boardKey);
  const kept = boardKey && employers.some(([, weight]) => weight > 0) ? employers : considered;
  const site = jobsSite(sender.name, senderCompany, mailText);
  const chosen =
    (site
      ? chooseCompany(
          kept.filter(([name]) => !name || !relatedKeys(foldName(name), site)),
          undefined,
          ownKey,
        )
      : undefined) ??
    chooseCompany(kept, senderCompany, ownKey) ??
    ((platform && !platform.relay) || hosted || hostedPrefix
      ? logoName(input.links, isPlatform)
      : undefined) ??
    systemSender(input, fromName, isPlatform);
  // "BrightPath Staffing" at brightpathstaffing.com, "J.P. Morgan" at jpmorgan.com: a name of several words the
  // address spells in full is the company's as it writes it.
  const spelledInFull =
    written &&
    /\s/.test(written) &&
    ownDomain &&
    foldName(written) === foldName(ownDomain) &&
    !MAILBOX_WORD.test(written.split(/\s+/).pop() ?? '');
  // "Hafenkante" from "Team Hafenkante" at hafenkante-kaffee.de: a name the message writes over the whole
  // address ("Hafenkante Kaffeerösterei") is the one the chosen name cut short.
  const chosenKey = foldName(chosen ?? '');
  const writtenOverAddress =
    written &&
    chosenKey &&
    ownKey.length > chosenKey.length &&
    ownKey.startsWith(chosenKey) &&
    foldName(written).startsWith(ownKey) &&
    !MAILBOX_WORD.test(written.split(/\s+/).pop() ?? '');
  // A hiring manager signing with a full name from a personal address, the employer unnamed: the person is who
  // turned the reader down, and whom to thank.
  const manager =
    !platform &&
    // A personal mailbox, not a name with no address at all (a LinkedIn message names only its sender).
    sender.domain &&
    !domainLabel(sender.domain) &&
    !FORWARD_PREFIX.test(input.subject) &&
    /\s/.test(fromName.person ?? '')
      ? (tradeInMailbox(sender.local, fromName.person) ?? fromName.person)
      : undefined;
  const settled =
    stateDepartment(senderCompany, mentions) ??
    stateDepartment(chosen, mentions) ??
    // "Okonkwo Mensah Attorneys" <hr@okonkwomensah.co.za>: the sender's own fuller name outranks the address's.
    (spelledInFull &&
    chosen &&
    !(chosen === senderCompany && chosen.startsWith(`${written} `)) &&
    prefersWritten(chosen, written)
      ? withNameWords(chosen, written)
      : writtenOverAddress
        ? written
        : withoutProgramme(branchOf(chosen, senderCompany, input.links), ownKey));
  const fullText = `${mailText.slice(0, MAX_RAW_NAMES)}\n${forwardedPart(input.links)}`;
  const company = (settled && withTradeWords(settled, fullText, foldName(settled) === ownKey)) ?? manager;
  yield;

  const subjectRole = SUBJECT_ROLE.exec(subject);
  const tidySubjectRole = subjectRole?.[1]?.toLowerCase() === 'to' ? tidyTitledRole : tidyRole;
  const foundRole =
    tidySubjectRole(subjectRole?.[2]) ??
    card.role ??
    roleInText(input.body) ??
    roleFromSubjectPieces(withoutSenderLead(subject, sender.name), company);
  // "the Brennan Hale Data Engineer role": the employer's name in front of a title is not part of it, though a
  // programme keeps its brand ("Unilever Future Leaders Programme").
  const branded = company && foundRole?.startsWith(`${company} `) && !PROGRAMME.test(foundRole);
  const shortRole = branded ? tidyRole(foundRole?.slice(company.length)) : foundRole;
  const role =
    shortRole && (titleSpelledOut(shortRole, subject) ?? titleInFull(shortRole, input.body, company));

  let recruiter = signature.person ?? fromName.person;
  if (signature.person && fromName.person?.startsWith(`${signature.person} `)) recruiter = fromName.person;

  const replyTo =
    sender.address && !sender.noReply
      ? sender.address
      : signature.email && !NO_REPLY_LOCAL.test(signature.email.split('@')[0] ?? '')
        ? signature.email
        : undefined;

  return { company, role, recruiter, replyTo };
}
