import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  companiesFromLinks,
  domainLabel,
  foldAnyName,
  foldName,
  labelSpelling,
  labelToName,
  MAX_LINK_NAMES,
  NAME,
  spellsLabel,
  tidyCompany,
  universityInFull,
  withoutDepartment,
} from './company';
import { LETTER, UPPER } from './letters';

describe('tidyCompany', () => {
  it('drops team words, possessives and trailing punctuation', () => {
    expect(tidyCompany('Acme Talent Team')).toBe('Acme');
    expect(tidyCompany("Acme's")).toBe('Acme');
    expect(tidyCompany('Globex Corp.')).toBe('Globex Corp.');
    expect(tidyCompany('Initech,')).toBe('Initech');
  });

  it('keeps the words of a name but drops a team, a heading or a foreign legal form', () => {
    expect(tidyCompany('Crestmark Retail Careers')).toBe('Crestmark Retail');
    expect(tidyCompany('Service RH Brasserie Vandenbroucke')).toBe('Brasserie Vandenbroucke');
    expect(tidyCompany('Werving & Selectie Politie Noord-Holland')).toBe('Politie Noord-Holland');
    expect(tidyCompany('Personeelszaken Ziekenhuis Oost')).toBe('Ziekenhuis Oost');
    expect(tidyCompany('Atualização da Distribuidora Mantiqueira')).toBe('Distribuidora Mantiqueira');
    expect(tidyCompany('Polvex Sp. z o.o.')).toBe('Polvex');
    expect(tidyCompany('Baltic Trading OÜ')).toBe('Baltic Trading');
    // A tracking system's name alone is no employer, but a name may start with it.
    expect(tidyCompany('Ashby & Reid')).toBe('Ashby & Reid');
    expect(tidyCompany('Ashby')).toBeUndefined();
  });

  it('refuses a job title or a unit left alone after team words', () => {
    for (const raw of [
      'HR Officer',
      'Talent Acquisition Specialist',
      'Talent Acquisition Early',
      'the University',
    ])
      expect(tidyCompany(raw), raw).toBeUndefined();
  });

  it('refuses words that only look like names', () => {
    for (const word of ['This', 'LinkedIn', 'Monday', 'Team', 'us', 'the moment'])
      expect(tidyCompany(word), word).toBeUndefined();
    // The papers an applicant sends, which open agencies' subjects ("Re: CV – Sales Executive").
    for (const word of ['CV', 'Resume', 'Lebenslauf']) expect(tidyCompany(word), word).toBeUndefined();
    expect(tidyCompany('CVS Pharmacy')).toBe('CVS Pharmacy');
  });

  it('drops the department or team before a name, and refuses a unit, a heading or a committee alone', () => {
    expect(tidyCompany('Personalmanagement Landratsamt Erding')).toBe('Landratsamt Erding');
    expect(tidyCompany('DRH Université de Mons')).toBe('Université de Mons');
    expect(tidyCompany('HR Team Pflegedienst Lindenhof')).toBe('Pflegedienst Lindenhof');
    expect(tidyCompany('Team Zuckerbäckerei')).toBe('Zuckerbäckerei');
    expect(tidyCompany('Ole & das Zapfwerk Team')).toBe('Zapfwerk');
    expect(tidyCompany('Castello Group Internal Mobility')).toBe('Castello Group');
    // Names that start with such words stay whole.
    expect(tidyCompany('Many Hands Foundation')).toBe('Many Hands Foundation');
    expect(tidyCompany('Bakkerij Vos')).toBe('Bakkerij Vos');
    for (const raw of [
      'Many',
      'Hartelijk',
      'Nogmaals',
      'Services',
      'District',
      'Direção',
      'Statusänderung Ihrer Bewerbung',
      'Head of Year Search Committee',
    ])
      expect(tidyCompany(raw), raw).toBeUndefined();
  });

  it("drops a subject's heading word before the name, and a hiring team's words before a connector", () => {
    expect(tidyCompany('Feedback Larkmoor')).toBe('Larkmoor');
    expect(tidyCompany('Terugkoppeling Veldwerk')).toBe('Veldwerk');
    expect(tidyCompany('Karriere bei Quellhaus')).toBe('Quellhaus');
    expect(tidyCompany('Talent @ Brisa Saúde')).toBe('Brisa Saúde');
    expect(tidyCompany('Feedback')).toBeUndefined();
  });

  it('refuses a phone or postal line, a thanking verb, a job noun, a team left with a department, or a committee', () => {
    for (const raw of [
      'T 212-555-0147',
      'Tel. +44 20 7946 0000',
      'Brightwater BW1 2AA',
      'MA 02139',
      'Agradecemos',
      'Agradeço',
      'Stelle',
      'Cabin Crew Recruitment',
      'Comissão de Seleção',
      'Auswahlkommission',
      'Dezernat',
    ])
      expect(tidyCompany(raw), raw).toBeUndefined();
    expect(tidyCompany('Pellworth Candidate Team')).toBe('Pellworth');
    expect(tidyCompany('3M')).toBe('3M');
    expect(tidyCompany('A1 Telekom')).toBe('A1 Telekom');
  });
});

