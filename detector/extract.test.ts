import { describe, expect, it } from 'vitest';
import { extract } from './extract';
import { parseSender } from './sender';

const run = (from: string, subject: string, body: string, signature: string[] = [], links = '') =>
  extract({ sender: parseSender(from), subject, body, signature, links });

describe('extract', () => {
  it('takes company and role from the body and the recruiter from the signature', () => {
    const found = run(
      'Jane Doe <jane@acme.com>',
      'Update',
      'Thank you for applying for the Senior Data Engineer position at Acme Labs.',
      ['Jane Doe', 'Recruiter | Acme Labs'],
    );
    expect(found).toEqual({
      company: 'Acme Labs',
      role: 'Senior Data Engineer',
      recruiter: 'Jane Doe',
      replyTo: 'jane@acme.com',
    });
  });

  it('names the employer, not the job board, for relayed decisions', () => {
    const found = run(
      'LinkedIn <jobs-noreply@linkedin.com>',
      'Your application to Backend Developer at Globex',
      'Your update from Globex. Unfortunately, Globex decided not to move forward.',
    );
    expect(found).toEqual({ company: 'Globex', role: 'Backend Developer' });
  });

  it('reads "Company via ATS" sender names and ATS sub-domains', () => {
    expect(
      run(
        'Initech via Greenhouse <no-reply@us.greenhouse-mail.io>',
        'Thanks',
        'We have decided not to proceed.',
      ).company,
    ).toBe('Initech');
    expect(run('Workday <globex@myworkday.com>', 'Update', 'We have decided not to proceed.').company).toBe(
      'Globex',
    );
    expect(
      run('no-reply@hire.lever.co', 'Update', 'Decided.', [], 'https://jobs.lever.co/umbrella/42').company,
    ).toBe('Umbrella');
  });

  it('reads team names and falls back on the sender domain', () => {
    expect(
      run('Careers <careers@hooli.com>', 'Update', 'Thank you.', ['The Hooli Recruiting Team']).company,
    ).toBe('Hooli');
    expect(run('Jane <jane@vandelay.com>', 'Update', 'Thank you.').company).toBe('Vandelay');
  });

  it('takes the person from "Name at Company" and the role from "the X role"', () => {
    const found = run('Jane Doe at Acme <jane@acme-mail.com>', 'Update', 'We filled the UX Researcher role.');
    expect(found).toMatchObject({ recruiter: 'Jane Doe', company: 'Acme', role: 'UX Researcher' });
  });

  it('skips phrases that are not job titles', () => {
    const found = run(
      'jane@acme.com',
      'Update',
      'Thank you for the time you invested in the role. We filled the Support Engineer role.',
    );
    expect(found.role).toBe('Support Engineer');
  });

  it('offers no reply address for no-reply senders, unless the signature gives a person', () => {
    expect(run('Acme <no-reply@acme.com>', 'Update', 'Text').replyTo).toBeUndefined();
    expect(run('Acme <no-reply@acme.com>', 'Update', 'Text', ['Jane Doe', 'jane.doe@acme.com']).replyTo).toBe(
      'jane.doe@acme.com',
    );
  });

  it('reads employers from subjects and relays in other languages', () => {
    expect(
      run(
        'InfoJobs <noreply@infojobs.net>',
        'Tu candidatura en Distribuciones Levante ha sido descartada',
        'Estado: Descartado',
      ).company,
    ).toBe('Distribuciones Levante');
    expect(
      run(
        'StepStone <noreply@stepstone.de>',
        'Neuigkeiten',
        'Weidner Medizintechnik hat Ihre Bewerbung geprüft.',
      ).company,
    ).toBe('Weidner Medizintechnik');
    expect(
      run('Grünwald Consulting <karriere@gruenwald-consulting.de>', 'Absage', 'Leider nicht.').company,
    ).toBe('Grünwald Consulting');
  });

  it('names the client, not the agency that passes on the decision', () => {
    const found = run(
      'Whitlock Hughes Recruitment <candidates@whitlockhughes.com>',
      'Feedback',
      "I've had feedback from Dunmore Foods regarding the Finance Business Partner role.",
    );
    expect(found).toMatchObject({ company: 'Dunmore Foods', role: 'Finance Business Partner' });
  });

  it('prefers the fullest name a real source wrote and splits glued domains', () => {
    expect(
      run(
        'Quillstone Software GmbH <jobs@quillstone.de>',
        'Update',
        'Thanks for your interest in Quillstone.',
      ).company,
    ).toBe('Quillstone Software GmbH');
    expect(run('"Elena Petrova" <elena.petrova@halcyonlabs.io>', 'Update', 'Thank you.').company).toBe(
      'Halcyon Labs',
    );
  });

  it('weighs a name repeated by thousands of links once, and quickly', () => {
    const links = 'https://globex.wd5.myworkdayjobs.com/careers/job/123 '.repeat(8_000);
    const started = performance.now();
    const found = run(
      'Jane Doe <jane@acme.com>',
      'Update',
      'Thank you for your interest in Acme.',
      [],
      links,
    );
    expect(performance.now() - started).toBeLessThan(1000);
    expect(found.company).toBe('Globex');
  });

  it('never takes a word that opens a sentence, or a person, for the company', () => {
    expect(
      run(
        'Hiring <jobs@fernhollow.com>',
        'Update',
        "Just a note: we've decided not to proceed. We've thanked the panel.",
      ),
    ).toMatchObject({ company: 'Fernhollow' });
    expect(
      run(
        'no-reply@greenhouse.io',
        'Update',
        'Thanks for the time with Priya and Tomasz and for your interest in Harbourline.',
      ).company,
    ).toBe('Harbourline');
    expect(run('Ik <lotte@vosmaer.nl>', 'Update', 'Ik heb helaas geen goed nieuws.').company).toBe('Vosmaer');
  });

  it('looks past the applicant tracking system to the employer', () => {
    expect(
      run('Personio Recruiting <jobs@brightfeld.jobs.personio.de>', 'Deine Bewerbung', 'Leider nicht.')
        .company,
    ).toBe('Brightfeld');
    expect(
      run('Gupy <naoresponda@gupy.com.br>', 'Lumiar Seguros | Retorno', 'Infelizmente não seguiremos.', [
        'Time de Gente Lumiar Seguros',
      ]).company,
    ).toBe('Lumiar Seguros');
  });

  it("takes a tracking system's no-reply sender name for the employer when the message signs with it", () => {
    const body =
      'Thanks for applying to the Pastry Chef role. We have chosen another baker this time.\n\nWillow Crumb';
    expect(run('Willow Crumb <no-reply@ats.rippling.com>', 'Pastry Chef', body).company).toBe('Willow Crumb');
    // A name the message never writes stays a name only.
    expect(
      run('Willow Crumb <no-reply@ats.rippling.com>', 'Pastry Chef', 'We have chosen another baker.').company,
    ).toBeUndefined();
  });

  it('looks past a jobs site the message never names to the employer it signs for', () => {
    const body =
      'Thank you for attending interview for the above post. I regret that on this occasion you have not been successful.';
    expect(
      run('Harwick Jobs <noreply@harwick.jobs>', 'Interview outcome – 221-KLT-0092', body, [
        'Recruitment Team',
        'Kestrel Lane Health Trust',
      ]).company,
    ).toBe('Kestrel Lane Health Trust');
    // A site the message names is the employer's own.
    expect(
      run('Harwick Jobs <noreply@harwick.jobs>', 'Interview outcome', `${body} Harwick wishes you well.`, [
        'Recruitment Team',
        'Kestrel Lane Health Trust',
      ]).company,
    ).toBe('Harwick');
  });

  it("takes the logo of a careers-hosting address's message for the employer", () => {
    const markup = '<img src="https://cdn.example.net/logo.png" alt="Tamsin Biologics"><p>Careers</p>';
    expect(
      run(
        'Careers <no-reply@careers-mailer.com>',
        'Application update',
        'We have decided not to progress your application.',
        [],
        markup,
      ).company,
    ).toBe('Tamsin Biologics');
  });

  it('keeps the trade word that ends a name of five words', () => {
    const found = run(
      'Recruitment <noreply@jobs.example.gov.au>',
      'Outcome of your application',
      'Thank you for your application for the above position with Sunshine Coast Hospital and Health Service.\n\nI regret to advise that you have not been successful.',
    );
    expect(found.company).toBe('Sunshine Coast Hospital and Health Service');
  });

  it('keeps the brand the sender signs with and the footer registers over a store named after it', () => {
    const body =
      'Thank you for applying for the Sales Assistant role at Fjordhus Wembley. This time we have chosen other candidates.\n\nBest wishes, Fjordhus Wembley Recruitment';
    const footer = 'Fjordhus Limited, 2 Mill Road, Reading RG1 1AA. Powered by SmartRecruiters.';
    expect(
      run('Fjordhus <noreply@smartrecruiters.com>', 'Your application at Fjordhus Wembley', body, [], footer)
        .company,
    ).toBe('Fjordhus');
    // Without a registered name, the longer name stands.
    expect(
      run('Fjordhus <noreply@smartrecruiters.com>', 'Your application at Fjordhus Wembley', body).company,
    ).toBe('Fjordhus Wembley');
  });

  it('reads labelled fields and job-board cards', () => {
    expect(
      run(
        'NHS Jobs <noreply@jobs.nhs.uk>',
        'Outcome',
        'Job title: Healthcare Assistant\nEmployer: Northfield and Ashby NHS Trust\n\nNot shortlisted.',
      ),
    ).toMatchObject({ company: 'Northfield and Ashby NHS Trust', role: 'Healthcare Assistant' });
    expect(
      run('Karriere <x@portal.de>', 'Status', 'Arbeitgeber: Stadtwerke Hohenau\nLeider nicht.').company,
    ).toBe('Stadtwerke Hohenau');
    expect(
      run(
        'Reed <reed@reed.co.uk>',
        'Status changed',
        "Picker Packer\nSainsbury's - Daventry\n\nStatus: Unsuccessful",
      ),
    ).toMatchObject({ company: "Sainsbury's", role: 'Picker Packer' });
  });

  it('reads cards of two bare lines in either order', () => {
    expect(
      run(
        'Handshake <notifications@joinhandshake.com>',
        'Update on your application',
        'An employer has updated your application.\n\nBrightwater Analytics\nData Analyst Intern - Summer 2027\nStatus: Not selected',
      ),
    ).toMatchObject({ company: 'Brightwater Analytics', role: 'Data Analyst Intern - Summer 2027' });
    expect(
      run(
        'USAJOBS <noreply@usajobs.gov>',
        'Application status',
        'Your status has changed.\n\nRecords Management Specialist\nBureau of Land Records\nAnnouncement number: 42\n\nNot Selected',
      ),
    ).toMatchObject({ company: 'Bureau of Land Records', role: 'Records Management Specialist' });
  });

  it("takes the employer from the end of a public board's vacancy line", () => {
    const body = 'Vacancy: 418802 - Data Analyst - Office for Rail Safety\n\nNot successful.';
    expect(run('Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>', 'Outcome', body).company).toBe(
      'Office for Rail Safety',
    );
    // After a reference number alone, the line ends on the title: the department's field names the employer.
    const titleOnly =
      'Vacancy: 418802 – Rates Adviser\nDepartment: Office for Rail Safety\n\nNot successful.';
    expect(
      run('Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>', 'Outcome', titleOnly).company,
    ).toBe('Office for Rail Safety');
  });

  it('finds the employer a job board or a forwarded text names in its sentences', () => {
    const board = (body: string, subject = 'Novedades') =>
      run('Bumeran <no-reply@bumeran.com.ar>', subject, body).company;
    expect(board('Queremos contarte que Lácteos del Valle revisó tu postulación.')).toBe('Lácteos del Valle');
    expect(
      board('La empresa Transportes Cóndor cambió el estado de tu postulación. Tu CV no fue seleccionado.'),
    ).toBe('Transportes Cóndor');
    expect(board('Corvid Systems isn’t moving forward with your application.')).toBe('Corvid Systems');
    expect(board('Lo sentimos.', 'An update on your application from Kettle & Crumb Bakery')).toBe(
      'Kettle & Crumb Bakery',
    );
    expect(
      run(
        '+1 (614) 555-0188 <sms-forward@textnow.me>',
        'SMS',
        'Hi Sam, this is Dana from Maple Grove Dental. We went with another applicant.',
      ).company,
    ).toBe('Maple Grove Dental');
  });

  it('names the client an agency writes for, whatever the agency is called', () => {
    expect(
      run(
        'Hartley Search <noreply@hartleysearch.co.uk>',
        'Update',
        'Thank you for applying for the Quantity Surveyor role with our client, Ashgrove Construction, in Leeds.',
      ).company,
    ).toBe('Ashgrove Construction');
    expect(
      run(
        'Jeroen Bakker | Bouwtalent Werving & Selectie <jeroen@bouwtalent-ws.nl>',
        'Terugkoppeling',
        'Ik sprak onze opdrachtgever, Aannemersbedrijf Kroeze, over de functie Uitvoerder.',
      ).company,
    ).toBe('Aannemersbedrijf Kroeze');
    expect(
      run(
        'Paul Garnier – Cabinet Orée <p.garnier@oree-rh.fr>',
        'Votre candidature',
        'Le poste chez notre client, les Ateliers Morand, est pourvu.',
      ).company,
    ).toBe('Ateliers Morand');
    expect(
      run(
        'Sabine Roth | Rheinland Personal <s.roth@rheinland-personal.de>',
        'Rückmeldung',
        'Neuigkeiten: die Wasserwerke Lindental haben sich anders entschieden. Rheinland Personal hat weitere Stellen.',
      ).company,
    ).toBe('Wasserwerke Lindental');
    expect(
      run(
        'Mia Chen <mia@summitpathtalent.com>',
        'Quick update',
        'I heard back from the hiring manager at Fernhill Outdoor. They chose someone else.',
        ['Mia Chen', 'Summitpath Talent | Agency Recruiter'],
      ).company,
    ).toBe('Fernhill Outdoor');
    // An agency's own title in the signature: an "intercedent" places people with clients.
    expect(
      run(
        'Kanto <sanne.mulder@kanto.nl>',
        'Oosterveld Techniek – Monteur',
        'Ik kreeg vandaag de terugkoppeling van Oosterveld Techniek: helaas gaan ze niet verder.',
        ['Sanne Mulder', 'Intercedent Techniek | Kanto'],
      ).company,
    ).toBe('Oosterveld Techniek');
  });

  it("names the client whose own message an agency forwards, as the client's text spells it", () => {
    const raw = 'From: Karen Holt <k.holt@brackendaleclinic.co.uk>\nSubject: Feedback';
    const body =
      'See the note below.\n\nWe will pass this time.\nKaren Holt | Practice Manager | Brackendale Clinic';
    expect(run('Tom Reilly <tom@reillyrecruitment.co.uk>', 'FW: Feedback', body, [], raw).company).toBe(
      'Brackendale Clinic',
    );
    // A reply from the candidate's own mailbox names no client: it changes nothing.
    const agency = (raw: string) =>
      run('Tom Reilly <tom@reillyrecruitment.co.uk>', 'RE: Feedback', 'We pass.', [], raw);
    expect(agency('From: Sara <sara@gmail.com>').company).toBe(agency('').company);
  });

  it('takes the name a signature line spells for the address, and keeps initials whole', () => {
    expect(
      run(
        'Hugo Lemaire <hugo@forge-nordique.fr>',
        'Votre candidature',
        'Nous avons retenu un autre profil.',
        ['Hugo Lemaire', 'Forge Nordique SA – 4 rue du Port – 59000 Lille', '06 12 48 77 30'],
      ).company,
    ).toBe('Forge Nordique SA');
    expect(
      run('Talent <talent@rwh.com>', 'Update', 'Thank you for your interest in R.W. Harrington. We regret.')
        .company,
    ).toBe('R.W. Harrington');
  });

  it('takes the fuller name the message keeps to over a shorter sender name', () => {
    expect(
      run(
        'Orbis Careers <careers@orbistech.com>',
        'OrbisTech - Interview status',
        'Thank you for your interview for the position of Analyst at OrbisTech.',
        ['OrbisTech Talent Acquisition'],
      ).company,
    ).toBe('OrbisTech');
  });

  it('keeps the name the sender signs with over a branch or a place named in the text', () => {
    expect(
      run(
        'Halden Careers <careers@halden.com>',
        'Your Halden application',
        'Thank you for applying for the Customer Assistant role at Halden Superstore Cheshire Oaks.',
        ['Halden Recruitment'],
      ).company,
    ).toBe('Halden');
  });

  it('reads the company from a closing the message ends on, or from a corporate address', () => {
    expect(
      run(
        'no-reply@greenhouse.io',
        'Update',
        'We will not proceed.\n\nLe Service Recrutement - Crédit Armorique',
      ).company,
    ).toBe('Crédit Armorique');
    expect(run('Megan Ortiz <megan.ortiz@comcast.com>', 'Update', 'We will not proceed.').company).toBe(
      'Comcast',
    );
    expect(run('Megan <megan@comcast.net>', 'Update', 'We will not proceed.').company).toBeUndefined();
  });

  it('weighs links to thousands of different companies by the first ones only', () => {
    // 1 MB of links to 7,000 companies ("Firmaaa", "Firmaab", …), the last one linked four times.
    const slug = (i: number) =>
      `firm${String.fromCharCode(97 + Math.floor(i / 676), 97 + (Math.floor(i / 26) % 26), 97 + (i % 26))}`;
    const link = (i: number) =>
      `https://${slug(i)}.wd5.myworkdayjobs.com/en-US/careers/job/R${i}?source=email `;
    const links =
      `${Array.from({ length: 7_000 }, (_, i) => link(i)).join('')}${link(6_999).repeat(3)}`.padEnd(
        1_000_000,
        ' ',
      );
    const found = run('Talent Team <no-reply@myworkday.com>', 'Update', 'Thank you for applying.', [], links);
    expect(found.company).toBe('Firmaaa');
  });

  it('takes the name a message writes for a glued or prefixed domain', () => {
    expect(
      run('Ines <ines@saltandpepper.co.uk>', 'Shifts', 'No shifts for now, sorry!\nInes\nSalt & Pepper')
        .company,
    ).toBe('Salt & Pepper');
    expect(
      run(
        'Rui <rui@hoteldourovista.pt>',
        'Vaga',
        'Obrigado pela visita ao Douro Vista. Já escolhemos outra pessoa.',
      ).company,
    ).toBe('Douro Vista');
    expect(
      run('Kim <kim@meridianhealthus.com>', 'Update', 'We filled it.\nKim, Meridian Health').company,
    ).toBe('Meridian Health');
    // The fewest words that spell the address: the subject's status words are not part of the name.
    expect(
      run('Careers <careers@tolvar.com>', 'Tolvar Application Update', 'We will not proceed.').company,
    ).toBe('Tolvar');
    // A word that merely starts the address is not the company's name.
    expect(run('Ana <ana@northwindlogistica.es>', 'Hola', 'Gracias, North.').company).toBe(
      'Northwindlogistica',
    );
  });

  it('reads a forwarded message from a personal address as its original sender wrote it', () => {
    const found = run(
      'Tom <tom.reyes@gmail.com>',
      'Fwd: Your application',
      'Look at this.\n\nThank you for applying for the Field Engineer role. We will not proceed.',
      [],
      'Look at this.\n\n---------- Forwarded message ---------\nFrom: Harlow Rail Careers <careers@harlowrail.co.uk>\nSubject: Your application\n\nThank you for applying.',
    );
    expect(found).toMatchObject({
      company: 'Harlow Rail',
      role: 'Field Engineer',
      replyTo: 'careers@harlowrail.co.uk',
    });
    // Only a personal address forwards for someone else: a company's own forward stays the company's.
    expect(
      run(
        'Joanna <joanna@kestrelbank.com>',
        'Fwd: note',
        'See below.',
        [],
        '-------- Forwarded message --------\nFrom: Ana <ana@otherfirm.com>',
      ).company,
    ).toBe('Kestrel Bank');
  });

  it('names the client when a staffing firm without an agency word writes', () => {
    expect(
      run(
        'Lena Vos <lena.vos@randstad.nl>',
        'Terugkoppeling',
        'De terugkoppeling van Brinkhorst Logistiek: ze kiezen voor een ander.',
      ).company,
    ).toBe('Brinkhorst Logistiek');
    expect(
      run(
        'Caio <caio@hunterspro.com.br>',
        'Retorno',
        'Falei com o cliente (a Vinhedo Alimentos) e eles fecharam com outra pessoa.',
      ).company,
    ).toBe('Vinhedo Alimentos');
    // "the Client Service Associate role" names a job, not a client.
    expect(
      run(
        'Taleo <noreply@taleo.net>',
        'Update',
        'Thank you for applying to the Client Service Associate role at Fernhill Bank.',
      ).company,
    ).toBe('Fernhill Bank');
  });

  it('reads the employer a job board says updated the status of the application', () => {
    expect(
      run(
        'Indeed <donotreply@indeed.com>',
        'An update on your application',
        'Hi Sam,\n\nNorthwind Traders updated the status of your application for Warehouse Analyst.\n\nStatus: Not selected',
      ).company,
    ).toBe('Northwind Traders');
    expect(
      run(
        'Indeed <nao-responda@indeed.com>',
        'Atualização da sua candidatura: Auxiliar Administrativo',
        'Olá, Larissa\n\nDistribuidora Pé de Serra Ltda. atualizou o status da sua candidatura para Auxiliar Administrativo.\n\nStatus: Não selecionado',
      ).company,
    ).toBe('Distribuidora Pé de Serra');
  });

  it('reads the employer a job board names in running text or first in its card', () => {
    expect(
      run(
        'Jobat <noreply@jobat.be>',
        'Mise à jour',
        "L'entreprise Boulangerie Roux a consulté votre candidature.",
      ).company,
    ).toBe('Boulangerie Roux');
    expect(
      run(
        'Indeed <donotreply@indeed.com>',
        'Een update over je sollicitatie bij Bakkerij Smit',
        'Bakkerij Smit\nVerkoper - Deventer\n\nDe werkgever heeft besloten niet verder te gaan.',
      ),
    ).toMatchObject({ company: 'Bakkerij Smit', role: 'Verkoper' });
    expect(
      run(
        'Indeed <donotreply@indeed.com>',
        'Your application to Larchmont Foods',
        'Stock Associate\nLarchmont Foods - Dayton, OH\n\nThe employer decided not to move forward.',
      ),
    ).toMatchObject({ company: 'Larchmont Foods', role: 'Stock Associate' });
  });

  it('weighs subject leads, Spanish subjects and qualifications as they are meant', () => {
    // "with AP certification" is what a candidate has, not where the job is.
    expect(
      run(
        'hr@larkfieldacademy.org',
        'Re: Chemistry Teacher opening',
        'Thank you for visiting Larkfield Academy. The committee has offered the position to a candidate with AP certification.',
      ).company,
    ).toBe('Larkfield Academy');
    expect(
      run(
        'hr@hollisgrant.com',
        'Hollis Grant L.L.P. - Summer Associate',
        'We valued your time at the State University School of Law clinic, but we will not proceed.',
      ).company,
    ).toBe('Hollis Grant');
    expect(
      run(
        'Reclutamiento Vela <reclutamiento@grupovela.com>',
        'Tu postulación en Grupo Vela',
        'Gracias por tu interés. Seguiremos con otros perfiles.',
      ).company,
    ).toBe('Grupo Vela');
  });

  it("takes a tracking system's maker for the employer when its own hiring mailbox writes", () => {
    expect(
      run('Talent <talent@rippling.com>', 'Following up', 'Thanks again for your interest in Rippling.')
        .company,
    ).toBe('Rippling');
    expect(
      run('no-reply@greenhouse.io', 'Update', 'Thanks for your interest in Greenhouse. We will not proceed.')
        .company,
    ).toBeUndefined();
  });

  it('keeps every word of a name the address spells in full', () => {
    const staffing = run(
      'Dana Price <dana@keystonestaffing.com>',
      'RE: Forklift Driver',
      'Hi Sam, my client went with an internal candidate, sorry!\n\nDana Price | Recruiter\nKeystone Staffing',
    );
    expect(staffing.company).toBe('Keystone Staffing');
    const hospital = run(
      'Recursos Humanos <rrhh@hospitalsantaclara.es>',
      'Proceso de selección',
      'Gracias por su interés en el Hospital Santa Clara de Asís. Hemos seleccionado a otra candidata.',
    );
    expect(hospital.company).toBe('Hospital Santa Clara de Asís');
  });

  it('names the person who wrote from a personal address when no employer is named', () => {
    const note = 'Hey Priya, we went with someone who has more B2B experience. Enjoyed the chat though.';
    expect(run('Dan Whitcombe <dan.whitcombe@gmail.com>', 'Re: Coffee chat', note).company).toBe(
      'Dan Whitcombe',
    );
    expect(run('Dan Whitcombe <dan@example-mail.com>', 'Re: Coffee chat', note).company).toBe(
      'Dan Whitcombe',
    );
    // A reader forwarding their own mail did not write it.
    expect(run('Priya Rao <priya.rao@gmail.com>', 'Fwd: Coffee chat', note).company).toBeUndefined();
    expect(
      run('Dr. Anke Roth <a.roth@kanzlei-roth.de>', 'Ihre Bewerbung', 'Vielen Dank.\nKanzlei Dr. Roth')
        .company,
    ).toBe('Kanzlei Dr. Roth');
  });

  it('keeps a hyphen inside a title the subject names', () => {
    expect(
      run('IKEA <noreply@ikea.com>', 'Your application for Co-worker Logistics', 'We will not proceed.').role,
    ).toBe('Co-worker Logistics');
    expect(
      run('Acme <jobs@acme.com>', 'Your application for Data Analyst - London', 'Not this time.').role,
    ).toBe('Data Analyst');
  });

  it('reads a domain that glues the name together with the words the message knows', () => {
    const note = 'We went with someone else for the helper job. Thanks for coming by the yard.';
    expect(run('Tyler Benson <tyler@bensonroofing.com>', 'Re: helper', note).company).toBe('Benson Roofing');
    expect(run("Chris O'Neill <chris@oneillsbar.ie>", 'Trial', note).company).toBe("O'Neill's Bar");
    // A name the message writes still wins over the split address.
    expect(
      run('Emma Sinclair <emma@sinclairbooks.co.uk>', 'Saturday', note, [
        'Emma',
        "Sinclair's Bookshop, Ludlow",
      ]).company,
    ).toBe("Sinclair's Bookshop");
  });

  it('keeps the words of a name beyond what the address spells, but not a site after a possessive', () => {
    const body = 'Thank you for your interest in the Analyst position. We will not be moving forward.';
    expect(run('Rowan Tech Partners <talent@rowantech.com>', 'Your application', body).company).toBe(
      'Rowan Tech Partners',
    );
    expect(
      run(
        'Mira Oyelaran <mira.oyelaran@thornburyhealth.org>',
        'Your interview',
        "Thank you for interviewing for the Patient Access position at Thornbury Health's Eastside Clinic.",
        ['Mira Oyelaran', 'Talent Acquisition Specialist', 'Thornbury Health'],
      ).company,
    ).toBe('Thornbury Health');
  });

  it("takes an agency's client from the subject, the client's answer or the word for client", () => {
    const agency = 'Meghan Lowry <meghan.lowry@talentbridge-recruit.com>';
    expect(
      run(
        agency,
        'Update - Senior Data Analyst @ Hollins Freight',
        'Unfortunately my client has decided to go with another candidate.',
      ).company,
    ).toBe('Hollins Freight');
    expect(
      run(
        'Drew Kaminski <drew@kaminskitalent.com>',
        'RE: your CV',
        'Larkspur came back to me this morning. They are not taking it further.',
      ).company,
    ).toBe('Larkspur');
    expect(
      run(
        'Mark Jansen <mark.jansen@brightpeople-werving.nl>',
        'Terugkoppeling',
        'Ik heb net de klant gesproken – Rijnmond Tankopslag B.V. – over je gesprek. Ze kozen voor een ander.',
      ).company,
    ).toBe('Rijnmond Tankopslag');
  });

  it('takes the employer from the subject of a LinkedIn message, never the person who sent it', () => {
    const found = run(
      'Priyanka Rao via LinkedIn <inmail-hit-reply@linkedin.com>',
      'Re: Opportunity: Senior DevOps Engineer at Halcyon Pay',
      "They've decided to prioritise other candidates, so we won't be moving to the next stage.",
    );
    expect(found.company).toBe('Halcyon Pay');
  });

  it('reads employers that job boards and tracking systems name in the body', () => {
    expect(
      run('Ashby <no-reply@ashbyhq.com>', 'Quarry', 'We are not going to move forward right now.\n\n— Quarry')
        .company,
    ).toBe('Quarry');
    expect(
      run(
        'InfoJobs <noreply@infojobs.net>',
        'Tu candidatura',
        'El estado de tu candidatura a la oferta «Administrativo/a contable» de Grupo Ferrocal ha cambiado.',
      ).company,
    ).toBe('Grupo Ferrocal');
    expect(
      run(
        'Indeed <ne-pas-repondre@indeed.com>',
        'Mise à jour de votre candidature',
        "Préparateur de commandes H/F\nLogiSud Distribution – Cavaillon (84)\nStatut : Non retenue\nL'employeur a examiné votre candidature.\n• Cariste – Vaucluse Intérim – Avignon",
      ).company,
    ).toBe('LogiSud Distribution');
  });

  it("takes the employer's full name from its equal-opportunity line, not a heading in capitals", () => {
    const body =
      'MARLIN VALLEY REGIONAL TRANSIT DISTRICT\n\nYour score did not meet the passing mark.\n\nMarlin Valley Regional Transit District is an Equal Opportunity Employer.';
    expect(run('Marlin Valley Transit <hr-noreply@marlinvalley.gov>', 'Results', body).company).toBe(
      'Marlin Valley Regional Transit District',
    );
  });

  it('reads an acronym after a name as the name spelled out, but keeps a bare acronym', () => {
    const body = 'Thank you for applying. The assignment was filled by another teacher.';
    expect(
      run('Riverbend DSB Staffing <staffing@riverbenddsb.ca>', 'Posting 4471', body, [
        'Staffing Services',
        'Riverbend District School Board',
      ]).company,
    ).toBe('Riverbend District School Board');
    expect(
      run('TCS NextStep <nextstep@tcs.com>', 'Application', body, ['Tata Consultancy Services']).company,
    ).toBe('TCS');
  });
});

