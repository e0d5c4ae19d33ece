import { describe, expect, it } from 'vitest';
import { ROLE_WORDS, roleFromSubjectPieces, roleInText, tidyRole } from './role';

describe('roleInText', () => {
  it.each([
    ['Thank you for applying for the Senior Data Engineer position at Acme.', 'Senior Data Engineer'],
    ['Thank you for your application for the position of Library Assistant I.', 'Library Assistant I'],
    ['We filled the UX Researcher role last week.', 'UX Researcher'],
    ['vielen Dank für Ihre Bewerbung als Konstrukteur (m/w/d) bei uns.', 'Konstrukteur'],
    ['Merci pour votre candidature au poste de Contrôleur de gestion.', 'Contrôleur de gestion'],
    ['Merci pour votre candidature au poste de Soudeur(se) qualifié(e).', 'Soudeur(se) qualifié(e)'],
    ['danke für deine Bewerbung als UX Writer:in mit Schwerpunkt Produkt.', 'UX Writer:in'],
    [
      'We are hiring for the Senior QA Engineer (LATAM Remote) position.',
      'Senior QA Engineer (LATAM Remote)',
    ],
    ['Your application for Platform Engineer was viewed by Corvid.', 'Platform Engineer'],
    [
      'Queremos contarte que revisaron tu postulación para el aviso Asistente Contable.',
      'Asistente Contable',
    ],
    ['Thank you for your application\n\nDear Mr. Fischer, we regret.', undefined],
    [
      'Thank you for your application for the position "Collateral Analyst - Margin" (Job ID 8).',
      'Collateral Analyst - Margin',
    ],
    [
      'Thanks for your interest in the Senior Designer, Retail & Packaging role.',
      'Senior Designer, Retail & Packaging',
    ],
    ['Thanks for completing the final interview for Staff Data Engineer with us.', 'Staff Data Engineer'],
    ['Vacancy ref: 4471 - Research Fellow in Marine Ecology', 'Research Fellow in Marine Ecology'],
    ["Merci d'avoir postulé pour le rôle de Product Designer, et pour ton temps.", 'Product Designer'],
    [
      'Agradecemos sua participação no processo seletivo para Farmacêutico(a) Responsável na unidade.',
      'Farmacêutico(a) Responsável',
    ],
    [
      'la cobertura de dos plazas de Auxiliar Administrativo/a (Subgrupo C2), no ha superado',
      'Auxiliar Administrativo/a',
    ],
  ])('%s', (text, role) => {
    expect(roleInText(text)).toBe(role);
  });

  it('keeps the subject of an academic post and ends other titles at "in"', () => {
    expect(
      roleInText(
        'Thank you for attending interview for the post of Lecturer in Health & Social Care at Kingsbridge College.',
      ),
    ).toBe('Lecturer in Health & Social Care');
    expect(roleInText('Thank you for applying for the position of Data Analyst in London.')).toBe(
      'Data Analyst',
    );
  });

  it('skips phrases that are not job titles', () => {
    expect(roleInText('Thank you for the time you invested in the role.')).toBeUndefined();
    expect(roleInText('Thank you for applying to Initech.')).toBeUndefined();
  });
});

