import { withCheapBoundaries } from './boundary';
import { foldName } from './company';
import { lazyRegExp, type Pattern } from './lazy';
import { DIGIT, LETTER, UPPER } from './letters';
import { withNeedles } from './needles';
import { isTeamPhrase } from './people';

/**
 * The role applied for, from the phrases that introduce it ("for the X position", "Bewerbung als X", "poste de X")
 * or from the subject ("Your application for X", "Acme – X").
 */

/**
 * Words that make a phrase a job title; used where nothing else says "this is the role". Only tested: a compound
 * ("Softwareentwickler") has its ending found where it starts, with no run of letters tried before it.
 */
export const ROLE_WORDS = new RegExp(
  String.raw`\b(?:engineer|engineering|developer|manager|designer|analyst|scientist|specialist|intern|internship|lead|director|consultant|associate|coordinator|officer|architect|administrator|representative|assistant|head|vp|sales|marketing|product|data|software|frontend|backend|full[- ]?stack|devops|researcher|writer|editor|accountant|executive|nurse|teacher|technician|operator|advisor|adviser|strategist|recruiter|partner|owner|programmer|tester|qa|sre|support|success|counsel|lawyer|paralegal|clerk|agent|cook|chef|driver|werkstudent|praktikum|stagiaire|alternance|desarrollador|ingeniero|ontwikkelaar|desenvolvedor|analista|gerente|adviseur|referent|assistent|vendeur|vendedor|técnico|tecnico|auxiliar|gestor|responsable|jefe|encargado|trainee|estagiário|estagiária|coordenador|coordinador|asistente|assistente|conductor|motorista|chofer|enfermer[oa]|enfermeir[oa]|farmacêutic[oa]|farmacéutic[oa]|pharmacien|pharmacist|professor|profesor|docente|enseignant|soldador|supervisor|operario|operário|cajer[oa]|camarer[oa]|contable|contador|abogad[oa]|advogad[oa]|planner|chauffeur|monteur|trader|vigilante|recepcionista|receptionist|barista|cashier|master|fellow|stocker|farmhand|handler|picker|packer|loader|apprentice|collaborateur|collaboratrice|conseiller|conseillère|vendeuse|serveur|serveuse|caissier|caissière|employé|employée|adjuster|merchandiser|instructor|illustrator|bookkeeper|underwriter|therapist|physiotherapist|mechanic|electrician|plumber|carpenter|welder|bartender|housekeeper|dispatcher|paramedic|midwife|hygienist|optometrist|surveyor|estimator|inspector|auditor|actuary|economist|statistician|translator|interpreter|photographer|animator|journalist|copywriter|librarian|archivist|tutor|lecturer|educator|counsellor|counselor|psychologist|caregiver|labourer|laborer|installer|technologist|moniteur|monitrice|cuisinier|cuisinière|mécanicien|électricien|plombier|infirmier|infirmière|comptable|juriste|avocat|avocate|verkäufer|verkäuferin|mechaniker|elektriker|verpleegkundige|leraar|docent|cocinero|cocinera|mecánico|electricista|cozinheiro|cozinheira|mecânico|eletricista|atendente|balconista|rececionista|repositor|estoquista)(?![${LETTER}])|(?:entwickler|ingenieur|techniker|elektroniker|leiter|leider|uitvoerder|verkoper|kundige|leitung|meister|fachkraft|angestellte|pfleger|erzieher|referent|sachbearbeitung|berater|mitarbeiter|medewerker|sachbearbeiter|kaufmann|kauffrau|adviseur|agent|ontwerper)(?:in|innen)?(?![${LETTER}])`,
  'i',
);

const ROLE_STOP =
  /\b(?:you|your|we|our|us|my|me|this|that|which|who|einen|einem|einer|entschieden|applied|apply|for|to|with|at|has|have|had|was|were|is|are|been|will|not|would|ihre|ihr|sie|wir|unser\w*|votre|vos|nous|notre|su|tu|nuestro|nuestra|uw|je|jouw|ons|sua|seu|nosso|nossa|about|regarding)\b/i;
