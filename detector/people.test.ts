import { describe, expect, it } from 'vitest';
import { readSenderName, readSignature, slugOf, spellsSlug } from './people';
import { parseSender } from './sender';

const fromName = (from: string) => readSenderName(parseSender(from));

describe('readSenderName', () => {
  it('tells a person writing from their own mailbox', () => {
    expect(fromName('"Elena Petrova" <elena.petrova@halcyonlabs.io>')).toEqual({ person: 'Elena Petrova' });
    expect(fromName('Jane <jane@acme.com>')).toEqual({ person: 'Jane' });
  });

  it('tells an organisation by its words or its address', () => {
    expect(fromName('Hollis Medical Devices <hollismed@myworkday.com>')).toEqual({
      company: 'Hollis Medical Devices',
    });
    expect(fromName('Grupo Almena <seleccion@grupoalmena.es>')).toEqual({ company: 'Grupo Almena' });
    expect(fromName('Acme Talent Team <talent@acme.com>')).toEqual({ company: 'Acme' });
    // A business's word after the team's word makes it the firm's own name.
    expect(fromName('Brightwell Talent Partners <hello@brightwelltalent.co.uk>')).toEqual({
      company: 'Brightwell Talent Partners',
    });
  });

  it('reads relays and services writing for an employer', () => {
    expect(fromName('Acme via Greenhouse <no-reply@greenhouse.io>')).toEqual({ company: 'Acme' });
    // An assessment system writes on behalf of the employer named after it.
    expect(fromName('HireVue on behalf of Stanmore Bank <noreply@hirevue.com>')).toEqual({
      company: 'Stanmore Bank',
    });
    expect(fromName('Evalio im Auftrag von Stadtwerke Kiel <noreply@evalio.de>')).toEqual({
      company: 'Stadtwerke Kiel',
    });
    expect(fromName('Talentify for Parkline Apartments <notifications@talentify.io>')).toEqual({
      company: 'Parkline Apartments',
    });
    // A mailbox on a tracking system that starts with the first part names the employer whole.
    expect(fromName('Homes for Veterans of Ridgeport <homesridgeport@applytojob.com>')).toEqual({
      company: 'Homes for Veterans of Ridgeport',
    });
    expect(fromName('Jane Doe at Acme <jane@acme-mail.com>')).toEqual({
      person: 'Jane Doe',
      company: 'Acme',
    });
    expect(fromName('LinkedIn <jobs-noreply@linkedin.com>')).toEqual({});
  });

  it('reads an employer on a tracking system, whose slug is the mailbox, and a team before the name', () => {
    expect(fromName('Ellery Biosciences <ellery@successfactors.com>')).toEqual({
      company: 'Ellery Biosciences',
    });
    expect(fromName("L'Étoile <letoile@myworkday.com>")).toEqual({ company: "L'Étoile" });
    expect(fromName('Marlow Westbury <marlowwestbury@talent.icims.com>')).toEqual({
      company: 'Marlow Westbury',
    });
    // The slug may be the name's initials.
    expect(fromName('Hollin Bridges <hb@myworkday.com>')).toEqual({ company: 'Hollin Bridges' });
    expect(fromName('Hollin Bridges <hb@quarrylane.com>')).toEqual({ person: 'Hollin Bridges' });
    expect(fromName('Team HR Lumen Software <jobs@lumensoftware.nl>')).toEqual({ company: 'Lumen Software' });
    expect(fromName('Equipa de Talento – Farfalla Tech <talent@farfallatech.pt>')).toEqual({
      company: 'Farfalla Tech',
    });
    // A hiring team "at" the employer, written with a sign rather than a word.
    expect(fromName('Talent @ Brisa Saúde <noreply@teamtailor-mail.com>')).toEqual({
      company: 'Brisa Saúde',
    });
    expect(fromName('Karriere bei Quellhaus <noreply@teamtailor-mail.com>')).toEqual({
      company: 'Quellhaus',
    });
  });

  it('names no employer for a person on a job board or a jobs portal', () => {
    expect(fromName('Priyanka Rao via LinkedIn <inmail-hit-reply@linkedin.com>')).toEqual({
      person: 'Priyanka Rao',
    });
    expect(fromName('Federal Jobs Portal <noreply@jobs-portal.example>')).toEqual({});
  });

  it('leaves out the recruiting service an address names when it writes for an employer', () => {
    expect(fromName('AFAS Recruitment – Gemeente Oostkempe <noreply@afasrecruitment.be>')).toEqual({
      company: 'Gemeente Oostkempe',
    });
  });

  it('drops the department or the relaying site a display name adds to the employer', () => {
    expect(fromName('Ville de Gradignac – Direction des ressources humaines <drh@gradignac.fr>')).toEqual({
      company: 'Ville de Gradignac',
    });
    expect(fromName('Woonzorg De Vlinderhof - P&O <po@vlinderhof.nl>')).toEqual({
      company: 'Woonzorg De Vlinderhof',
    });
    expect(fromName('Caisse Ormeau – Acquisition de talents <talents@caisseormeau.qc.ca>')).toEqual({
      company: 'Caisse Ormeau',
    });
    expect(fromName('Klinik am Seeufer Bewerbermanagement <noreply@dvinci-easy.com>')).toEqual({
      company: 'Klinik am Seeufer',
    });
    expect(fromName('Programa de Estágio Banco Serrano <estagio@bancoserrano.com.br>')).toEqual({
      company: 'Banco Serrano',
    });
    expect(fromName('Kadaster | Werken voor Nederland <noreply@werkenvoornederland.nl>')).toEqual({
      company: 'Kadaster',
    });
  });

  it('finds no company in a team-only name, and a shop writing from free mail', () => {
    expect(fromName('Internal Careers <internalmoves@northwind.com>')).toEqual({});
    expect(fromName('HR Department <hr@kestrelhotel.co.uk>')).toEqual({});
    expect(fromName("Ben's Corner Bakery <bensbakery@gmail.com>")).toEqual({
      company: "Ben's Corner Bakery",
    });
  });

  it('reads the business a first name writes for in brackets, never a title there', () => {
    expect(fromName('Rocío (Heladería Polo) <rocio.polo@gmail.com>')).toEqual({
      person: 'Rocío',
      company: 'Heladería Polo',
    });
    expect(fromName('Dana (Recruiter) <dana@figma.com>')).toEqual({ person: 'Dana' });
  });

  it('splits "X für Y" only when the service before it sends the mail', () => {
    expect(fromName('Bundesamt für Seeschifffahrt <bewerbung@bsh-karriere.de>')).toEqual({
      company: 'Bundesamt für Seeschifffahrt',
    });
  });
});