describe('subjects and tidying', () => {
  it('takes the subject piece that is not the company', () => {
    expect(roleFromSubjectPieces('Ardoise Technologies – Développeur Backend', 'Ardoise Technologies')).toBe(
      'Développeur Backend',
    );
    expect(roleFromSubjectPieces('Barista', undefined)).toBe('Barista');
    expect(roleFromSubjectPieces('Update on your application', 'Acme')).toBeUndefined();
    // A vacancy's number is no role, and a piece naming a job goes first.
    expect(
      roleFromSubjectPieces('Ihre Bewerbung - Kennziffer 2026-88 - Konstrukteur Getriebebau', 'Brenner'),
    ).toBe('Konstrukteur Getriebebau');
    expect(roleFromSubjectPieces('Outcome - 312456 - Policy Advisor', undefined)).toBe('Policy Advisor');
    expect(roleFromSubjectPieces('Following up', 'Shopify')).toBeUndefined();
  });

  it('drops emoji, quotes and articles', () => {
    expect(tidyRole('the “Product Designer” 🌱')).toBe('Product Designer');
  });

  it.each([
    [
      'Thank you for applying to the Backend Engineer, Payments position at Quarry.',
      'Backend Engineer, Payments',
    ],
    ['Thank you for applying to Solutions Consultant, Public Sector.', 'Solutions Consultant, Public Sector'],
    ['Thank you for applying to Data Analyst, we will be in touch.', 'Data Analyst'],
    [
      'Thanks for your interest in joining Pellham as a Field Service Technician.',
      'Field Service Technician',
    ],
    ['Thank you for your application as KYC Analyst (Job-ID R031).', 'KYC Analyst'],
    ['Thank you for your interest in the Guest Advocate (Cashier) position.', 'Guest Advocate (Cashier)'],
    ['Thank you for your interest in the Engineer II (ID: 2589114) position.', 'Engineer II'],
    ['Thank you for applying for the Senior Experience Designer role.', 'Senior Experience Designer'],
    [
      'Thank you for your application for the position Process Engineer Coatings.',
      'Process Engineer Coatings',
    ],
    ['Bedankt voor je sollicitatie op de functie Data Scientist en je interesse.', 'Data Scientist'],
    ['Job Title Payroll Administrator', 'Payroll Administrator'],
    ['Job title: Band 5 Staff Nurse - Acute Medicine', 'Band 5 Staff Nurse'],
    ['Leuk dat je bij ons wilt werken als Planning Medewerker!', 'Planning Medewerker'],
    ['Merci pour votre candidature au poste de Conseillère de vente à Bordeaux.', 'Conseillère de vente'],
    ['Thank you for applying for our Tax Graduate programme in Leeds.', 'Tax Graduate'],
    ['We cannot offer you a place on the Future Leaders Programme this year.', 'Future Leaders Programme'],
  ])('reads %s', (text, role) => {
    expect(roleInText(text)).toBe(role);
  });

  it('refuses sentence fragments in front of a job noun', () => {
    expect(
      roleInText('We keep your information on file and may reach out if a role opens up.'),
    ).toBeUndefined();
    expect(roleInText('Contact the recruiting manager named in the job advert.')).toBeUndefined();
  });

  it('drops the company in front of a title in the subject and skips status words', () => {
    expect(roleFromSubjectPieces('Halcott Operations Analyst', 'Halcott')).toBe('Operations Analyst');
    expect(roleFromSubjectPieces('Application Outcome - Shell', 'Shell')).toBeUndefined();
    expect(roleFromSubjectPieces('Thornbury - Outcome', 'Thornbury')).toBeUndefined();
    expect(roleFromSubjectPieces('Brindleway / Content Designer', 'Brindleway')).toBe('Content Designer');
    expect(roleFromSubjectPieces('Creative Director role update', 'Sable')).toBe('Creative Director');
  });
});