/**
 * Words that end a phrase rather than name a job, unless written as part of a title: "the experience you gained"
 * against "Senior Experience Designer", "a role opens if…" against "Store Team Member".
 */
const PHRASE_WORD =
  /(?:^|\s)(?:time|application|interest|interested|consideration|decision|process|candidates?|opportunity|experience|skills|background|team|company|other|another|future|interview|bewerbung|candidature|candidatura|sollicitatie|update|status|conversation|week|last|requirements|period|months|suitable|similar|more|less|different|comparable|specific|great|if|may|might|can|could|should|when|where|while|named|reach|file|out|it)(?=\s|$)|\s(?:the|a|an)$/;
const ROLE_VAGUE =
  /^(?:equal|open|current|above|exciting|same|right|particular|specific|advertised|available|following|aforementioned|new|posted|vacant|morning|afternoon|evening|night|weekend|weekday|part-time|full-time|temporary|permanent|seasonal|summer|winter|spring|autumn|fall|christmas|holiday|festive|committee|panel|board|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{4}|\s)+$/i;

/**
 * Subjects often carry emoji ("Your application for Designer 🌱"); a job title never does. Building the emoji
 * class is dear, so it is built only for text that may hold one: every pictograph of the Basic Multilingual Plane
 * is ©, ® or in U+2000–U+32FF, and the others are written with surrogates.
 */
const MAY_HOLD_EMOJI = /[\u00A9\u00AE\u2000-\u32FF\uD800-\uDBFF]|\uFE0F/;
const EMOJI = /(?:\p{Extended_Pictographic}|\u200D|\uFE0F)+/gu;
const DASH = /[-–—]/;

/** A vacancy's number or reference names no job: "312456", "Kennziffer 2026-114", "Posting #S02291". */
const REFERENCE = new RegExp(
  String.raw`^[^${LETTER}]*$|^(?:vacancy\s+)?(?:ref|reference|referenz|kennziffer|référence|referencia|referência|req|requisition|stellenausschreibung|vacaturenummer|n[º°o]|nr)\b|\b(?:posting|announcement|requisition)\s*(?:#|no\.?|number)?\s*[A-Z]*\d+$`,
  'i',
);

/**
 * A first word or two before a capitalised title, which may be a job noun rather than part of the title; written
 * with a capital, only words that never open a title ("Cargo Handler" is one).
 */
const LEADING_NOUN = /^(\S+(?:\s+(?:público|pública|de))?)\s+(?=[A-ZÀ-ÖØ-Þ])/;
const LEADING_NOUN_WORD =
  /^(?:aviso|anuncio|oferta|vaga|vacante|puesto|cargo|poste|offre|stelle|functie|vacature|convocatoria|concurso(?:\s+público)?|função\s+de|función\s+de)$|^(?:Aviso|Anuncio|Oferta|Vaga|Vacante|Vacature|Convocatoria|Concurso(?:\s+público)?|Função\s+de|Función\s+de|Berufungsverfahren|Auswahlverfahren|Stellenbesetzungsverfahren|Ausschreibung|Postulación|Postulacion)$/;