describe('readSignature', () => {
  it('finds the person, the company under the title and an address', () => {
    expect(
      readSignature(['Maya Okafor | Talent Acquisition Partner', 'Brightline Health', 'maya@brightline.com']),
    ).toEqual({
      person: 'Maya Okafor',
      company: 'Brightline Health',
      email: 'maya@brightline.com',
    });
    expect(readSignature(['Ben Aldridge', 'Founder, Harbor & Main'])).toMatchObject({
      person: 'Ben Aldridge',
      company: 'Harbor & Main',
    });
    expect(readSignature(['The Hooli Recruiting Team'])).toEqual({ company: 'Hooli' });
  });

  it("prefers the institution's own line to the unit after a title, and no title for a company", () => {
    expect(
      readSignature(['Dr James Okonkwo', 'Head of Department, Sociology', 'Lancaster University']).company,
    ).toBe('Lancaster University');
    expect(readSignature(['Elizabeth Ward', 'HR Officer']).company).toBeUndefined();
    // A closing left above the name is nobody's name.
    expect(readSignature(['Alles Gute', 'Marcel Eder']).person).toBe('Marcel Eder');
    expect(
      readSignature(['Mira Oyelaran', 'Talent Acquisition Specialist', 'Thornbury Health']).company,
    ).toBe('Thornbury Health');
  });

  it('reads the company from team lines, before or after the team words', () => {
    // An institution signs with the one it belongs to.
    expect(
      readSignature([
        'Ruth Keller',
        'Visitor Services Manager',
        'The Ashcombe Gallery, University of Brightwater',
      ]).company,
    ).toBe('The Ashcombe Gallery');
    // A last piece opened by "the" re-describes the name before it.
    expect(
      readSignature([
        'Niamh Carey',
        'Human Resources, Kingsbridge College Dublin, the University of Kingsbridge',
      ]).company,
    ).toBe('Kingsbridge College Dublin');
    expect(readSignature(['Talent Acquisition Team', 'Vantora Limited'])).toEqual({
      company: 'Vantora Limited',
    });
    expect(readSignature(['Resourcing Team', 'Nationwide Building Society']).company).toBe(
      'Nationwide Building Society',
    );
    expect(readSignature(['Time de Talent Acquisition Nubank'])).toEqual({ company: 'Nubank' });
    expect(readSignature(['Gemeente Westerkade, afdeling Werving & Selectie']).company).toBe(
      'Gemeente Westerkade',
    );
    expect(readSignature(['Ana Costa', 'Tech Recruiter | mercantil'])).toEqual({
      person: 'Ana Costa',
      company: 'mercantil',
    });
    expect(readSignature(['Wexford Lyle & Co. Talent Acquisition']).company).toBe('Wexford Lyle & Co.');
  });

  it('never takes a job board for the employer', () => {
    expect(fromName('NHS Jobs <noreply@jobs.nhs.uk>')).toEqual({});
    expect(fromName('Government Recruitment Service <noreply@civilservicejobs.service.gov.uk>')).toEqual({});
  });

  it('takes the organisation under a department that signs, never the department', () => {
    expect(readSignature(['Departamento de Recursos Humanos', 'Clínica Sol Poente']).company).toBe(
      'Clínica Sol Poente',
    );
    expect(readSignature(['Graduate Recruitment Team', 'Harrow Lane Legal'])).toEqual({
      company: 'Harrow Lane Legal',
    });
    expect(readSignature(['Digital Humanities Programme', 'University of Westmarch']).company).toBe(
      'University of Westmarch',
    );
    expect(readSignature(['Human Resources Unit']).company).toBeUndefined();
    expect(readSignature(['Dr Ama Boateng', 'School of Law, Kingsbridge University']).company).toBe(
      'Kingsbridge University',
    );
    // A seniority word opens a title, not a team's name.
    expect(readSignature(['Mia', 'Senior Talent Partner, Quillo'])).toEqual({
      person: 'Mia',
      company: 'Quillo',
    });
  });
});