describe('employers cut short, sites and public bodies', () => {
  it('prefers the full name the mail writes to the short one the sender signs with', () => {
    const found = run(
      'Brookside Regional Careers <donotreply@icims.com>',
      'Brookside Regional Medical Center - Application Update',
      'Thank you for your interest in the Pharmacist position with Brookside Regional Medical Center.\n\nWe have decided to move forward with other candidates.',
    );
    expect(found.company).toBe('Brookside Regional Medical Center');
  });

  it('keeps the short name when a longer one only adds a place or a division', () => {
    const found = run(
      'Pomelo <no_reply@pomelo.com>',
      'Thank you for applying to Pomelo',
      'Thank you for your interest in Pomelo and the Specialist role at Pomelo King Street.\n\nWe have decided to pursue other candidates.',
      ['Pomelo Retail Recruiting'],
    );
    expect(found.company).toBe('Pomelo');
  });

  it('never takes a numbered store or a street-named store for the employer', () => {
    expect(
      run('Westmark Outlets - Store 12 <store12@westmarkhiring.com>', 'Cashier', 'We filled every spot.')
        .company,
    ).toBe('Westmark Outlets');
    expect(
      run(
        'Quickmart Stores <quickmart@paradox.ai>',
        'Hi, it is Ava from Quickmart',
        'Thanks for your interest in Quickmart. The Cashier position at the Elm Ave store has been filled.',
      ).company,
    ).toBe('Quickmart Stores');
    expect(
      run(
        'Workday <no-reply@myworkday.com>',
        'Thank you for your interest in Marlow',
        'Thank you for your interest in the Guest Advocate (Cashier) position at Marlow store T1375.',
      ).company,
    ).toBe('Marlow');
  });

  it('reads the agency after a federal pay grade, and leaves the grade out of the role', () => {
    const found = run(
      'USA Staffing <no-reply@usastaffing.gov>',
      'Notice of Results',
      'Thank you for applying for Budget Analyst, GS-0560-12, Bureau of Reclamation Region 7 (BOR-26-0031).\n\nYou were not selected.',
    );
    expect(found).toMatchObject({ company: 'Bureau of Reclamation', role: 'Budget Analyst' });
    expect(
      run(
        'USA Staffing <no-reply@usastaffing.gov>',
        'Notice of Results',
        'You were referred for Program Specialist, GS-0301-12, FEMA-25-KL-44127-MP. You were not selected.',
      ).company,
    ).not.toBe('FEMA-25-KL-44127-MP');
  });

  it('drops a programme word from a name the address spells without it', () => {
    const found = run(
      'Larchmont Digital Apprenticeship <apply@larchmontdigital.org>',
      'Design Apprenticeship - outcome',
      'We are not able to offer you a place.',
    );
    expect(found.company).toBe('Larchmont Digital');
  });

  it("takes an agency's client from the subject it opens", () => {
    const found = run(
      'Mia Holt <mia.holt@keelfinance-recruit.com>',
      'Saltmarsh Energy - Payroll Officer (contract)',
      'They have decided to fill it internally, so they will not progress your application.\n\nMia Holt\nKeel Finance Recruit',
    );
    expect(found.company).toBe('Saltmarsh Energy');
  });

  it('reads the employer from a thanks in the subject when the body is cut', () => {
    expect(
      run('Teamtailor <no-reply@teamtailor.com>', 'Danke für dein Interesse an Polarstern Games', '').company,
    ).toBe('Polarstern Games');
  });

  it("reads an office's long acronym as the name its closing writes out, but keeps a short brand", () => {
    const found = run(
      'Personalgewinnung BZDV <noreply@bzdv-karriere.de>',
      'Mitteilung zu Ihrer Bewerbung',
      'Ihre Bewerbung konnte leider nicht berücksichtigt werden.\n\nBundeszentrum für Digitale Verwaltung – Referat Personalgewinnung',
    );
    expect(found.company).toBe('Bundeszentrum für Digitale Verwaltung');
  });

  it('keeps the words of a name the address leaves out, not a generic word before it', () => {
    const found = run(
      'Despacho Ibarra & Solís Abogados <rh@ibarrasolis.mx>',
      'Su solicitud',
      'La vacante ha sido cubierta.',
      ['Coordinación de Capital Humano', 'Ibarra & Solís Abogados, S.C.'],
    );
    expect(found.company).toBe('Ibarra & Solís Abogados');
  });
});