/** A captured role, or undefined when the capture is a phrase rather than a job title. */
export function tidyRole(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const text = MAY_HOLD_EMOJI.test(raw) ? raw.replace(EMOJI, ' ') : raw;
  // Tidying only drops characters: a step whose pattern needs a mark the text lacks is not taken.
  const paren = text.includes('(');
  const comma = text.includes(',');
  const slash = text.includes('/');
  const dash = DASH.test(text);
  let role = text
    .trim()
    .replace(/^(?:to\s+)?be\s+(?:an?\s+)?/i, '')
    .replace(/^(?:the|a|an|our|your|this|le|la|l'|el|o|a|de|het|der|die|das)\s+/i, '')
    // "aviso Analista de Cuentas", "Convocatoria Auxiliar Administrativo", "join Acme as a Frontend Engineer": the
    // words before the title go.
    .replace(LEADING_NOUN, (lead, word: string) => (LEADING_NOUN_WORD.test(word) ? '' : lead))
    // "Posting PT-26-031 Grade 1 Teacher", "Recruitment #26-114 Account Clerk II": a reference before the title.
    .replace(
      /^(?:posting|recruitment|requisition|announcement|vacancy|job)\s*(?:#|no\.?)?\s*[A-Z]*[-\d][\w/-]*\s+(?=\p{Lu})/iu,
      '',
    )
    // "Poste de préparateur", "Mission cariste", "Plaza técnico/a": the word for a post before a title written in
    // small letters.
    .replace(
      /^(?:[Pp]oste|[Mm]ission|[Pp]laza|[Rr]ecrutement|[Ee]insatz)\s+(?:(?:de|d['’])\s*)?(?=\p{Ll})/u,
      '',
    )
    .replace(/^(?:join|joining|work|working)\s.*?\s(?:as|als|comme|como)\s+(?:an?\s+)?(?=[A-ZÀ-ÖØ-Þ])/, '')
    // "tenure-track Assistant Professor", "funded PhD studentship": a description before the title goes.
    .replace(/^(?:\p{Ll}[\p{L}-]*\s+){1,2}(?=\p{Lu}\p{Ll}*\s+\p{Lu})/u, '')
    .replace(/^["'“‘«„]+|["'”’»“,:;.!?-]+$/g, '');
  if (paren)
    role = role
      // "(ID: 2589114)", "(Ref 1142)": references, unlike "(Cashier)" or "(P3)", are not part of the title.
      .replace(/\s*\((?:[^()]*\d{4,}[^()]*|(?:ref|req|id|job|n[º°o]\.?)\b[^()]*|#[^()]*)\)/gi, '')
      // Working time and pay groups ("(0,8 fte)", "(Subgrupo A1)", "(80–100%)", "(B1-B3)") describe the
      // contract, not the job.
      .replace(
        /\s*\((?:[^()]*\b(?:fte|uur|hours|hrs|stunden|std|subgrupo|grupo)\b[^()]*|[^()]*\d\s*%[^()]*|[A-E]\d\s*[-–]\s*[A-E]\d)\)/gi,
        '',
      );
  // "Assistant Store Manager - Columbus, OH": a town and its state after the title.
  if (dash && comma) role = role.replace(/\s+[–—-]\s+\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?,\s*[A-Z]{2,3}$/u, '');
  // Gender markers ("(m/w/d)", "H/F") say who may apply, not what the job is.
  if (paren) role = role.replace(/\s*\(\s*[mwfdxh](?:\s*\/\s*[mwfdxh]){1,2}\s*\)/gi, '');
  if (slash) role = role.replace(/\s+[mwfdxh](?:\/[mwfdxh]){1,2}$/i, '');
  role = role
    // "Auxiliar de Farmacia (sucursal Cumbres) a la que aplicaste": the clause after the title goes.
    .replace(/\s+(?:a la que|al que|para la que|para el que|à laquelle|auquel|waarop|auf die)\s.*$/i, '')
    // "Research Associate post", "QA Tester contract", "Programme Manager based": words of the sentence after it.
    .replace(
      /\s+(?:programme|program|scheme|intake|position|role|vacancy|opening|post|contract|based|basé|basée)$/,
      '',
    );
  // Patterns match without case: a comma before a lower-case word ends the title after all.
  if (comma) role = role.replace(/,\s+\p{Ll}.*$/u, '');
  // "Budget Analyst, GS-0560-09/11": a federal pay plan and grade after the title.
  if (dash) role = role.replace(/,?\s+(?:GS|GG|WG|NH)-\d{4}-\d{1,2}(?:\/\d{1,2})?(?:,.*)?$/, '');
  // "…, Ref. B/12", "…, Posting PT-26-009", "… – JR-20931": a reference after the title.
  role = role.replace(/,?\s+(?:ref|req)\b.*$/i, '');
  if (comma) role = role.replace(/,\s+(?:posting|competition|requisition)\s+[A-Z]*-?\d.*$/i, '');
  if (dash)
    role = role
      .replace(/\s+[–—-]\s+[A-Z]{1,4}-?\d{3,}\b.*$/, '')
      // "… – unidade Rio Verde/GO", "… da empresa Farmácias Bem-Te-Vi": the site or the employer after the title.
      .replace(
        /\s+[–—-]\s+(?:unidade|unidad|sede|standort|vestiging|filial|sucursal|site|location)\b.*$/i,
        '',
      );
  role = role.replace(
    /\s+(?:da|de|na|en|bei|der|chez)\s+(?:empresa|firma|entreprise|société|Firma)\b.*$/,
    '',
  );
  // "Frontend Developer (React) genau angeschaut", "Contrôleur de gestion H/F basé": lower-case words after a
  // closing qualifier belong to the sentence, not the title.
  if (paren || slash)
    role = role.replace(/(\s\([^()\n]{1,40}\)|\s[HFhf]\/[HFhf])\s+\p{Ll}[\p{Ll}\s]*$/u, '$1');
  role = role
    // "Marketing Manager final round": the stage of the process, not the job.
    .replace(/\s+(?:final|first|second|third|next|last)\s+(?:round|stage|interview)s?$/i, '')
    .trim();
  if (role.length < 2 || role.length > 80 || role.split(/\s+/).length > 10) return undefined;
  if (ROLE_STOP.test(role) || PHRASE_WORD.test(role) || ROLE_VAGUE.test(role) || REFERENCE.test(role))
    return undefined;
  return role;
}

export const tidyTitledRole = (raw: string | undefined) =>
  raw && ROLE_WORDS.test(raw) ? tidyRole(raw) : undefined;

/** "in" ends a title ("Analyst in London"), save after an academic post's name ("Lecturer in Sociology"). */
const IN = String.raw`(?<!\b(?:lecturer|lectureship|professor|professorship|teacher|tutor|fellow|fellowship|reader|researcher|studentship|instructor|chair|phd|doctorate)\s+)in`;

/** Where a role phrase ends: a preposition that introduces the company or place, or punctuation. */
const ROLE_END = String.raw`(?=(?<!-)\s+(?:at|with|${IN}|here|within|on|for|and|bei|im|und|mit|chez|au|et|avec|en|bij|met|na|no|em|e|y|con|com|para|pour|dans|op|te|nicht|niet|wel|toch|ook|auf|zur|zum|neste|nesta|leider|helaas|was|were|has|ha|hat|heeft|a(?=\s+(?:changé|été|évolué))|wurde|werd|foi|fue|fut|delen|laten|inzwischen|bereits|schon|este|esta|deste|desta)(?![\p{L}\p{N}&'’-])|\s+(?:à|não)\s|\s+\|\s|\s*[\n.;!?)]|\s*:(?!in(?:nen)?\b)|\s*\((?![^()\n]{1,30}\))|\s*\((?=[^()\n]*\d{4}|\s*(?:ref|req|id|job)\b)|,(?! \p{Lu}[\p{L}\p{N}&/+-]*(?: (?:&|\p{Lu}[\p{L}\p{N}&/+-]*)){0,3}(?:\s+(?:role|position|opening|vacancy|job|at|with)\b|\s*[\n.;:!?]|$))|$)`;
/**
 * A title: no sentence punctuation, but a comma before a capitalised qualifier that closes it ("Software Engineer,
 * Mobile role") and a short parenthesis ("Guest Advocate (Cashier)") may be part of it.
 */
const TITLE_TEXT = String.raw`(?:[^\n.,;:!?()"“”]|(?<=\p{L}):in(?:nen)?\b|(?<=\p{L})\(\p{Ll}{1,3}\)|,(?= \p{Lu}[\p{L}\p{N}&/+-]*(?: (?:&|\p{Lu}[\p{L}\p{N}&/+-]*)){0,3}(?:\s+(?:role|position|opening|vacancy|job|at|with)\b|\s*[\n.;:!?]|$))|\([^()\n]{1,30}\)){2,80}?`;
const TITLE = `(${TITLE_TEXT})`;

/** Role phrases; `titled` ones must contain a job-title word ("applying to Initech" names no role). */
const ROLE_IN_TEXT: { re: Pattern; titled: boolean }[] = [
  // Labelled lines and table rows ("Job title: X", a "Job Title" cell beside the title); a place after a dash goes.
  {
    re: /^\s*(?:(?:position|role|job title|position title|job|post|vacancy|requisition|req|stelle|stellenbezeichnung|poste|intitulé du poste|puesto|vacante|aviso|vaga|cargo|functie|vacature)(?:\s+(?:ref|reference|no|number|id))?\s*:|job title|position title)\s*(?:[A-Za-z]{0,4}\d[\w/.-]*\s+[-–—|]\s+)?([^\n]{2,80}?)(?:\s+[-–—|]\s+[^\n]*)?$/gim,
    titled: false,
  },
  {
    re: lazyRegExp(() =>
      withCheapBoundaries(
        new RegExp(
          String.raw`\b(?:position|role|rol|rôle|job|post|Stelle|Position|Bewerbung|Tätigkeit|poste|candidature|puesto|vacante|plaza|plazas|posición|vaga|vagas|cargo|posição|functie|vacature|sollicitatie|kandidatuur|application|candidatura|solicitud|categoría|categoria|catégorie)[ \t]+(?:(?:of|as|als|de|du|como|van|voor|para|naar\s+de\s+functie|voor\s+de\s+functie)\s+|d')(?:an?\s+|une?\s+|un\s+|una\s+|een\s+|eine[nr]?\s+)?${TITLE}${ROLE_END}`,
          'giu',
        ),
      ),
    ),
    titled: false,
  },
  {
    re: lazyRegExp(() =>
      withCheapBoundaries(
        new RegExp(
          String.raw`\b(?:the|our|your|this|a|an)\s+${TITLE}\s+(?:position|role|opening|vacancy|job|opportunity|post|internship|assignment|placement)\b`,
          'giu',
        ),
      ),
    ),
    titled: false,
  },
  {
    re: lazyRegExp(() =>
      withCheapBoundaries(
        new RegExp(
          String.raw`\b(?:(?:application|applying|applied|apply|postularte|postulación|postulacion)\s+(?:for|to|a|para)|interest\s+in(?=\s+${TITLE_TEXT}\s+(?:at|with)\s+\p{Lu}))\s+(?:the\s+|la\s+|el\s+)?(?:(?:position|role|posición|vacante|puesto|aviso|cargo)\s+(?:de\s+)?)?${TITLE}${ROLE_END}`,
          'giu',
        ),
      ),
    ),
    titled: true,
  },
  // A quoted title after a job noun: 'the position "Operations Analyst - Trade Settlements"'.
  {
    re: withNeedles(
      ['"', '“', '„', '«'],
      /\b(?:position|role|job|vacancy|opening|posting|offer|poste|rôle|offre|annonce|puesto|vacante|oferta|aviso|búsqueda|convocatoria|vaga|anúncio|Stelle|Position|Stellenangebot|functie|vacature)\s+["“„«]\s*([^"“”»\n]{2,80}?)\s*["”“»]/gi,
    ),
    titled: false,
  },
  // An interview or a selection process for a job: "the interview for Senior Engineering Manager with us",
  // "proceso de Key Account Manager", "processo seletivo para Farmacêutico(a)".
  {
    re: lazyRegExp(() =>
      withCheapBoundaries(
        new RegExp(
          String.raw`\b(?:interview|interviews|round|onsite|on-site|assessment|process|proceso|processo|procédure)(?:\s+(?:de\s+selección|seletivo|selectivo|de\s+recrutement|de\s+seleção))?\s+(?:for|de|para|pour|voor|für)\s+(?:the\s+|la\s+|el\s+|a\s+|o\s+)?${TITLE}${ROLE_END}`,
          'giu',
        ),
      ),
    ),
    titled: true,
  },
  // A training that leads to a job: "de opleiding tot Politieagent", "Ausbildung zum Mechatroniker".
  {
    re: lazyRegExp(() =>
      withCheapBoundaries(
        new RegExp(
          String.raw`\b(?:opleiding|Ausbildung)\s+(?:tot|zum|zur)\s+(?:de\s+)?${TITLE}${ROLE_END}`,
          'giu',
        ),
      ),
    ),
    titled: true,
  },
  // "as a Network Engineer", "application as KYC Analyst", "als Klantenservice Medewerker": the title must say it
  // is one.
  {
    re: lazyRegExp(() =>
      withCheapBoundaries(
        new RegExp(
          String.raw`\b(?:as|als|como|comme|en\s+tant\s+que)\s+(?:an?\s+|our\s+|een\s+|um\s+|uma\s+|un\s+|una\s+)?${TITLE}${ROLE_END}`,
          'giu',
        ),
      ),
    ),
    titled: true,
  },
  // European order puts the title straight after the noun: "the position Service Engineer MRI", "functie Data
  // Engineer".
  {
    re: lazyRegExp(() =>
      withCheapBoundaries(
        new RegExp(
          String.raw`\b(?:position|role|rol|Rolle|functie|vacature|Stelle|poste|vaga|puesto|vacante)\s+(?!(?:of|as|als|de|d'|du|como|van|voor|para|at|with|in|is|has|was|and|for|to|bij|bei|chez)\b)${TITLE}${ROLE_END}`,
          'giu',
        ),
      ),
    ),
    titled: true,
  },
  // Last, as other schemes get mentioned too: a programme keeps its word when it is part of the name ("Future
  // Leaders Programme", not "Tax Graduate programme"), as tidying drops it only in lower case.
  {
    re: withNeedles(
      /program|scheme/iu,
      lazyRegExp(() =>
        withCheapBoundaries(
          new RegExp(
            String.raw`\b(?:the|our|your|this|a|an)\s+(${TITLE_TEXT}\s+(?:programme|program|scheme))\b`,
            'giu',
          ),
        ),
      ),
    ),
    titled: false,
  },
];

/** The first capture of `re` in `text` that `tidy` accepts, trying every start so a bad early capture cannot hide a good one. */
export function firstTidy(
  re: Pattern,
  text: string,
  tidy: (raw: string | undefined) => string | undefined,
): string | undefined {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = tidy(m[1]);
    if (value) return value;
    re.lastIndex = m.index + 1;
  }
  return undefined;
}

/**
 * The tightest role capture of `re`: of the phrases ending first, the shortest ("a great chat about the Developer
 * Advocate role" gives "Developer Advocate"). Every start is tried; captures are bounded, so this stays linear.
 */
function tightestRole(
  re: Pattern,
  text: string,
  tidy: (raw: string | undefined) => string | undefined,
): string | undefined {
  let best: { end: number; role: string } | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (best && end > best.end) break;
    const role = tidy(m[1]);
    if (role && (!best || end < best.end || role.length < best.role.length)) best = { end, role };
    re.lastIndex = m.index + 1;
  }
  return best?.role;
}

export function roleInText(text: string): string | undefined {
  for (const { re, titled } of ROLE_IN_TEXT) {
    const role = tightestRole(re, text, titled ? tidyTitledRole : tidyRole);
    if (role) return role;
  }
  return undefined;
}

export function stripSubjectPrefixes(subject: string): string {
  return subject.replace(/^(?:\s*(?:re|fwd?|aw|wg|tr|rv|res|enc|sv|antw)\s*:\s*)+/i, '').trim();
}

/** In a subject every word is capitalised, so phrase words rule a piece out whatever their case. */
const PIECE_PHRASE = new RegExp(PHRASE_WORD.source, 'iu');
const STARTS_WITH_CAPITAL = new RegExp(`^[${UPPER}${DIGIT}]`);

/**
 * A role named by the subject alone ("Barista", "Acme – Backend Developer"): the piece that is not the company
 * nor a phrase about the application.
 */

const PROCEDURE_LEAD =
  /^(?:(?:resultaat\s+)?selectieprocedure|concours\s+(?:de|d['’])|oportunidade(?:\s+de)?|vaga\s+(?:de|para)|stelle|proceso(?:\s+de\s+selección)?|processo(?:\s+seletivo)?|candidatura|candidature|bewerbung|sollicitatie)(?:\s+|(?<=['’]))(?=\S)/i;
const SUBJECT_TAIL = /\s+(?:search|portfolio)$/i;

const SUBJECT_STATUS =
  /\b(?:update|result|resultado|retour|feedback|news|follow|regarding|about|thanks|thank|outcome|absage|uitslag|proceso|processo|procedimento|búsqueda|gesprek|entrevista|unsuccessful|open day|following|notification|notificação|mitteilung|atualização|actualización|terugkoppeling|informação|información|resultat|résultat|resultaat|bolsa|profil|profile|perfil|next steps|notice|ineligibility|lista|candidatos|espont[aá]ne[ao]|espontâne[ao]|spontan\w*|recebida|recibida|reçue|received|eingegangen|ontvangen)\b/i;

/** Whether a subject piece reads as a title: no phrase about the application, no status word. */
// An acronym in capitals ("IT Support Apprentice") is no phrase word ("it").
const readsAsTitle = (role: string) =>
  !PIECE_PHRASE.test(role.replace(/\b[A-Z]{2,}\b/g, 'X')) && !SUBJECT_STATUS.test(role);

export function roleFromSubjectPieces(subject: string, company: string | undefined): string | undefined {
  const companyKey = company ? foldName(company) : '';
  const pieces = stripSubjectPrefixes(subject)
    .split(/\s+[-–—|:·/]\s+|:\s+|\s+[|·]\s*/)
    .map((piece) => piece.trim())
    .filter(Boolean);
  // A piece that names a job ("Following up – Senior Engineer") goes before one that only might.
  const namesJob = pieces.map((piece) => ROLE_WORDS.test(piece));
  const ordered = [...pieces.filter((_, at) => namesJob[at]), ...pieces.filter((_, at) => !namesJob[at])];
  for (const whole of ordered) {
    // "KPMG Tax Associate": the company's name in front of a title is not part of it.
    const lead = company && whole.toLowerCase().startsWith(`${company.toLowerCase()} `) ? company.length : 0;
    const rest = whole.slice(lead).trim();
    // "Concours de rédacteur territorial", "vaga de designer": a word for the procedure introduces the title.
    const piece = rest.replace(PROCEDURE_LEAD, '').replace(SUBJECT_TAIL, '');
    const key = foldName(piece);
    if (companyKey && (companyKey.includes(key) || (!lead && key.includes(companyKey)))) continue;
    // "Seleção Externa – Assessor Contábil": the team that writes is not the job.
    if (isTeamPhrase(piece) && !ROLE_WORDS.test(piece)) continue;
    // A number after the procedure word is its reference ("Processo Seletivo Simplificado nº 04/2026").
    if (piece !== rest && /\d/.test(piece)) continue;
    const titled = piece !== rest || ROLE_WORDS.test(piece);
    if (piece.split(/\s+/).length > 8 || !(titled || STARTS_WITH_CAPITAL.test(piece))) continue;
    const role = tidyRole(
      piece
        .replace(/\s*\((?:ref|req|#)[^)]*\)\s*$/i, '')
        .replace(/\s+(?:role|position|vacancy|opening|job|stelle|poste|puesto|vaga|vacature)\b.*$/i, ''),
    );
    if (role && readsAsTitle(role)) return role;
  }
  return undefined;
}