describe('department and surname display names', () => {
  it('reads departments as no company and Dutch surnames as people', () => {
    expect(fromName('Personeelszaken <pz@zorgrand.nl>')).toEqual({});
    expect(fromName('Office of Faculty Affairs <faculty@westmarch.edu>')).toEqual({});
    expect(fromName('Pôle RH <rh@lumisport.fr>')).toEqual({});
    expect(fromName('Joost van Dam <joost@bureaudam.nl>')).toEqual({ person: 'Joost van Dam' });
    expect(fromName('Sanne de Wit <sanne@dewitadvies.nl>')).toEqual({ person: 'Sanne de Wit' });
  });
});

describe('display names and signatures with a site, a department acronym or a town', () => {
  it("keeps the employer's part of a name beside a numbered site or a personnel department's acronym", () => {
    expect(fromName('Westmark Outlets - Store 12 <store12@westmarkhiring.com>')).toEqual({
      company: 'Westmark Outlets',
    });
    expect(fromName('Clinique des Tilleuls – DRH <drh@clinique-tilleuls.fr>')).toEqual({
      company: 'Clinique des Tilleuls',
    });
  });

  it("drops a careers page's words in other languages", () => {
    expect(fromName('Banque Laurentide – Carrières <carrieres@banquelaurentide.ca>')).toEqual({
      company: 'Banque Laurentide',
    });
    expect(fromName('Gemeente Zwolle | Werken bij <werkenbij@zwolle.nl>')).toEqual({
      company: 'Gemeente Zwolle',
    });
    expect(fromName('Mairie de Pessac - Service Emploi <emploi@pessac.fr>')).toEqual({
      company: 'Mairie de Pessac',
    });
  });

  it('reads a named fellowship as an organisation, not a person', () => {
    expect(fromName('Evergreen Code Fellows <noreply@smartrecruiters.com>')).toEqual({
      company: 'Evergreen Code Fellows',
    });
  });

  it('takes a firm of partners for the company, not the town its line ends on', () => {
    expect(
      readSignature(['Dr. Sabine Vogt', 'Steuerberaterin', 'Vogt & Partner Steuerberater, Regensburg'])
        .company,
    ).toBe('Vogt & Partner Steuerberater');
  });
});