describe('state portals', () => {
  it('names the state department the mail writes, prefixing the state when only the department is named', () => {
    expect(
      run(
        'State of Vermont Careers <noreply@governmentjobs.com>',
        'Environmental Analyst 3 - Department of Fish and Wildlife',
        'You have not been selected. We appreciate your interest in employment with the State of Vermont.',
      ).company,
    ).toBe('Vermont Department of Fish and Wildlife');
    expect(
      run(
        'State of Vermont Careers <noreply@governmentjobs.com>',
        'Application status',
        'You were not selected. Questions go to the Department of Human Resources.',
      ).company,
    ).toBe('State of Vermont');
  });
});

describe("a job board's card under a heading", () => {
  it('reads the title from a line that pairs it with a place', () => {
    const found = run(
      'LinkedIn <jobs-noreply@linkedin.com>',
      'Your update from Marrow Financial',
      'Your update from Marrow Financial\n\nRisk Analyst II · Pune, Maharashtra, India\n\nThank you for your interest in Marrow Financial. We have decided to proceed with other candidates.',
    );
    expect(found).toMatchObject({ company: 'Marrow Financial', role: 'Risk Analyst II' });
  });

  it('reads the card below a heading line that looks like a card of its own', () => {
    const found = run(
      'Indeed <indeedapply@indeed.com>',
      'An update on your application to Warehouse Associate',
      'Indeed\n\nAn update on your application\nWarehouse Associate - Night Shift\nAmazon · Joliet, IL\n\nUnfortunately, Amazon has decided not to move forward with your application for this job.',
    );
    expect(found.company).toBe('Amazon');
  });
});