describe('tidyRole', () => {
  it('drops a gender marker without brackets, a job noun in front and a clause after the title', () => {
    expect(tidyRole('Préparateur de commandes H/F')).toBe('Préparateur de commandes');
    expect(tidyRole('Convocatoria Auxiliar Administrativo')).toBe('Auxiliar Administrativo');
    expect(tidyRole('Concurso público Profesional de Apoyo Académico')).toBe(
      'Profesional de Apoyo Académico',
    );
    expect(tidyRole('Vaga Engenheiro de Segurança')).toBe('Engenheiro de Segurança');
    expect(tidyRole('Auxiliar de Farmacia (sucursal Cumbres) a la que aplicaste')).toBe(
      'Auxiliar de Farmacia (sucursal Cumbres)',
    );
    expect(tidyRole('LTO Posting 4471')).toBeUndefined();
    expect(tidyRole('Posting PT-26-031 Grade 1 Teacher')).toBe('Grade 1 Teacher');
    expect(tidyRole('Recruitment #26-114 Account Clerk II')).toBe('Account Clerk II');
    expect(tidyRole('Berufungsverfahren W2-Professur Hydrologie')).toBe('W2-Professur Hydrologie');
    // A title that merely starts like a job noun stays whole.
    expect(tidyRole('Cargo Handler')).toBe('Cargo Handler');
  });

  it('ends a title before the verb that follows it', () => {
    expect(roleInText('Tu candidatura para el puesto de Patronista ha finalizado.')).toBe('Patronista');
    expect(roleInText('Le statut de votre candidature au poste de Vendeur a changé.')).toBe('Vendeur');
  });

  it('drops every pictograph, whether or not it is outside the Basic Multilingual Plane', () => {
    const pictographs = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter(
      (char) => /^\p{Extended_Pictographic}$/u.test(char),
    );
    for (const emoji of [...pictographs, '🌱', '👩‍💻', '❤️'])
      expect(tidyRole(`Barista ${emoji}`), `Barista ${emoji}`).toBe('Barista');
  });

  it('reads titles after rounds, processes, quoted offers and requisition lines', () => {
    expect(roleInText('Thanks for the final round for Lead Data Engineer. We went another way.')).toBe(
      'Lead Data Engineer',
    );
    expect(roleInText('Gracias por el proceso para Energy Trader. No seguimos.')).toBe('Energy Trader');
    expect(
      roleInText("Votre candidature pour l'offre « Vendeuse en fromagerie (H/F) » n'est pas retenue."),
    ).toBe('Vendeuse en fromagerie');
    expect(roleInText('Requisition: 77812 - Lab Coordinator\n\nThank you.')).toBe('Lab Coordinator');
    expect(
      roleInText(
        'We appreciate you taking the time to apply to Line Associate - Plant 4. We will not proceed.',
      ),
    ).toBe('Line Associate - Plant 4');
  });

  it('reads European word order and keeps a hyphenated pair whole', () => {
    expect(roleInText('voor de rol Scrum Master.')).toBe('Scrum Master');
    expect(roleInText('die Rolle Data Analyst mit jemandem intern zu besetzen')).toBe('Data Analyst');
    expect(
      roleInText('sua candidatura para a vaga Analista Fiscal | Lojas Aurora teve uma atualização'),
    ).toBe('Analista Fiscal');
    expect(roleInText('We zijn voor de functie kok wel op zoek naar iemand anders.')).toBeUndefined();
    expect(roleInText('Ihre Bewerbung als Elektro- und Anlagentechniker auf unserer Baustelle')).toBe(
      'Elektro- und Anlagentechniker',
    );
  });

  it('reads a title a procedure word introduces in the subject, even in lower case', () => {
    expect(roleFromSubjectPieces('Re: seasonal farmhand', undefined)).toBe('seasonal farmhand');
    expect(roleFromSubjectPieces('Concours de technicien territorial - résultats', undefined)).toBe(
      'technicien territorial',
    );
    expect(roleFromSubjectPieces('vaga de fotógrafo', undefined)).toBe('fotógrafo');
    expect(roleFromSubjectPieces('Re: Stage Manager search', undefined)).toBe('Stage Manager');
    expect(roleFromSubjectPieces('Brindle | Next steps', 'Brindle')).toBeUndefined();
    expect(roleFromSubjectPieces('Re: quick question', undefined)).toBeUndefined();
    expect(roleFromSubjectPieces('Candidatura espontánea', undefined)).toBeUndefined();
    expect(roleFromSubjectPieces('Processo Seletivo Simplificado nº 12/2026', undefined)).toBeUndefined();
    expect(roleFromSubjectPieces('Stellenausschreibung Nr. 12/2026', undefined)).toBeUndefined();
  });

  it('keeps a grade in brackets but drops references and working time', () => {
    expect(tidyRole('Programme Officer (P2)')).toBe('Programme Officer (P2)');
    expect(tidyRole('Sachbearbeiter/in (E 9b TV-L)')).toBe('Sachbearbeiter/in (E 9b TV-L)');
    expect(tidyRole('Docent Economie (0,6 fte)')).toBe('Docent Economie');
    expect(tidyRole('Research Fellow (Ref 1012345)')).toBe('Research Fellow');
    expect(tidyRole('tenure-track Assistant Professor of History')).toBe('Assistant Professor of History');
    expect(tidyRole('freelance designer')).toBe('freelance designer');
    expect(roleInText('Thank you for applying for the Policy Analyst (P3) role.')).toBe(
      'Policy Analyst (P3)',
    );
  });

  it('reads trainings that lead to a job and never takes a time of day for one', () => {
    expect(
      roleInText('Je deed mee aan de selectie voor de opleiding tot Monteur Elektrotechniek (niveau 3).'),
    ).toBe('Monteur Elektrotechniek (niveau 3)');
    expect(roleInText('Vielen Dank für dein Interesse an der Ausbildung zum Elektroniker.')).toBe(
      'Elektroniker',
    );
    expect(roleInText('We hired someone who can do full days for the afternoon position.')).toBeUndefined();
    expect(roleInText('votre candidature en tant que conseillère de vente à 60%.')).toBe(
      'conseillère de vente',
    );
  });
});

describe('tidyRole: what follows a title', () => {
  it.each([
    ['Budget Analyst, GS-0560-09/11', 'Budget Analyst'],
    ['Frontend Developer (React) genau angeschaut', 'Frontend Developer (React)'],
    ['Supervisor de Almacén (turno nocturno) ya', 'Supervisor de Almacén (turno nocturno)'],
    ['Contrôleur de gestion H/F basé', 'Contrôleur de gestion H/F'],
    ['Conseiller(ère) en finances personnelles', 'Conseiller(ère) en finances personnelles'],
    ['Marketing Manager final round', 'Marketing Manager'],
    ['Senior Data Engineer – JR-20931', 'Senior Data Engineer'],
    ['Técnico Agrícola – unidade Rio Verde/GO', 'Técnico Agrícola'],
    ['Analista de Dados Jr da empresa Farmácias Bem-Te-Vi', 'Analista de Dados Jr'],
    ['Elementary Teacher - French Immersion, Posting PT-26-009', 'Elementary Teacher - French Immersion'],
  ])('%s → %s', (raw, role) => {
    expect(tidyRole(raw)).toBe(role);
  });

  it('reads warehouse titles and an assessment for a job', () => {
    expect(
      roleInText('Thanks for coming in to interview for Order Picker. We have filled the positions.'),
    ).toBe('Order Picker');
    expect(roleInText('Thank you for completing the online assessment for Analyst, Data & Analytics.')).toBe(
      'Analyst, Data & Analytics',
    );
  });
});