describe('branches, writers and titles in display names', () => {
  it('drops a branch named by its town, in words or by the mailbox', () => {
    expect(fromName('Kronberg Zeitarbeit – Niederlassung Bochum <bochum@kronberg-zeitarbeit.de>')).toEqual({
      company: 'Kronberg Zeitarbeit',
    });
    expect(fromName('Laboral ETT – Oficina Valencia <valencia@laboral-ett.es>')).toEqual({
      company: 'Laboral ETT',
    });
    expect(fromName('Brisa Trabalho Temporário – Coimbra <coimbra@brisa-tt.pt>')).toEqual({
      company: 'Brisa Trabalho Temporário',
    });
    expect(fromName('Aceros Ibarra – Formación <formacion@aceros-ibarra.es>')).toEqual({
      company: 'Aceros Ibarra',
    });
  });

  it('reads the organisation before a person who writes for it', () => {
    expect(fromName('Boulangerie des Halles – Sophie Marchal <boulangeriedeshalles@gmail.com>')).toEqual({
      person: 'Sophie Marchal',
      company: 'Boulangerie des Halles',
    });
    expect(fromName('Farmácia do Largo – Dra. Rita Lopes <rita.lopes@farmaciadolargo.pt>')).toEqual({
      person: 'Dra. Rita Lopes',
      company: 'Farmácia do Largo',
    });
  });

  it('takes a scholar with titles, or a name with accents, for a person', () => {
    expect(fromName('Prof. Dr. Jonas Albers <albers@chemie.uni-halle.de>')).toEqual({
      person: 'Prof. Dr. Jonas Albers',
    });
    expect(fromName('Prof.ª Doutora Marta Simões <msimoes@uni-minho.pt>')).toEqual({
      person: 'Prof.ª Doutora Marta Simões',
    });
  });

  it('takes a title with a German ending for a title, not a company', () => {
    expect(readSignature(['Lena Vogt', 'Front Office Managerin']).company).toBeUndefined();
    expect(readSignature(['Lena Vogt', 'Front Office Managerin', 'Hotel Seeblick']).company).toBe(
      'Hotel Seeblick',
    );
  });

  it('reads a name a tracking system sub-domain spells as the employer, not a person', () => {
    expect(fromName('Harbor Lights <no-reply@harborlights.teamtailor.com>')).toEqual({
      company: 'Harbor Lights',
    });
  });

  it('keeps a care home or a bar whose name has "de" or "da" whole', () => {
    expect(fromName('Lar Santa Maria da Luz <recrutamento@larsantamaria.pt>').company).toBe(
      'Lar Santa Maria da Luz',
    );
    expect(fromName('Companhia de Autocarros do Sado <rh@autocarrossado.pt>').company).toBe(
      'Companhia de Autocarros do Sado',
    );
  });

  it('keeps university hospitals whose name has "de" whole', () => {
    expect(fromName('Hôpitaux Universitaires de Lorvens <rh@hul-lorvens.ch>').company).toBe(
      'Hôpitaux Universitaires de Lorvens',
    );
    expect(fromName('Hospitales Universitarios de Valderas <empleo@huv.es>').company).toBe(
      'Hospitales Universitarios de Valderas',
    );
  });
});