describe('titles the subject cuts at a dash', () => {
  it("takes the title a sentence writes in full, but not a reference line's place", () => {
    expect(
      run(
        'Orbis Careers <orbis@myworkday.com>',
        'Regarding your application for Data Engineer II - Payments Platform',
        'Thank you for your interest in the Data Engineer II - Payments Platform role. We will not be moving forward.',
      ).role,
    ).toBe('Data Engineer II - Payments Platform');
    expect(
      run(
        'Harbour Bank <noreply@harbourbank-jobs.co.uk>',
        'Your application - Customer Service Adviser',
        'Re: Customer Service Adviser - Swindon (Ref 13882)\n\nI am sorry to let you know that you have not been successful.',
      ).role,
    ).toBe('Customer Service Adviser');
  });
});

describe("a jobs board's own name", () => {
  it('is never the employer, however the board signs', () => {
    const found = run(
      'Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>',
      'Civil Service Jobs - Application outcome',
      'Dear applicant,\n\nVacancy: 331204 - Policy Adviser (HEO)\nDepartment: Department for Transport\n\nThank you for your interest in the above vacancy.\n\nWe are sorry to tell you that your application was not successful at the sift stage.\n\nCivil Service Jobs',
    );
    expect(found.company).toBe('Department for Transport');
  });
});