describe('NAME', () => {
  const names = (text: string) => [...text.matchAll(new RegExp(NAME, 'gu'))].map((m) => m[1]);

  it("reads a saint's abbreviation inside a name", () => {
    expect(names("the post at St. Brigid's National School.")).toEqual(["St. Brigid's National School"]);
    expect(names('Hospital St. Jude is hiring')).toEqual(['Hospital St. Jude']);
  });
});

describe('domains and links', () => {
  it('reads the company label of a domain and skips free mail', () => {
    expect(domainLabel('mail.acme.com')).toBe('acme');
    expect(domainLabel('acme.co.uk')).toBe('acme');
    expect(domainLabel('gmail.com')).toBeUndefined();
    // A province or a state sits between the name and the country.
    expect(domainLabel('talents.caisseormeau.qc.ca')).toBe('caisseormeau');
    expect(domainLabel('rh.itapeva.sp.gov.br')).toBe('itapeva');
  });

  it('turns labels into names', () => {
    expect(labelToName('acme-corp')).toBe('Acme Corp');
    expect(labelToName('careers-globex')).toBe('Globex');
    expect(labelToName('ibm')).toBe('IBM');
    // A careers site's word before the name goes, in other languages too.
    expect(labelToName('sollicitatie-hogeschool')).toBe('Hogeschool');
    expect(labelToName('bensonroofing', new Map([['benson', 'Benson']]))).toBe('Benson Roofing');
    expect(labelToName('adebayoandpartners', new Map([['adebayo', 'Adebayo']]))).toBe('Adebayo & Partners');
  });

  it('finds company slugs in ATS links', () => {
    const text =
      'See https://acme.wd5.myworkdayjobs.com/en-US/jobs and https://jobs.lever.co/globex/123 or https://boards.greenhouse.io/initech/jobs/1';
    expect(companiesFromLinks(text)).toEqual(['Acme', 'Globex', 'Initech']);
  });

  it('drops team words before the name, places after it and careers-site endings', () => {
    expect(tidyCompany('Equipo de Talento Banco Ariza')).toBe('Banco Ariza');
    expect(tidyCompany('Recruiter Vosmaer')).toBe('Vosmaer');
    expect(tidyCompany('Kestrel Student Recruitment Team')).toBe('Kestrel');
    expect(tidyCompany('Ridgeway Bank Early Careers')).toBe('Ridgeway Bank');
    expect(tidyCompany('Sopraxis Recrutement')).toBe('Sopraxis');
    expect(tidyCompany('Marston India')).toBe('Marston');
    expect(tidyCompany('KPMG UK')).toBe('KPMG');
    expect(tidyCompany('Air India')).toBe('Air India');
    expect(tidyCompany('Brimley.jobs')).toBe('Brimley');
    expect(tidyCompany('Talent Acquisition Nubank')).toBe('Nubank');
  });

  it('refuses contractions and sentence openers in several languages', () => {
    for (const word of [
      "We've",
      "They're",
      'Just',
      'Ik',
      'Após',
      'Le',
      'Derzeit',
      'Aktuell',
      'Helaas',
      'There',
      'EMEA',
    ])
      expect(tidyCompany(word), word).toBeUndefined();
  });

  it('keeps every link to the first twenty companies and none to the others', () => {
    // Slugs "firmaa", "firmab", …: 7,000 different companies, the first one linked twice.
    const slug = (i: number) =>
      `firm${String.fromCharCode(97 + Math.floor(i / 676), 97 + (Math.floor(i / 26) % 26), 97 + (i % 26))}`;
    const links = [0, ...Array.from({ length: 7_000 }, (_, i) => i)]
      .map((i) => `https://${slug(i)}.wd5.myworkdayjobs.com/careers/job/${i}`)
      .join(' ');
    const names = companiesFromLinks(links);
    expect(MAX_LINK_NAMES).toBe(20);
    expect(new Set(names).size).toBe(MAX_LINK_NAMES);
    expect(names).toEqual([
      'Firmaaa',
      ...Array.from({ length: MAX_LINK_NAMES }, (_, i) => labelToName(slug(i))),
    ]);
  });
});