describe('teams and departments around the employer', () => {
  it.each([
    ['Direction des Ressources Humaines Ville de Nantes <rh@nantes.fr>', { company: 'Ville de Nantes' }],
    ['Departamento de Personal Hotel Sirena <personal@hotelsirena.es>', { company: 'Hotel Sirena' }],
    ['Gestão de Pessoas Hospital São Bento <gp@hsb.pt>', { company: 'Hospital São Bento' }],
    ['Recrutamento e Seleção Banco Tejo <rs@bancotejo.pt>', { company: 'Banco Tejo' }],
    ['P&O Gemeente Zwolle <po@zwolle.nl>', { company: 'Gemeente Zwolle' }],
    ['HR Department Corrigan Foods <hr@corriganfoods.com>', { company: 'Corrigan Foods' }],
    ['HR-Team Möbelhaus Brandt <hr@moebel-brandt.de>', { company: 'Möbelhaus Brandt' }],
    ['Équipe RH Atelier Soleil <rh@ateliersoleil.fr>', { company: 'Atelier Soleil' }],
    ['Recruiting Team at Quillmark <jobs@quillmark.com>', { company: 'Quillmark' }],
    ['Sofía del equipo de Brasa <sofia@brasa.mx>', { person: 'Sofía', company: 'Brasa' }],
    [
      'Marie von der Bäckerei Kranz <marie@baeckerei-kranz.de>',
      { person: 'Marie', company: 'Bäckerei Kranz' },
    ],
    ['Lena von Team Kiezladen <jobs@kiezladen.de>', { person: 'Lena', company: 'Kiezladen' }],
    ['Stadt Weil – Haupt- und Personalamt <personal@weil.de>', { company: 'Stadt Weil' }],
    // The mailbox tells which part of "Organisation – Person" is the person.
    [
      'Zonnebloem Ridderkerk – Marieke Visser <m.visser@zonnebloem.nl>',
      { person: 'Marieke Visser', company: 'Zonnebloem Ridderkerk' },
    ],
    // A name of its own keeps its first words.
    ['Department of Fish and Game <jobs@wildlife.ca.gov>', { company: 'Department of Fish and Game' }],
    ['Service Corporation Hale <jobs@schale.com>', { company: 'Service Corporation Hale' }],
    ['Caja Rural del Segura – Talento <talento@cajaruralsegura.es>', { company: 'Caja Rural del Segura' }],
    ['Karin de Wit <karin@appelhof.nl>', { person: 'Karin de Wit' }],
  ])('%s', (from, expected) => {
    expect(fromName(from)).toEqual(expected);
  });

  it('reads a title line and a programme team in a signature, and no portal or unit alone', () => {
    expect(readSignature(['Helen Pryce', 'Headteacher, Harcourt Academy']).company).toBe('Harcourt Academy');
    expect(readSignature(['Returners Programme Team', 'Harlow Bank']).company).toBe('Harlow Bank');
    expect(readSignature(['Rita Moura', 'Direção']).company).toBeUndefined();
    expect(readSignature(['Ihr Karriereportal'], true).company).toBeUndefined();
    expect(readSignature(['Larchmont Vets Group'], true).company).toBe('Larchmont Vets Group');
    expect(readSignature(['Larchmont Vets Group']).company).toBeUndefined();
    expect(readSignature(['Im Auftrag', 'Schäfer']).person).toBe('Schäfer');
    // A manager may sign with the ward or lab they run; a recruiter signs with the employer.
    expect(readSignature(['Helen Marsh', 'Lab Manager, Blood Sciences'])).toMatchObject({
      company: 'Blood Sciences',
      unit: true,
    });
    expect(readSignature(['Sophie Lambert', 'Chargée de recrutement - Thales']).unit).toBe(false);
    expect(readSignature(['Ruth Garside', 'Headteacher, Seabrook Academy']).unit).toBeFalsy();
  });
});