describe('sites named in running text', () => {
  it('never takes a store named by its street for the employer, however many words it has', () => {
    const found = run(
      'Hiring <no-reply@greenhouse.io>',
      'Update',
      'Unfortunately the Cashier position at the Elm Ave store has been filled.',
    );
    expect(found.company).toBeUndefined();
  });
});

describe("a board's own name heading its subject", () => {
  it('is never the role', () => {
    const found = run(
      'Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>',
      'Civil Service Jobs: Application outcome - Digital Fellowship',
      'Unfortunately, on this occasion your application did not meet the required standard.',
    );
    expect(found.role).toBe('Digital Fellowship');
  });
});

describe('employers read from addresses and display names', () => {
  const body = 'Thanks for your interest. We have gone with someone else this time.';

  it("names a tradesperson's business from a personal mailbox, never a household", () => {
    expect(run('Mike Rowan <mike.rowan.roofing@gmail.com>', 'Re: labourer', body).company).toBe(
      'Rowan Roofing',
    );
    expect(run('Ann Lee <annlee.family@gmail.com>', 'Re: nanny', body).company).toBe('Ann Lee');
  });

  it('keeps the kind of business before the name an address spells', () => {
    expect(run('Hotel Brisamar – Talento <talento@brisamar.com>', 'Camarero/a', body).company).toBe(
      'Hotel Brisamar',
    );
  });

  it("writes out a university's shortened address as its country does", () => {
    expect(run('Prof. Dr. Jonas Albers <albers@chemie.uni-halle.de>', 'Ihre Bewerbung', body).company).toBe(
      'Universität Halle',
    );
  });
});