describe('umbrella domains and committees', () => {
  it('reads the body under an umbrella domain and never takes a committee for the employer', () => {
    expect(domainLabel('careers.eu-osha.europa.eu')).toBe('eu-osha');
    expect(tidyCompany('Selection Committee')).toBeUndefined();
    expect(tidyCompany('Search Committee')).toBeUndefined();
  });
});

describe('spellsLabel', () => {
  it('matches a written name to the domain it is glued, prefixed or suffixed into', () => {
    expect(spellsLabel('Kettle & Crumb', 'kettleandcrumb')).toBe(true);
    expect(spellsLabel('Tischlerei Eder', 'eder-tischlerei')).toBe(true);
    expect(spellsLabel("Sinclair's Bookshop", 'sinclairbooks')).toBe(true);
    expect(spellsLabel('Tischlerei Huber', 'eder-tischlerei')).toBe(false);
    expect(spellsLabel('Vela', 'grupovela')).toBe(true);
    expect(spellsLabel('Fennmark', 'fennmarkusa')).toBe(true);
    expect(spellsLabel('Orbis Maschinenbau GmbH', 'orbis-maschinenbau')).toBe(true);
  });

  it('rules out a name by its first letter only where no name of its first words spells the label', () => {
    const word = fc.constantFrom(
      'Acme',
      'Kettle',
      '&',
      'Crumb',
      'Dr.',
      'Klein',
      'Eder',
      'Tischlerei',
      'Grupo',
      'Vela',
      'Müller',
      'Ärzte',
      'Straße',
      'ALSA',
      'Über',
      'Orbis',
      'GmbH',
      'of',
      'Ltd',
      'eBay',
      "Sinclair's",
      'Bookshop',
      'Universität',
      'Kiel',
    );
    const label = fc.constantFrom(
      'kettleandcrumb',
      'eder-tischlerei',
      'grupovela',
      'mueller',
      'uni-kiel',
      'aerzte-ueber',
      'orbis-gmbh',
      'ebay',
      'sinclairbooks',
      'alsa',
      'kanzlei-klein',
      'ab',
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), label, (words, domain) => {
        const spelling = labelSpelling(domain);
        const names = words.map((_, at) => words.slice(0, at + 1).join(' '));
        if (!spelling.mayBeSpelledFrom(words.join(' '))) expect(names.some(spelling.spelledBy)).toBe(false);
      }),
    );
  });

  it('refuses a word that merely starts or ends the label', () => {
    expect(spellsLabel('North', 'northwindlogistics')).toBe(false);
    expect(spellsLabel('Wind', 'northwind')).toBe(false);
    expect(spellsLabel('Al', 'alsa')).toBe(false);
  });

  it('finds the same names with or without the u flag, whatever the text holds beyond the first plane', () => {
    const unit = fc.constantFrom(
      'A',
      'c',
      'É',
      'ß',
      'Ω',
      '7',
      ' ',
      '\t',
      '&',
      '.',
      "'",
      '-',
      '😀',
      '\u{1D400}',
      '\uD800',
      '\uDC00',
    );
    const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        expect(all(new RegExp(NAME, 'g'), text)).toEqual(all(new RegExp(NAME, 'gu'), text));
        const capitalised = `[${UPPER}][${LETTER}'’]{2,}`;
        expect(all(new RegExp(capitalised, 'g'), text)).toEqual(all(new RegExp(capitalised, 'gu'), text));
      }),
    );
  });

  it('keeps a brand joined with "&Co" whole', () => {
    expect(new RegExp(`^${NAME}$`, 'u').test('Aurora &Co')).toBe(true);
    expect(tidyCompany('Time de Atração Aurora')).toBe('Aurora');
  });
});