describe('roles from subjects and quoted searches', () => {
  it('reads an acronym in capitals as part of a title, not as a phrase word', () => {
    expect(roleFromSubjectPieces('IT Support Apprentice', 'Tidewater Logistics')).toBe(
      'IT Support Apprentice',
    );
    expect(roleFromSubjectPieces('Can it wait', undefined)).toBeUndefined();
  });

  it("reads the title a board quotes after its search's name", () => {
    expect(roleInText('la búsqueda "Chofer de reparto" de Logística Pampa fue finalizada.')).toBe(
      'Chofer de reparto',
    );
  });
});

describe('titles without their surroundings', () => {
  it('drops a procedure word before the title, and a share of hours, a pay band or a town and state after it', () => {
    expect(tidyRole('Ausschreibung Referent Controlling')).toBe('Referent Controlling');
    expect(tidyRole('Stellenbesetzungsverfahren Sachbearbeitung Elterngeld')).toBe(
      'Sachbearbeitung Elterngeld',
    );
    expect(tidyRole('Postulación Auxiliar de bodega')).toBe('Auxiliar de bodega');
    expect(tidyRole('Schadenregulierer (60–80%)')).toBe('Schadenregulierer');
    expect(tidyRole('Beleidsmedewerker Milieu (A1-A3)')).toBe('Beleidsmedewerker Milieu');
    expect(tidyRole('Shift Supervisor - Dayton, OH')).toBe('Shift Supervisor');
    // A specialty after the dash is the title's own.
    expect(tidyRole('Staff Nurse – Renal Unit')).toBe('Staff Nurse – Renal Unit');
    expect(tidyRole('Chargé de clientèle basé')).toBe('Chargé de clientèle');
  });

  it('knows trades and occupations as titles after "applying for"', () => {
    expect(roleInText('Thanks for applying for Visual Merchandiser. We have filled the post.')).toBe(
      'Visual Merchandiser',
    );
    expect(roleInText('Thank you for applying for Snowboard Instructor at Crestline Lodge.')).toBe(
      'Snowboard Instructor',
    );
    // After "interest in" a title needs the employer after it: a company alone is no title.
    expect(roleInText('Thank you for your interest in Claims Handler II at Brookfield Mutual.')).toBe(
      'Claims Handler II',
    );
    expect(
      roleInText('Thank you for your interest in Polaris Data and for your application.'),
    ).toBeUndefined();
    // A phrase after "applying for" is still no title.
    expect(roleInText('Thank you for applying for this opportunity with us.')).toBeUndefined();
  });

  it('takes no committee, and no opening described by how it compares, for a title', () => {
    expect(
      roleInText(
        'Your profile was reviewed by the hiring committee; the committee has now closed this search.',
      ),
    ).not.toBe('committee');
    expect(roleInText('We will keep you in mind for a similar opening next year.')).toBeUndefined();
    expect(roleInText('We will be in touch should a more senior portfolio role open.')).toBeUndefined();
  });

  it('ends a title before words that say when or where the news applies', () => {
    expect(roleInText('leider ist die Stelle als Bürokauffrau inzwischen vergeben.')).toBe('Bürokauffrau');
    expect(roleInText('decidimos não abrir a vaga de cozinheiro este verão.')).toBe('cozinheiro');
  });

  it("skips a selection team's piece of the subject", () => {
    expect(
      roleFromSubjectPieces(
        'Seleção Externa – Assessor Contábil – Resultado da Análise Curricular',
        'Banco do Brasil',
      ),
    ).toBe('Assessor Contábil');
    expect(roleFromSubjectPieces('Programa de Trainee – Resultado', 'Ambev')).toBe('Programa de Trainee');
  });
});

describe('ROLE_WORDS', () => {
  it('finds a job word alone or ending a compound, and none inside another word', () => {
    for (const title of [
      'Senior Engineer',
      'Softwareentwickler',
      'Vertriebsmitarbeiterin',
      'Filialleiter (m/w/d)',
    ])
      expect(ROLE_WORDS.test(title)).toBe(true);
    for (const text of ['Acme Corporation', 'Entwicklungszentrum Nord', 'Leiterplatten GmbH', 'Thank you'])
      expect(ROLE_WORDS.test(text)).toBe(false);
  });
});