describe('employers cut short, wrapped in team words or named by someone else', () => {
  const body = 'Thank you for applying. We have decided to go with another applicant this time.';

  it('keeps the words that complete a name the address spells only in part', () => {
    expect(
      run('People Team <people@marrowfield.com.au>', 'Your application', body, [
        'Graduate Recruitment',
        'Marrowfield Environmental',
      ]).company,
    ).toBe('Marrowfield Environmental');
    expect(
      run(
        'HR <hr@corvanplastics.com>',
        'Application for Shift Chemist',
        'Thank you for applying. The post has been filled. We are grateful for your interest in Corvan Plastics Industries.',
      ).company,
    ).toBe('Corvan Plastics Industries');
    // A subject that opens with the fuller name backs the short one the body writes.
    expect(
      run(
        'Recruiting <recruiting@tolmerbio.com>',
        'Tolmer Biosciences – Lab Technician',
        'Thank you for your interest in Tolmer. We have offered the post to another candidate.',
      ).company,
    ).toBe('Tolmer Biosciences');
    // The address spells the short name alone: the subject names a division.
    expect(
      run(
        'Ruth Amos <ruth.amos@kpmg.com>',
        'KPMG Consulting - Senior Associate',
        'Thank you for your interest in KPMG. We will not be progressing your application.',
      ).company,
    ).toBe('KPMG');
  });

  it('reads a lone organisation line as the employer only under a tracking system', () => {
    expect(
      run('BambooHR <notifications@app.bamboohr.com>', 'Your Application with Larchmont Vets', body, [
        'Larchmont Vets Group',
      ]).company,
    ).toBe('Larchmont Vets Group');
    expect(
      run('Recruitment <recruitment@dvla.gov.uk>', 'Application outcome', body, ['Civil Service Resourcing'])
        .company,
    ).not.toBe('Civil Service');
  });

  it('drops department words before the name and people signing with the team', () => {
    expect(
      run('Personalmanagement Landratsamt Rottal <personal@lra-rottal.de>', 'Ihre Bewerbung', body).company,
    ).toBe('Landratsamt Rottal');
    expect(run('DRH Université de Namur <drh@unamur.be>', 'Votre candidature', body).company).toBe(
      'Université de Namur',
    );
    expect(run('Mia vom Team Brotzeitladen <jobs@brotzeitladen.de>', 'Re: Bewerbung', body).company).toBe(
      'Brotzeitladen',
    );
    expect(
      run('Teamtailor <no-reply@teamtailor.com>', 'Bewerbung', body, ['Ole & das Zapfwerk Team']).company,
    ).toBe('Zapfwerk');
    expect(
      run('Stadt Lörrach – Haupt- und Personalamt <personal@loerrach.de>', 'Ihre Bewerbung', body).company,
    ).toBe('Stadt Lörrach');
  });

  it('takes no ordinary word, unit or programme team for the employer', () => {
    expect(
      run('NHS Jobs <noreply@jobs.nhs.uk>', 'Outcome of your application', body, [
        'Recruitment Services',
        'Westmoor Mental Health NHS Trust',
      ]).company,
    ).toBe('Westmoor Mental Health NHS Trust');
    expect(
      run('Careers <careers@harlowbank.co.uk>', 'Your application', body, [
        'Graduate Programme Team',
        'Harlow Bank',
      ]).company,
    ).toBe('Harlow Bank');
    expect(
      run('Careers <careers@harlowbank.co.uk>', 'Your application', body, [
        'Summer Insight Programme Team',
        'Harlow Bank',
      ]).company,
    ).toBe('Harlow Bank');
    expect(
      run('Rita Moura <rita@casadomar.pt>', 'Candidatura', body, ['Rita Moura', 'Direção']).company,
    ).not.toBe('Direção');
    expect(
      run(
        'Job Board <alerts@jobs.example.com>',
        'Update',
        'Many thanks for applying. The post has been filled.',
      ).company,
    ).not.toBe('Many');
    expect(
      run('Eva Kirchner <eva.kirchner@ats.example.de>', 'Statusänderung Ihrer Bewerbung – Controller', body)
        .company,
    ).not.toBe('Statusänderung Ihrer Bewerbung');
  });

  it('names the school a head signs for, and the job a search committee fills is no employer', () => {
    expect(
      run(
        'Recruitment | Downland Schools Trust <recruitment@downlandtrust.org.uk>',
        'Teacher of English - outcome',
        'Thank you for coming to Harcourt Academy on Tuesday. We have appointed another candidate.',
        ['Helen Pryce', 'Headteacher, Harcourt Academy'],
      ).company,
    ).toBe('Harcourt Academy');
    expect(
      run(
        'Owen Marsh <owen.marsh@ferncliff.edu>',
        'Search update',
        'On behalf of the search committee for the Director of Admissions at Ferncliff College, thank you for applying. Your candidacy is not among those moving forward.',
        ['Owen Marsh', 'Chair, Director of Admissions Search Committee'],
      ).company,
    ).toBe('Ferncliff College');
    // The ward a manager signs with is part of the employer the address names.
    expect(
      run(
        'Carol Baines <c.baines@wexcombe-pathology.org.uk>',
        'Re: Band 5 post',
        'Thank you for coming in on Friday. We have offered the post to another candidate.',
        ['Carol Baines', 'Lab Manager, Cellular Pathology'],
      ).company,
    ).toBe('Wexcombe Pathology');
    // A town visited for the interview backs nothing.
    expect(
      run(
        'Priya Shah <priya.shah@kestrelmade.co.uk>',
        'Interview outcome',
        'Thank you for coming to Leeds on Tuesday. We have offered the post to another candidate.',
        ['Priya Shah', 'Operations Director, Kestrel Made'],
      ).company,
    ).toBe('Kestrel Made');
  });

  it("names an agency's client, not the agency", () => {
    expect(
      run(
        'Tom Reeve <tom@reeve-recruit.co.uk>',
        'Re: Finance Manager',
        "I've just come off the phone with Ashcombe Foods. They have decided to go with another candidate.",
      ).company,
    ).toBe('Ashcombe Foods');
    expect(
      run(
        'Maeve Dunne <maeve@dunneexec.ie>',
        'Managing Director - Glenmore Dairies',
        'Thank you for your time on the Managing Director role at Glenmore Dairies. The board has appointed the other finalist.',
        ['Maeve Dunne', 'Partner, Dunne Executive'],
      ).company,
    ).toBe('Glenmore Dairies');
    expect(
      run(
        'Pike Lane Recruitment <hello@pikelane.co.uk>',
        'Your application',
        'Many thanks for your application for the Buyer post with Orchard & Vine, which we are handling on their behalf. It has not been taken forward.',
      ).company,
    ).toBe('Orchard & Vine');
    expect(
      run(
        'Vlaamse Overheid – Jobpunt <selectie@jobpunt.be>',
        'Resultaat selectie',
        'U bent niet weerhouden voor de functie van Analist bij het Agentschap Informatie Vlaanderen.',
      ).company,
    ).toBe('Agentschap Informatie Vlaanderen');
    // A board's own staffing address is its department, not an agency.
    expect(
      run(
        'Lakehead District School Board <hr@ldsb-staffing.ca>',
        'Posting outcome',
        'Thank you for applying to the Grade 2 assignment at Pine Ridge Public School. It was filled by seniority.',
      ).company,
    ).toBe('Lakehead District School Board');
  });

  it('reads the employer from a one-line job card and from the address a tracking system gives', () => {
    const card = run(
      'SEEK <noreply@s.seek.com.au>',
      'Employer update: Receptionist role',
      'An employer has updated their application status for:\nReceptionist (Casual) – Yarra Dental Care, Richmond VIC\n\nStatus: Not suitable',
    );
    expect(card).toMatchObject({ company: 'Yarra Dental Care', role: 'Receptionist (Casual)' });
    expect(
      run(
        'Indeed <no-reply@indeed.com>',
        'Atualização da candidatura',
        'Atualização da Transportes Ribeira\nMotorista – Campinas, SP\nStatus: Não selecionado',
      ).company,
    ).toBe('Transportes Ribeira');
    expect(
      run(
        'SAP SuccessFactors <noreply@successfactors.eu>',
        'Statusänderung Ihrer Bewerbung',
        'Neuer Status: Nicht weiter berücksichtigt\n\nBei Fragen: karriere@brenner-logistik.at\n\nBrenner Logistik GmbH',
      ).company,
    ).toBe('Brenner Logistik GmbH');
    expect(
      run(
        'Indeed <no-reply@indeed.com>',
        'Update on your Kingsway Staffing application',
        'Warehouse Operative\nKingsway Staffing · Leeds\n\nKingsway Staffing is not moving forward with your application.',
      ).company,
    ).toBe('Kingsway Staffing');
  });

  it('reads a card whose lines a blank line parts, and takes no town for the employer', () => {
    const spaced = run(
      'Indeed <no-reply@indeed.com>',
      'An update on your application',
      'Night Supervisor\n\nHarbourside Bakery – Moncton, NB\n\nThe employer is not moving forward with your application.',
    );
    expect(spaced).toMatchObject({ company: 'Harbourside Bakery', role: 'Night Supervisor' });
    expect(
      run(
        'Indeed <no-reply@indeed.com>',
        'An update on your application',
        'Night Supervisor – Moncton, NB\n\nThe employer is not moving forward with your application.',
      ).company,
    ).toBeUndefined();
  });

  it('splits an address glued in other languages', () => {
    expect(run('Rui Matos <rui@padariaaurora.pt>', 'Re: vaga', body).company).toBe('Padaria Aurora');
    expect(run('Femke de Wit <femke@atelierdewit.nl>', 'Re: stage', body).company).toBe('Atelier de Wit');
  });

  it('writes out a title the body shortens to its initials when the subject spells it', () => {
    expect(
      run(
        'Lena Fox <lena.fox@harbourline.com>',
        'Chief Technology Officer - Harbourline',
        'Thank you for your time on the CTO role. The board has appointed another candidate.',
      ).role,
    ).toBe('Chief Technology Officer');
    // Initials the subject does not spell stay as written.
    expect(
      run(
        'Lena Fox <lena.fox@harbourline.com>',
        'Your application',
        'Thank you for your time on the CTO role. The board has appointed another candidate.',
      ).role,
    ).toBe('CTO');
  });
});