describe('school boards and branches', () => {
  it('spells out a school board that signs with its acronym', () => {
    expect(tidyCompany('Maple Ridge DSB')).toBe('Maple Ridge District School Board');
    expect(tidyCompany('Lakeshore CDSB')).toBe('Lakeshore Catholic District School Board');
    expect(tidyCompany('DSB')).toBe('DSB');
  });

  it('drops a country written in the language of the branch', () => {
    expect(tidyCompany('Mutualis Belgique')).toBe('Mutualis');
    expect(tidyCompany('Grupo Norte México')).toBe('Grupo Norte');
  });
});

describe('teams, example domains and universities', () => {
  it('drops the team that writes to applicants for one kind of work', () => {
    expect(tidyCompany('Skyline Air Cabin Crew Recruitment')).toBe('Skyline Air');
    expect(tidyCompany('Quickdrop Fleet')).toBe('Quickdrop');
    expect(tidyCompany('Willow Path Charity')).toBe('Willow Path');
    expect(tidyCompany('Parcelly Driver Support')).toBe('Parcelly');
    expect(tidyCompany('Macmillan Cancer Support')).toBe('Macmillan Cancer Support');
    expect(tidyCompany('Bar Restaurante La Ola de Mar')).toBe('La Ola de Mar');
    expect(tidyCompany('Internal Career Opportunity')).toBeUndefined();
  });

  it('reads a university for its library or doctoral college, but keeps its press', () => {
    expect(tidyCompany('Northgate University Library')).toBe('Northgate University');
    expect(tidyCompany('Northgate University Doctoral College')).toBe('Northgate University');
    expect(tidyCompany('Northgate University Press')).toBe('Northgate University Press');
  });

  it('reads the employer from a tracking system sub-domain', () => {
    expect(companiesFromLinks('noreply@bellwethergroup.successfactors.eu')).toEqual(['Bellwether Group']);
    expect(companiesFromLinks('https://career5.successfactors.eu/career?company=x')).toEqual([]);
  });

  it('reads an example domain as standing in for a real top level', () => {
    expect(domainLabel('geo.uni-halle.example.de')).toBe('uni-halle');
    expect(domainLabel('hr.northgate.gov.example')).toBe('northgate');
    expect(domainLabel('example.com')).toBeUndefined();
  });

  it("writes out a university's shortened word as its country does", () => {
    expect(universityInFull('Uni Halle', 'uni-halle.de')).toBe('Universität Halle');
    expect(universityInFull('Univ Lorraine Sud', 'univ-lorraine-sud.fr')).toBe('Université de Lorraine Sud');
    expect(universityInFull('Uni Halle', 'uni-halle.com')).toBe('Uni Halle');
    expect(universityInFull('Unity Games', 'unity.de')).toBe('Unity Games');
    expect(spellsLabel('Universität Halle', 'uni-halle')).toBe(true);
  });
});

describe('foldName', () => {
  it('keeps letters and digits in lower case, umlauts spelled out and accents dropped', () => {
    expect(foldName('Müller & Söhne GmbH')).toBe('muellersoehnegmbh');
    expect(foldName('Straße 21')).toBe('strasse21');
    expect(foldName('Café Crème')).toBe('cafecreme');
  });

  it('folds names as the full passes do, accented Latin read from a table or not', () => {
    for (const name of [
      'Müller & Söhne',
      'Straße',
      'Łódź Centrum',
      'İstanbul',
      'Ångström AB',
      'ĲSSEL',
      'Café 21',
    ])
      expect(foldName(name)).toBe(foldAnyName(name));
    const latin = fc.string({
      unit: fc.integer({ min: 0, max: 0x24f }).map((code) => String.fromCharCode(code)),
    });
    fc.assert(
      fc.property(latin, (name) => foldName(name) === foldAnyName(name)),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => foldName(name) === foldAnyName(name)),
      { numRuns: 2000 },
    );
  });
});