describe('towns, tracking-system slugs and names that go on in lower case', () => {
  it('drops the town after the organisation on a title line, not the organisation after a team', () => {
    expect(
      readSignature(['Annelies Smit', 'HR Business Partner – De Kroonjuwelen Juweliers, Den Haag']).company,
    ).toBe('De Kroonjuwelen Juweliers');
    expect(readSignature(['Laura Campos', 'Head de Pessoas – AgroTechX, Ribeirão Preto']).company).toBe(
      'AgroTechX',
    );
    expect(readSignature(['Recruitment Team', 'Te Whatu Manawa Health, Central Region']).company).toBe(
      'Te Whatu Manawa Health',
    );
  });

  it('reads the employer a tracking system names by mailbox or sub-domain', () => {
    expect(readSenderName(parseSender('Iberdrola – Selección <iberdrola@myworkday.com>'))).toEqual({
      company: 'Iberdrola',
    });
    expect(readSenderName(parseSender('Cobalt Ridge Mining <noreply@cobaltridge.jazz.co>'))).toEqual({
      company: 'Cobalt Ridge Mining',
    });
  });

  it('keeps a name that goes on in lower case whole', () => {
    expect(readSenderName(parseSender('Centre de gestion de la Gironde <concours@cdg33.fr>'))).toEqual({
      company: 'Centre de gestion de la Gironde',
    });
    expect(readSenderName(parseSender('Jan from Acme <jan@acme.com>'))).toEqual({
      person: 'Jan',
      company: 'Acme',
    });
  });

  it('reads a name whose initials the address spells as the organisation', () => {
    expect(readSenderName(parseSender('Western Hills Conservancy <jobs@whc-parks.org>'))).toEqual({
      company: 'Western Hills Conservancy',
    });
    expect(readSenderName(parseSender('Maria Lopez Garcia <maria@acme.es>'))).toEqual({
      person: 'Maria Lopez Garcia',
    });
  });

  it('reads a sub-domain that shortens the display name as the employer on a hosted system', () => {
    expect(spellsSlug('bbwien', 'Barmherzige Brüder Wien')).toBe(true);
    expect(spellsSlug('caritaswien', 'Caritas der Erzdiözese Wien')).toBe(true);
    expect(spellsSlug('bbwien', 'Bernd Bauer')).toBe(false);
    // One word's start alone is no shortening of the whole name.
    expect(spellsSlug('car', 'Caritas Wien')).toBe(false);
    expect(fromName('Barmherzige Brüder Wien <noreply@bbwien.softgarden.io>')).toEqual({
      company: 'Barmherzige Brüder Wien',
    });
    expect(fromName('Jonas Weber <noreply@bbwien.softgarden.io>')).toEqual({ person: 'Jonas Weber' });
  });

  it('takes no routing sub-domain for a slug', () => {
    expect(slugOf('bbwien.softgarden.io')).toBe('bbwien');
    expect(slugOf('mail.acme.com')).toBe('');
    expect(slugOf('acme.com')).toBe('');
  });

  it('reads hospitals and charities as organisations', () => {
    expect(fromName('Evangelisches Krankenhaus Wien <recruiting@ekhwien.example-hr.com>')).toEqual({
      company: 'Evangelisches Krankenhaus Wien',
    });
  });

  it('keeps "<body> de <town>" whole from a team mailbox, and splits a person from her own', () => {
    expect(fromName('Métropole de Lyon <concours@grandlyon.com>')).toEqual({ company: 'Métropole de Lyon' });
    expect(fromName('Diputación de Teruel <seleccion@dpteruel.es>')).toEqual({
      company: 'Diputación de Teruel',
    });
    expect(fromName('Lucía de Almeida <lucia.dealmeida@grupovalcarce.es>')).toEqual({
      person: 'Lucía de Almeida',
    });
  });

  it('drops a selection team or a job pool after the name', () => {
    expect(fromName('Banco do Brasil – Seleção Externa <selecao@bb.com.br>')).toEqual({
      company: 'Banco do Brasil',
    });
    expect(fromName('Conselleria de Educación – Borsa de treball <no-reply@gva.es>')).toEqual({
      company: 'Conselleria de Educación',
    });
  });

  it('drops competitions offices, employment directions and numbered departments after the name', () => {
    expect(fromName('Ayuntamiento de Madrid – Oposiciones <x@madrid.es>')).toEqual({
      company: 'Ayuntamiento de Madrid',
    });
    expect(fromName("Région Occitanie – Direction de l'emploi <x@laregion.fr>")).toEqual({
      company: 'Région Occitanie',
    });
    expect(fromName('Petrobras – Processo Seletivo Público <x@petrobras.com.br>')).toEqual({
      company: 'Petrobras',
    });
    expect(fromName('Stadt Wien – Magistratsabteilung 2 <x@wien.gv.at>')).toEqual({ company: 'Stadt Wien' });
  });

  it('takes no acronym for a first name', () => {
    expect(fromName('CHU de Bordeaux – Direction des Ressources Humaines <x@chu-bordeaux.fr>')).toEqual({
      company: 'CHU de Bordeaux',
    });
  });
});