describe('the employer, not a place, a body or a title near it', () => {
  it('takes the employer over a town after "en" or "em"', () => {
    expect(
      run(
        'Catho <notificacoes@catho.com.br>',
        'Atualização da sua candidatura',
        'A empresa Padaria Flor de Lis atualizou o status da sua candidatura para a vaga de Atendente em Campinas – SP.',
      ).company,
    ).toBe('Padaria Flor de Lis');
  });

  it('reads past an accrediting body the gap after a job word mentions', () => {
    expect(
      run(
        'Serena Dlamini <serena@umzimvubuconsult.co.za>',
        'Re: Environmental Officer',
        'We can only fill the position with a person who is already registered with SACNASP.',
        ['Serena Dlamini', 'Umzimvubu Environmental Consulting'],
      ).company,
    ).toBe('Umzimvubu Environmental Consulting');
  });

  it("names an agency's client, not the title after 'notre client'", () => {
    expect(
      run(
        'Julien Marchal – Hays <julien.marchal@hays.fr>',
        'Retour de notre client – Chef de projet logistique',
        'Je reviens vers vous au sujet du poste chez notre client, le groupe de distribution Verlaine Frères. Ils ont retenu un autre profil.',
      ).company,
    ).toBe('Verlaine Frères');
  });

  it('names the department a public selection office selects for', () => {
    expect(
      run(
        'BOSA Selectie <noreply@bosa.be>',
        'Resultaat selectie BNG25044',
        'U nam deel aan de selectie BNG25044 van adviseur voor de FOD Economie. Helaas bent u niet geslaagd.',
      ).company,
    ).toBe('FOD Economie');
  });

  it('splits a forwarded client address with the words the forwarded text writes, and its trade words', () => {
    expect(
      run(
        'Nadia Ferreira <nadia.ferreira@bluepeakstaffing.co.za>',
        'Fwd: Candidate feedback',
        'Please see feedback below from the client.',
        [],
        'From: Zanele Mokoena <z.mokoena@karooagri.co.za>\nWe will pass.\nZanele\nKaroo Agri Holdings',
      ).company,
    ).toBe('Karoo Agri Holdings');
  });

  it('keeps the organisation after a team and a comma in a closing line', () => {
    expect(
      run(
        'Paulo Correia <paulo.correia@transportesribeiro.pt>',
        'Recrutamento interno',
        'Olá Vânia,\n\na administração escolheu outro colega para a coordenação.\n\nAbraço,\nPaulo – Recursos Humanos, Transportes Ribeiro',
      ).company,
    ).toBe('Transportes Ribeiro');
  });

  it("completes a name from the subject's last piece, which alone names no one", () => {
    expect(
      run(
        'Talent Acquisition <noreply@successfactors.com>',
        'Graduate Programme 2027 – Lindqvist Engineering',
        'We will not be moving forward with your application.',
        ['Lindqvist'],
      ).company,
    ).toBe('Lindqvist Engineering');
    expect(
      run('Jo Park <jo@gmail.com>', 'Update – Senior Data Engineer', 'We went with another candidate.')
        .company,
    ).not.toBe('Senior Data Engineer');
  });

  it("keeps the sender's own fuller name over the shorter one its address spells", () => {
    expect(
      run(
        'Summit Ridge Outfitters <jobs@summitridge.com>',
        'Your application',
        'Thank you for applying to Summit Ridge. We have decided to move forward with other candidates.',
      ).company,
    ).toBe('Summit Ridge Outfitters');
  });

  it("names the employer, not an unknown vendor whose domain carries the employer's slug", () => {
    const found = run(
      'Caritas der Erzdiözese Wien <bewerbung@caritas-wien.some-hr-suite.com>',
      'Ihre Bewerbung',
      'Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.',
    );
    expect(found.company).toBe('Caritas der Erzdiözese Wien');
    // The company's own sub-domain is no vendor's.
    expect(
      run('Acme Foods <no-reply@careers.acmefoods.com>', 'Update', 'We went with another candidate.').company,
    ).toBe('Acme Foods');
  });

  it('takes no job title for the company after "interest in"', () => {
    expect(
      run(
        'Talent Acquisition <no-reply@icims.com>',
        'Grandview Senior Living - Thank you for applying',
        'Thank you for your interest in the Executive Director of Operations - Grandview position. We have decided to pursue other candidates.\n\nWe thank you for your interest in Grandview Senior Living.',
      ).company,
    ).toBe('Grandview Senior Living');
  });

  it("names the client an agency's feedback subject names", () => {
    expect(
      run(
        'Sophie Kramer | YoungCapital IT <sophie.kramer@youngcapital.nl>',
        'Terugkoppeling Bol',
        'Ze gaan helaas niet door met je naar de volgende ronde.',
      ).company,
    ).toBe('Bol');
    expect(
      run(
        'Lena Fuchs | Pflegeplus Personal <l.fuchs@pflegeplus-personal.de>',
        'Rückmeldung Vorstellungsgespräch',
        'Leider hat sich die Einrichtung für jemand anderen entschieden.',
      ).company,
    ).not.toBe('Vorstellungsgespräch');
    expect(
      run(
        'Rafael Souza <rafael.souza@talentosrh.com.br>',
        'Feedback – Coordenador de Logística',
        'Tenho um retorno do nosso cliente sobre a vaga de Coordenador de Logística. Infelizmente eles decidiram não seguir com seu perfil.',
        ['Rafael Souza', 'Talentos RH Consultoria'],
      ).company,
    ).not.toBe('Coordenador de Logística');
  });

  it("takes no recruiter's own mailbox on a tracking system for the employer", () => {
    const body = 'Infelizmente sua candidatura não seguirá no processo.';
    expect(run('Ana Souza <ana@lumiar.gupy.com.br>', 'Sobre sua candidatura', body).company).toBeUndefined();
    expect(run('Unilever <unilever@myworkday.com>', 'Sobre sua candidatura', body).company).toBe('Unilever');
    expect(
      run(
        'Crédit Agricole <noreply@ca-nord.welcomekit.co>',
        'Votre candidature',
        'Nous ne retenons pas votre candidature.',
      ).company,
    ).toBe('Crédit Agricole');
  });

  it('completes the chosen name with the trade words the message writes after it', () => {
    const found = run(
      'Jobs at Brennmoor <no-reply@smartrecruiters.com>',
      'Brennmoor Home Furnishings - Application update',
      'Thank you for applying. We will not proceed with your application.\n\nBrennmoor Talent Team',
    );
    expect(found.company).toBe('Brennmoor Home Furnishings');
  });

  it('completes the name the address spells alone where the message signs with its trade words', () => {
    const found = run(
      'Selecao Brisamar <selecao@brisamar.com.br>',
      'Processo encerrado',
      'O processo para Consultor de Vendas foi encerrado. Agradecemos sua participação.\n\nAtenciosamente,\nBrisamar Cosméticos',
    );
    expect(found.company).toBe('Brisamar Cosméticos');
  });

  it('leaves out a place written once after a name the message gives far more weight', () => {
    const found = run(
      'Werving & Selectie <werving@brantbank.nl>',
      'Je sollicitatie bij Brantbank',
      'Bedankt voor je sollicitatie op de functie Klantadviseur bij Brantbank Utrecht. Helaas nodigen we je niet uit voor een gesprek.\n\nMet vriendelijke groet,\nTeam Recruitment Brantbank',
    );
    expect(found.company).toBe('Brantbank');
  });

  it('names the body the address spells, not its unit written before it', () => {
    const found = run(
      'Processo Seletivo <processoseletivo@hospitalaurora-poa.org.br>',
      'Retorno – Técnico em Radiologia',
      'Obrigado por participar do processo seletivo para Técnico em Radiologia do Hospital Aurora.\n\nComunicamos que você não foi aprovado na etapa de prova técnica.\n\nSetor de Recrutamento e Seleção\nHospital Aurora – Porto Alegre',
    );
    expect(found.company).toBe('Hospital Aurora');
  });

  it('takes the name the message writes over the address that spells it with a word more or less', () => {
    expect(
      run(
        'Helena Duarte <helena.duarte@pardaletras.pt>',
        'A sua candidatura',
        'Boa tarde, Sofia,\n\nLamento informar que a vaga já foi preenchida.\n\nCumprimentos,\nHelena Duarte\nLivraria Parda Letras',
      ).company,
    ).toBe('Livraria Parda Letras');
    expect(
      run(
        'Mathilde Morel <m.morel@atelier-morel-lyon.fr>',
        'Re: candidature apprentie ébéniste',
        "Bonjour Inès,\n\nNous ne pouvons malheureusement pas retenir votre candidature.\n\nMathilde Morel\nAtelier Morel – Ébénisterie d'art",
      ).company,
    ).toBe('Atelier Morel');
  });

  it('names the company the address spells, not its store', () => {
    const found = run(
      'Careers <careers@zorvex.com>',
      'ZORVEX, Inc. - Update on your application',
      "Thanks for applying to be a Sales Associate at the Zorvex Store, Fifth Avenue. We won't be moving forward with your application.\n\nZORVEX, Inc. Talent Acquisition",
    );
    expect(found.company).toBe('ZORVEX');
  });

  it('leaves out a department and a team the message writes after the name', () => {
    expect(
      run(
        'Orlen Careers <orlen@myworkday.com>',
        'Your application',
        'We have decided not to advance your application. You are welcome to apply to other roles at Orlen.',
        ['Orlen University & Technical Recruiting'],
      ).company,
    ).toBe('Orlen');
    // A programme written after the trade word is not the company's name.
    expect(
      run(
        'Careers <careers@myworkday.com>',
        'Your application to Halden',
        'Thank you for applying to the Halden Tax Graduate Scheme. We will not take your application further.',
      ).company,
    ).toBe('Halden');
    // A footer's legal entity, outside any forwarded message, is not the name the company goes by.
    expect(
      run(
        'Careers <careers@myworkday.com>',
        'Your application to Tarvik',
        'We will not proceed with your application at Tarvik.',
        [],
        'We will not proceed with your application at Tarvik.\nTarvik Holdings\n8 Canada Square, London',
      ).company,
    ).toBe('Tarvik');
    // The address spells the short name alone: the longer one is a division.
    expect(
      run(
        'Vanessa Lee <vanessa.lee@qorvane.com>',
        'Your application',
        'Thank you for your interest in Qorvane. We will not take your application further. Qorvane Consulting hires again in spring.',
      ).company,
    ).toBe('Qorvane');
  });
});