describe('names that are no employer', () => {
  it('refuses a lone sentence word, a title of another language and a street address', () => {
    for (const raw of [
      'Es',
      'Het',
      'Responsable',
      'Gerente',
      'Leiterin',
      '14 Parliament Street',
      "12, rue de l'Industrie",
    ])
      expect(tidyCompany(raw), raw).toBeUndefined();
    // Names that begin like them stay.
    expect(tidyCompany('Es Vedrà Hotels')).toBe('Es Vedrà Hotels');
    expect(tidyCompany('Avenue Code')).toBe('Avenue Code');
    expect(tidyCompany('3M')).toBe('3M');
  });

  it('keeps the company, not the person after its possessive', () => {
    expect(tidyCompany("Rivermark's CEO")).toBe('Rivermark');
    expect(tidyCompany("Calloway's hiring manager")).toBe('Calloway');
    expect(tidyCompany("Sainsbury's")).toBe('Sainsbury');
  });

  it('looks past the public and professional second levels of an address', () => {
    expect(domainLabel('healthnz-careers.govt.nz')).toBe('healthnz-careers');
    expect(domainLabel('mattoslima.adv.br')).toBe('mattoslima');
    expect(domainLabel('sydney.edu.au')).toBe('sydney');
  });

  it('writes out the "U" an English university address puts after its name', () => {
    expect(universityInFull('Laurentian U', 'laurentian-u.edu')).toBe('Laurentian University');
    expect(universityInFull('Acme Labs', 'acme-labs.com')).toBe('Acme Labs');
  });

  it('drops a team of two joined words after the name', () => {
    expect(tidyCompany('UMC Utrecht Werving & Selectie')).toBe('UMC Utrecht');
    expect(tidyCompany('Shoreline Grocers Early Careers & Leadership')).toBe('Shoreline Grocers');
    expect(tidyCompany('Marks & Spencer')).toBe('Marks & Spencer');
    expect(tidyCompany('Johnson and Johnson')).toBe('Johnson and Johnson');
  });

  it('keeps a country after a Portuguese connector', () => {
    expect(tidyCompany('Banco do Brasil')).toBe('Banco do Brasil');
    expect(tidyCompany('Capgemini Brasil')).toBe('Capgemini');
  });

  it("drops a department only after the name a tracking system's sub-domain spells", () => {
    expect(withoutDepartment('Fietsfabriek Digital', 'fietsfabriek')).toBe('Fietsfabriek');
    expect(withoutDepartment('Pennant & Lowe Retail', 'pennantlowe')).toBe('Pennant & Lowe');
    expect(withoutDepartment('Fietsfabriek Digital', '')).toBe('Fietsfabriek Digital');
    expect(withoutDepartment('Straits Marine Engineering', 'harbour')).toBe('Straits Marine Engineering');
  });

  it('takes no application mailbox for a name', () => {
    expect(labelToName('applicants')).toBeUndefined();
    expect(labelToName('vagas')).toBeUndefined();
  });

  it('drops a staff department written after the name in each language', () => {
    expect(tidyCompany('Hospital Clínic Selección de Personal')).toBe('Hospital Clínic');
    expect(tidyCompany('Câmara Municipal do Porto Recursos Humanos')).toBe('Câmara Municipal do Porto');
    expect(tidyCompany('Ville de Lyon Direction des Ressources Humaines')).toBe('Ville de Lyon');
    expect(tidyCompany('Stadt Köln Personalamt')).toBe('Stadt Köln');
    expect(tidyCompany('Banco Santander Área de Personas')).toBe('Banco Santander');
  });
});