describe('relayed and templated messages that name the employer once', () => {
  it("reads a board's card whose title has a dash, and a reference between the job and the employer", () => {
    expect(
      run(
        'Indeed Apply <indeedapply@indeed.com>',
        'Your application status',
        'Application update\n\nStock Associate - Early Shift\nPellham Foods · Derby, UK\n\nThe employer decided not to move forward.',
      ).company,
    ).toBe('Pellham Foods');
    expect(
      run(
        'Totaljobs <noreply@totaljobs.com>',
        'Your application has been reviewed',
        'Your application for Electrician (Ref: 88812) with Tollgate Energy has been reviewed.',
      ).company,
    ).toBe('Tollgate Energy');
  });

  it("reads a relayed recruiter's headline, and a tracking system's logo when nothing else names the employer", () => {
    expect(
      run(
        'LinkedIn <messages-noreply@linkedin.com>',
        'Ravi sent you a message',
        'Ravi Kumar\nSenior Recruiter at Mossbank\n\nHi, the team decided not to progress your application.',
      ).company,
    ).toBe('Mossbank');
    const logo =
      '<img src="https://cdn.example.com/logo.png" alt="Fernleaf logo"><p>We will not move forward.</p>';
    expect(
      run('Careers <noreply@teamtailor-mail.com>', 'Your application', 'We will not move forward.', [], logo)
        .company,
    ).toBe('Fernleaf');
    // A system we do not know by name, whose footer names it.
    const powered =
      '<img src="https://cdn.example.com/logo.png" alt="Tallis Farms"><p>Not this time.</p><p>Powered by Hirebeam</p>';
    expect(
      run('Recruitment Team <jobs@mail.hirebeam.com>', 'Your application', 'Not this time.', [], powered)
        .company,
    ).toBe('Tallis Farms');
    const boardLogo = '<img src="https://cdn.example.com/logo.png" alt="Jobfinder"><p>Not this time.</p>';
    expect(
      run('Jobfinder <noreply@indeed.com>', 'Your application', 'Not this time.', [], boardLogo).company,
    ).toBeUndefined();
  });

  it('reads the employer after a job word in the plural', () => {
    expect(
      run(
        'Helen Marsh <hmarsh@kestrelsearch.com>',
        'Update',
        'The outcome of the interviews for the Finance Director appointment at the Tarnwell Trust: they will not take your candidacy forward.',
        ['Helen Marsh', 'Partner', 'Kestrel Search'],
      ).company,
    ).toBe('Tarnwell Trust');
  });

  it('never takes a title before plural job nouns, or the unit a VP runs, for the employer', () => {
    expect(
      run(
        'Ana @ Quickhire <ana.ross@quickhire.co.uk>',
        'Parcel Sorter - Crewe',
        "Thanks for your interest in the Parcel Sorter roles we're recruiting for. Our client needs a licence you don't hold.",
        ['Ana Ross', 'Recruitment Consultant', 'Quickhire Crewe'],
      ).company,
    ).toBe('Quickhire');
    expect(
      run('Lee Hart <lee@pinnaclerx.com>', 'Scientist', 'We will not extend an offer.', [
        'Lee Hart',
        'VP, Clinical Operations',
        'Pinnacle Rx, Inc.',
      ]).company,
    ).toBe('Pinnacle Rx');
  });
});

describe('names an address or a footer lengthens', () => {
  it("leaves out the trade words of a footer's registered entity", () => {
    expect(
      run(
        'Talent Acquisition at Pebblo <no-reply@us.greenhouse-mail.io>',
        'Your application to Pebblo',
        'We will not move forward with your application at Pebblo.\n\nPebblo Bank Limited is registered in England.',
      ).company,
    ).toBe('Pebblo');
  });

  it("keeps a one-word brand short of its parent group, and reads no name from a careers site's address", () => {
    expect(
      run(
        'Halvex Recruiting <halvex@jobvite.com>',
        'Your application',
        'Thank you for your interest in Halvex. We will not move forward.\n\nHalvex Group, 40 Harbour Street, Leeds',
      ).company,
    ).toBe('Halvex');
    expect(
      run('Careers Team <noreply@careers-portal.net>', 'Your application', 'We will not move forward.')
        .company,
    ).toBeUndefined();
    expect(
      run(
        'noreply@jobs-textilesrialto.es',
        'Candidatura',
        'Textiles Rialto S.L. le informa de que su candidatura no ha resultado seleccionada.',
      ).company,
    ).toBe('Textiles Rialto');
  });
});

describe('a brand named by its team', () => {
  it('reads the brand a European Portuguese "equipa" names, over the group the address spells', () => {
    expect(
      run(
        'Recursos Humanos <rh@lusogrupo.pt>',
        'Candidatura',
        'Agradecemos o interesse em integrar a equipa Mercado Fresco. Não foi possível dar seguimento.',
        ['Direção de Recursos Humanos', 'Lusogrupo – Mercado Fresco'],
      ).company,
    ).toBe('Mercado Fresco');
  });
});
