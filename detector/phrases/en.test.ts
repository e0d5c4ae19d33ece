import { describe, expect, it } from 'vitest';
import { detect } from '../index';

const verdictFor = (text: string, subject = 'Your application') =>
  detect({ from: 'Jane Doe <jane@acme.com>', subject, text: `Hi Sam,\n\n${text}\n\nBest,\nJane` });

describe('a subject that is the decision', () => {
  it('decides over a body that only thanks the reader', () => {
    for (const subject of [
      'Capgemini - Unsuccessful application for SAP FICO Consultant',
      'Unsuccessful Application: Data Analyst',
    ])
      expect(verdictFor('Thank you for applying.', subject).rejection, subject).toBe(true);
    expect(verdictFor('Thank you for applying.', 'Tips after an unsuccessful application').rejection).toBe(
      false,
    );
  });
});

describe('English rejection families', () => {
  it.each([
    // Other candidates.
    'After much deliberation, the team has decided to extend an offer to another candidate.',
    "While your background is impressive, we've decided to pursue candidates whose experience is more closely aligned with the needs of the team.",
    'We have chosen to move ahead with applicants whose skills better match our current requirements.',
    'Other applicants more closely met the requirements of this position.',
    "We've decided to offer the Veterinary Technician position to a candidate with more surgical experience.",
    'Interviews have concluded, and another candidate has accepted the position.',
    'We ended up going with someone who can cover weekday lunches too.',
    'The team has decided to move in a different direction with a candidate who has more experience.',
    "We've already taken on someone for it, sorry about that.",
    'Having read every application, we have decided to consider other candidates for this position.',
    'The interview panel has recommended another applicant, and the appointment has been approved.',
    "I'm afraid this one's gone to another illustrator we've worked with before.",
    "We've decided to go with another copywriter for this campaign.",
    'In the end we have gone with a candidate who has more wholesale experience.',
    'The practice has decided to hire a hygienist with orthodontic experience.',
    'The panel felt another applicant was a better technical fit for the team.',
    'We decided to promote someone from within the team.',
    'We found someone whose background is closer to our payments stack.',
    "I'll be honest, we picked someone with more infrastructure experience.",
    "We hired someone last week, sorry I didn't get back to you sooner.",
    'We ended up giving the weekend shifts to a regular.',
    // Not moving you forward.
    'Regrettably, we won’t be progressing with yours.',
    "We're going to hold off on moving you forward for the Sales Development Representative role.",
    'We have decided not to make an offer for the Research Scientist position.',
    'We will not be including you in the next phase of our recruitment process.',
    "We're going to pass for now, as we need more production React Native work.",
    'That was enough for us not to proceed to the final interview.',
    "He was great to meet but we're going to pass – we need more site experience.",
    'The team has decided not to move forward with an offer for the Product Lead, Payments role.',
    "We're not going to move forward to the onsite.",
    'We regret that we are unable to extend an invitation for a callback interview.',
    'We have enough cooks for now, so we will not be calling you in.',
    "We've got our crew set for the season, so we can't take you on this year.",
    'We have reviewed your application and it is not being taken forward.',
    // Not selected / unsuccessful.
    'Your candidacy for the role of Data Scientist has not been retained.',
    'This letter is to notify you that you were not the successful candidate for Vacancy #2291.',
    'I am writing to inform you that you were not among the candidates selected for a campus visit.',
    'The committee invited four people to campus, and I regret that your application was not among them.',
    'I am sorry to tell you that you are not on our shortlist for the post.',
    // A public board's panel of those it may appoint.
    'We regret to advise that you have not been placed on the panel for this post.',
    'Your name was not placed on the merit list for the Clerical Officer competition.',
    "It's not quite the voice we're after, so we'll leave it there.",
    "I'm sorry to share that you haven't made it through to the next stage this time.",
    'Your application status has been updated to: Not Selected.',
    'Update on the Payroll Officer role: Not Referred.',
    'You have not met the required standard to progress to the interview stage.',
    // Not a fit.
    "Your style is really distinctive but it isn't quite what this project needs.",
    "Your profile doesn't match what we're looking for in this role.",
    "We don't have a role for you right now, but we'll keep your details.",
    // Role gone.
    'All of our Seasonal Sales Associate spots for the Boulder store have now been filled.',
    'We ended up filling both summer internship places already.',
    'We filled it last week, so thank you for your patience.',
    'Our tutor pool for the spring term is currently full.',
    "We're all set on drivers for the summer, but thanks for thinking of us.",
    'We are writing to let you know that the requisition for Product Manager has been cancelled.',
    'We are no longer reviewing applications for this requisition and have closed it.',
    'After a reassessment of our roadmap we have decided to put the Analyst role on hold indefinitely.',
    // Constraints.
    'At this time we are unable to move forward because we require caregivers to have a valid driver licence.',
    "We are only able to consider licensed clinicians, so we're not able to move forward with your application right now.",
    "Hiring is frozen for the year, so we won't be moving forward with your application, but we'll reach out if that changes.",
    "Your portfolio is lovely, but we won't be moving to the final interview with you.",
    'The status of your application for Senior Pastry Chef at the Harbourside Hotel in Brighton has changed to: Not Selected.',
    // Small employers' words.
    "We've got enough staff for the summer now, so we won't need you this time.",
    "We're a tiny practice and sadly we can't take on an intern this year.",
    'So we won’t need a freelancer for this one after all, sorry to mess you about.',
    "I've given the apprenticeship to a lad who's already done a year at college.",
    "We've gone with another sparks for the job, he could start on Monday.",
    "I'm afraid the apprenticeship has gone now.",
    "Sorry mate, we've already got someone for the van.",
    "Straight answer: we've gone with a contractor who has worked on our stack before.",
    // Indirect and formal.
    "I'll be straight with you: we're going to pass on the Staff Engineer role for you.",
    "We've made a hire for this role, so we're closing the posting.",
    "The role needs live-service experience, and we're going to keep looking for that profile.",
    'Whilst your profile holds our attention, we are unable to give a favourable response on this occasion.',
    "We've now completed our review, and we're sorry to let you know that your application won't be moving forward to interviews.",
    'After reviewing all exercises, we have decided to offer places to other participants in this intake.',
    'We cannot add you to our translator pool at this time.',
    'Your test did not reach the standard we need for legal documents.',
    // The role closed.
    'After reviewing your application, the employer has filled this position.',
    "We've had to close the Motion Designer role entirely after losing a client.",
    "The leadership team has decided not to reopen the role, so we won't be moving forward with any candidates.",
    "We're happy to say we've found the right person for the role.",
    'We have now appointed our new Finance Manager.',
    'The board has decided to close the search for this post.',
    "We've decided to keep the design work in-house this quarter.",
    "We don't have any vacancies at the moment, but we'll keep your CV on file.",
    "We've decided not to fill the role after all, as the budget was cut.",
    'The panel has now met and I am sorry to say that we will not be offering you the post.',
    "Sorry mate, we've taken someone on already.",
    "We're full up with apprentices this year.",
    'We received a large number of applications and yours has not been shortlisted.',
    "I'm sorry, but you didn't get the job this time.",
    'We ended up hiring a friend of the family.',
    'Sorry, the position has been taken.',
    "Unfortunately it's a no this time.",
    "We've had to make a tough call and it's not going to be you this time.",
    "Cheers for the CV, but we're sorted for now.",
    "Sorry, we've no openings at the minute.",
    // Public employers' notices: lists, referrals, caps and cancelled announcements.
    'Your name has not been placed on the eligible list for this recruitment.',
    'You were not referred to the selecting official for further consideration.',
    'Your application will not be reviewed, as the announcement reached its applicant cap before it arrived.',
    'You will receive no further consideration for this announcement.',
    'The vacancy announcement has been cancelled and no selections will be made.',
    'Your score was not high enough to be placed on the eligible list.',
    'You were rated not qualified for this position.',
    'We have already received the maximum number of applications, so we are unable to consider yours.',
    // Teaching posts filled by seniority.
    'This LTO was filled by a more senior teacher on the occasional list.',
    'Please be advised that this assignment has been filled.',
    'The successful candidate for this posting was selected based on seniority under the collective agreement.',
    'A permanent teacher exercised their right to this position, so the posting will not be filled from the list.',
    // Offers taken back.
    'Based on the results of your background check, we have made a final decision to withdraw our conditional offer.',
    'After reviewing your pre-employment screening, the offer of employment has been withdrawn.',
    'Following the board decision we have had to withdraw all outstanding offers, including yours.',
    'All pending offers, yours included, have been rescinded following the restructure.',
    "I'm sorry to say that the offer we extended to you has been withdrawn following the reference checks.",
    'Regrettably, the conditional offer made to you on 3 March is withdrawn.',
    'We have had to pull your offer as the budget for the team was cut.',
    'We are no longer able to honour the offer we made to you last week.',
    'We regret that the job offer extended to you on 4 June is hereby withdrawn.',
    // A step's bar not reached.
    'Your performance at the assessment day did not meet the standard required for an offer.',
    'The interview panel did not recommend you for appointment.',
    'Sadly you were pipped at the post by another candidate.',
    'Unfortunately, the panel felt that other candidates demonstrated stronger leadership experience.',
    'We have now appointed to this role.',
    'This position has now been offered and accepted.',
    "The client has decided to go with another agency's candidate.",
    "We can't move forward without sponsorship, which we aren't able to provide.",
    // Students and graduates chosen over the reader.
    "We'll be moving forward with other students whose coursework more closely matches the team's focus.",
    'We have decided to offer places to other graduates whose degrees more closely match the programme.',
    "We can only take three trainees and we've chosen people with a bit more shorthand.",
    "We've decided to go with a nanny who drives.",
    'The committee has decided to offer the post to Mr Brian Hodge, who has nine seasons of experience.',
    // Lists and shortlists the reader is not on.
    "We've now made our shortlist, and I'm sorry to say you're not on it this time.",
    'On this occasion, you have not been longlisted.',
    'You have not been placed on the list of candidates to proceed to interview.',
    'We shortlisted candidates whose experience was the closest fit, and yours was not one of them.',
    'Although your file was not among those selected, we were struck by your work.',
    'Your profile has been reviewed; however, we will not be considering it further for this position.',
    // A recruitment concluded, a vacancy closed now, open requisitions shut down.
    'Please note that we have concluded the recruitment for this position.',
    'We have completed the recruitment exercise for this role.',
    "We've lost the contract, so we're closing this vacancy and won't be taking applications further.",
    'Leadership has shut down all open reqs, including this one.',
    "We're holding off on recruiting, so there isn't a role for you here at the moment.",
    // Openings closed or given away, in the words of agencies, store chats and wards.
    'This requirement has been closed from the client side.',
    'The position got filled last week.',
    'The hiring manager has decided not to schedule an interview at this time.',
    'Unfortunately you did not meet the minimum age requirement for this position.',
    'We went with candidates who have forklift certification.',
    'The panel offered the role to a nurse with ICU experience.',
    'The manager has chosen to hire from within the department.',
    'Your application has been dispositioned.',
    'On this occasion you have not been recommended for appointment.',
    'The vacancy holder has decided to withdraw the vacancy.',
    'Acme has filled the Data Analyst position.',
    'You were rated Qualified; however, you did not receive a high enough score to be referred.',
    'Result: Ineligible - Minimum qualifications not met.',
    'Another candidate was selected for this position.',
    'A selection has been made for this position.',
    // Apprenticeships and graduate intakes.
    'All places on the 2026 Software Engineering Apprenticeship have now been allocated.',
    "We're sorry, but you haven't been successful in securing an apprenticeship with us this year.",
    'The 2026 intake is now full.',
    'The Analyst role has been put on hold until further notice.',
    // Outcomes named without a decision verb.
    "We've reached a decision and unfortunately it's not in your favour.",
    'Unfortunately the outcome is not positive on this occasion.',
    'Your application did not progress past the initial screening.',
    "Unfortunately you didn't make it past the phone screen.",
    "Although it's not going to work out this time, we'd love to keep your details.",
    // Places not offered, gig sign-ups refused, temps not taken on.
    'We are sorry to tell you that we will not be offering you a training contract.',
    "We're not able to offer you a place on the 2027 Graduate Programme.",
    "We're unable to approve your application to become a shopper at this time.",
    'Your application to drive with us has not been approved.',
    "The client has decided not to make the Claims Handler role permanent, so it'll stay a temp assignment.",
    // Small employers and internal moves.
    "We've decided to offer the Room Leader position to one of our own practitioners.",
    "We've given it to Shona, mainly because she's been covering the shift.",
    // Short no's after an interview, a narrower field, places and work given away.
    "I'm sorry to tell you we won't be asking you back for the second interview.",
    "You're not among them this time, as we're continuing with a smaller group of candidates.",
    "We only had four places and they've all been filled.",
    'The contract has been awarded to another consultant whose proposal fitted the budget better.',
    'We have selected another consultant for this assignment.',
    'I regret that your proposal for the evaluation consultancy was not successful on this occasion.',
    "We've given the work to another translator who knows the client's terminology.",
    'We had eight internship places this year, and all of them have now been filled.',
    "I'm afraid it's not good news this time, as the panel preferred a more senior profile.",
    "We've had a think and we won't pick you for the site job, sorry.",
    "The client has pulled the brief, so we won't need a freelance illustrator after all.",
    "I'm sorry, it wasn't successful this time.",
    "I'm afraid we won't be calling you back for the trial shift.",
    // A feedback session offered after the news is no job offer.
    'We will not be offering you a place on the scheme. We would be pleased to offer you a feedback session.',
  ])('%s', (sentence) => {
    const verdict = verdictFor(`Thank you for applying for the role.\n\n${sentence}`);
    expect(verdict).toMatchObject({ rejection: true, kind: 'rejection' });
    expect(verdict.reasons.some((reason) => reason.includes(sentence.slice(0, 25)))).toBe(true);
  });
});

describe('English terse replies from a small employer', () => {
  const reply = (text: string) =>
    detect({ from: 'Gary Byrne <gary@garysbar.ie>', subject: 'Re: bar job', text: `${text}\nGary` });

  it.each([
    'Sorry Sam, gave it to someone else.',
    'Sam - filled, sorry.',
    'Sorry Sam, no longer need anyone.',
    "Sorry Sam, we don't need anyone at the moment.",
    "Hi Sam, thanks but it's been filled.",
    "Hi Sam, cheers but we've got the position covered now.",
    "Hi Sam, we've decided to go with a more experienced bartender.",
    "Hi Sam, unfortunately we can't offer you anything right now.",
    "Sam - position's been filled. Thanks for applying.",
    "Thanks for the trial shift. We don't think you're quite ready for the role yet.",
    "Hey Sam, we went with an editor we've used before. Sorry!",
    "We're going to hold off on bringing in a freelancer for now. Sorry!",
    "I've got all the staff I need for the season now. Thanks for asking though!",
    "We won't have any shifts for you this season, unfortunately.",
    "We've got enough waiting staff this season, sorry.",
    'Sorry, we went with another girl who can do weekday lunches as well.',
    'We took on a lad who was already working for us on the last job.',
    "Work's gone quiet so I'm not taking anyone on now after all. Sorry mate.",
    "We won't be taking on another plasterer after all, sorry.",
    'Not taking on any more lads this year, it has gone quiet.',
    "We've taken on my nephew for the summer, sorry.",
    "Sorry, I've given the job to my neighbour's daughter.",
    "Gonna go with my cousin's buddy for now, he's got his licence.",
    // A blunt reply's whole answer, in as few words as it can.
    'No thanks at this time. Kitchen porter job filled.',
    'Nope, thank you for now.',
    'Sam - weekend position now filled!',
    // A season's trades not taken, or a team already complete.
    'Sorry, we do not take apprentices this year, we are only four in the workshop.',
    "We aren't taking trainees at the moment, try the bigger garage in town.",
    "Cheers for dropping in your CV, but we're all sorted for staff at the minute.",
    "We're all set for waiters at present, sorry.",
  ])('%s', (text) => {
    expect(reply(text)).toMatchObject({ rejection: true, kind: 'rejection' });
  });

  it.each([
    "Quiet week, so we won't need you on Saturday after all. See you Tuesday.",
    "We've got the Saturday shift covered, so enjoy the day off.",
    "Sorry, I don't need anyone's bank details for the deposit.",
    "I'm not taking anyone on until March, but I'll ring you then.",
    "Your application hasn't been approved yet, we'll let you know when it is.",
    "Thanks for the CV, I've given it to Mark to look at and he'll ring you this week.",
    "We won't make the new rota permanent until everyone has tried it.",
    "Sorry, I couldn't call you on the next day as promised. Are you free now?",
    "We're not taking on any new customers until March, we're fully booked. Sorry.",
    "I'm going with my daughter to the open day on Thursday, so can we move your interview to Friday?",
    'No thanks needed, it was good to meet you. See you Monday for the trial shift.',
    'The Saturday slot filled quickly, so can you do Sunday at 2 for the trial?',
    "We don't take bookings at the moment, the kitchen's being refitted, but come in for a chat on Friday.",
    "Thanks for the forms. We're all set with the paperwork at the moment. See you Monday.",
    "We're not taking apprentices until September, but I'll ring you then to arrange a trial.",
  ])('not a rejection: %s', (text) => {
    expect(reply(text).rejection).toBe(false);
  });
});

describe('English look-alikes', () => {
  it.each([
    [
      'acknowledgement',
      "Thank you for applying! We're reviewing applications and will be in touch if your profile matches our needs. If you are not offered a role at this time, we'll keep your resume on file.",
    ],
    [
      'acknowledgement',
      'Thanks for your application. Heads-up: if we do not think it is the right match, we won’t move forward, but we will always tell you.',
    ],
    [
      'acknowledgement',
      "We aim to respond to everyone, but if you haven't heard back within 4 weeks, it's likely we've decided to move forward with other candidates.",
    ],
    ['interview', 'Unfortunately I need to move our interview to Thursday. Does 2pm work?'],
    [
      'withdrawal',
      "Thanks for letting us know you've accepted a role closer to home. We've withdrawn your application and cancelled Thursday's session.",
    ],
    [
      'acknowledgement',
      'Unfortunately, we are not able to respond to every applicant individually. We will review your application and contact you if there is a match.',
    ],
    [
      'interview',
      "We'd like to move forward with your application! Please pick a time for a call with our hiring manager.",
    ],
    [
      'offer',
      'Congratulations! We are delighted to offer you the position of Product Designer. Your offer letter is attached.',
    ],
    [
      'withdrawal',
      "We're sorry to hear you've decided not to continue with the process for the role. Best of luck!",
    ],
    [
      'pause',
      "Hiring for the Data Engineer role has been paused for a few weeks. Your application remains active and we'll be in touch as soon as we resume.",
    ],
    [
      'assessment',
      'As the next step, please complete the online assessment for the Analyst role within 5 days.',
    ],
    [
      'alert',
      'I came across your profile and have an exciting Senior Engineer role with my client. Are you open to a chat?',
    ],
    [
      'other',
      'Join our workshop "We have decided to move forward with other candidates: what now?" for job seekers.',
    ],
    ['interview', "We can't wait to move forward with your application! Let's schedule a call."],
    [
      'acknowledgement',
      'We have received your application. Not hearing from us within three weeks means you have not been shortlisted.',
    ],
    [
      'acknowledgement',
      'We have received your application. In the absence of a reply within 30 days, please assume that you have not been successful.',
    ],
    ['acknowledgement', "We have received your application. We'll pass it to the team."],
    [
      'other',
      'Great interviews! We cannot move forward with an offer until your references are back, so please send two names.',
    ],
    ['interview', "We don't have a role for you yet, but we'd love to chat next week about what's coming."],
    ['interview', 'The interview slots for Tuesday are full, so could we schedule it on Thursday?'],
    ['other', 'Good news: we found someone who can help with your visa questions before you start.'],
    ['other', "Heads-up: we're fully staffed this Saturday, so no extra shifts are needed."],
    ['other', "Great call today! We'll leave it there for today and pick up the contract details on Monday."],
    [
      'acknowledgement',
      'We are still reading files in order, so you are not on our shortlist yet. We will review your application by March.',
    ],
    [
      'other',
      'At Acme we always try to promote someone from within before we look outside. Read our careers stories.',
    ],
    [
      'withdrawal',
      "As we haven't heard back from you about the interview times, your application for the role has now been closed.",
    ],
    [
      'assessment',
      'Your online assessment has been received. TestBridge does not make hiring decisions; the employer will contact you.',
    ],
    [
      'pause',
      "I'm sorry, the Courier role is not open for now while we change depots, but we expect to reopen it in March and will get back to you then.",
    ],
    [
      'interview',
      "We didn't take your application further for the night role back in 2025, but I'd love to set up a call about our day team.",
    ],
    [
      'offer',
      "Sadly we can't match the day rate you asked for, but we're happy to offer you the Site Manager role at £420 a day.",
    ],
    [
      'withdrawal',
      "As you've accepted another offer, we won't be moving forward with Thursday's interview. Congratulations!",
    ],
    [
      'acknowledgement',
      'Thanks for applying. Applications that miss the essential criteria will not be progressed; everyone else will hear from us in May.',
    ],
    [
      'pause',
      "Hiring is frozen until the spring. Sadly that means we can't move forward with the final interviews for now, but we'll get back to you in March.",
    ],
    [
      'offer',
      "We couldn't offer you the Head Chef position. We'd be happy to offer you the Sous Chef role at our other site, though.",
    ],
    // Rules for a class of applications and denials that a decision was made.
    [
      'assessment',
      'Please complete the online assessment by Sunday. Applications with incomplete assessments after this date will not progress further.',
    ],
    ['other', 'Joining our talent community does not guarantee an offer of employment.'],
    [
      'other',
      "The job ad for Arborist has expired. This doesn't necessarily mean the position has been filled or your application was unsuccessful.",
    ],
    [
      'pause',
      'Your application has been placed on hold. This does not mean your application has been unsuccessful; we will contact you again by 20 March.',
    ],
    [
      'pause',
      'The Planning Officer post has been put on hold until the new financial year. Your application remains on file.',
    ],
    // Someone else's words, a partial round, the reader kept in line.
    [
      'other',
      "Many of you have had 'unfortunately we will not be progressing your application' emails this month. That is normal.",
    ],
    [
      'pause',
      "You weren't selected for the first group of final interviews. You're still very much in the running, and I'll be in touch by Friday.",
    ],
    [
      'pause',
      'The selection committee has recommended another candidate for the position. However, your name has been placed on the waitlist at position 1, and you will be offered the position if the selected candidate does not join.',
    ],
    // The reader's own decision, and no decision at all.
    [
      'withdrawal',
      'Congratulations on the new role! The hospital position is a better fit for you right now, so I will close your application off.',
    ],
    [
      'interview',
      "Unfortunately we're not able to offer in-person interviews, so let's schedule a video call.",
    ],
    ['other', 'We have made an appointment for your health check on Monday, before your induction.'],
    ['other', 'Our new Store Associate posting has gone live today, so you can apply there.'],
    ['other', "We're closing the search on Friday and will write to everyone after that."],
    [
      'interview',
      "You didn't get the job description in my last email, so here it is. Your interview is on Monday at 2pm.",
    ],
    ['other', "Hi all, it's a no this time from the cafe on hosting the fair, so it moves to the library."],
    ['other', 'The Designer position has been taken off the careers site while we update the advert.'],
    ['other', "No news from the client yet. We'll keep looking for the right fit for you in the meantime."],
    ['offer', "We're confident we've found the right person in you and are delighted to offer you the role."],
    [
      'other',
      "Sorry it's been ages! We're not recruiting right now, but would love to catch up over coffee.",
    ],
    ['other', "I'm not hiring right now, but I'd be happy to pass your CV to a friend who is."],
    ['interview', 'We have appointed our new recruiter, Jane, who will schedule your interview next week.'],
    [
      'assessment',
      'Please complete the online test by Friday. Candidates without a completed test will not be progressed.',
    ],
    [
      'other',
      'Your name has been referred to the hiring manager. This notice does not constitute an offer of employment.',
    ],
    [
      'acknowledgement',
      'Thank you for applying. Your application will not be reviewed before the closing date.',
    ],
    ['acknowledgement', 'Thank you for applying. No selections will be made until the announcement closes.'],
    ['other', 'If you do not send your transcripts by Friday, you will receive no further consideration.'],
    ['other', 'We are unable to consider yours until you upload a CV.'],
    ['acknowledgement', 'The posting has closed and applications are now being reviewed.'],
    [
      'other',
      "Even though this particular role didn't work out, we'd love to keep in touch through our talent community.",
    ],
    [
      'pause',
      'The search for the Lecturer post has been suspended for budget reasons; we hope to relaunch it next year.',
    ],
    [
      'offer',
      'We are delighted to offer you the role. We reserve the right to withdraw this offer if your references are unsatisfactory.',
    ],
    ['offer', 'Attached is your offer letter. The offer will be withdrawn if not accepted by Friday.'],
    ['withdrawal', 'As you asked, your offer has been withdrawn. Best of luck at your new job.'],
    [
      'acknowledgement',
      "Thanks for applying. We're closing the vacancy to new applications on Friday at midnight.",
    ],
    [
      'other',
      'Please sign in and finish your application before 12 December, otherwise it will not be considered.',
    ],
    [
      'acknowledgement',
      'Thanks for applying. We have completed the recruitment process for this role. Successful candidates will be contacted by Friday.',
    ],
    [
      'other',
      'Your CV did not meet the standard required by our upload system; please re-upload it as a PDF.',
    ],
    [
      'interview',
      'Thanks for applying. Candidates whose experience most closely matches the brief will be invited to interview in March.',
    ],
    ['other', 'Your internal transfer request to the Claims team has been approved by both managers.'],
    [
      'pause',
      "We've had to put the Audit Manager search on hold while the partners settle the budget. You're still very much in the mix, and I will come back to you in January.",
    ],
    [
      'acknowledgement',
      "Thanks for applying. We'll make our shortlist next week, and if you're not on it we'll let you know.",
    ],
    [
      'interview',
      'We have completed the selection process for the role, and I am pleased to invite you to a final interview.',
    ],
    [
      'interview',
      "There isn't a role for you yet, but we're shaping one, and I'd like to meet on Thursday to talk it through.",
    ],
    [
      'offer',
      'The offer we sent you on Monday has been withdrawn and replaced by the revised offer attached, with the new start date for the role.',
    ],
    [
      'acknowledgement',
      "Thanks for applying. The lab will proceed with other students' project reviews first and look at yours next week.",
    ],
    [
      'acknowledgement',
      "Thanks for applying. We haven't scheduled an interview yet, I will send times soon.",
    ],
    [
      'acknowledgement',
      "Thanks for applying. The position won't be filled until the new budget is approved.",
    ],
    ['acknowledgement', 'Thanks for applying. The successful candidate will be notified by phone.'],
    ['other', 'Please note the minimum experience requirement is 3 years.'],
    ['acknowledgement', 'Thanks for applying. We have not yet got through the first review of applications.'],
    ['other', 'The exchange rate is not in your favour this month, so the fee looks higher.'],
    [
      'acknowledgement',
      'We have received your application. Your application will not be considered complete until your transcript arrives.',
    ],
    [
      'interview',
      'A selection has been made for the shortlist, and we are pleased to invite you to interview on Monday.',
    ],
    [
      'other',
      "Ciaran didn't get the apprenticeship at the garage, they sent him a letter saying he was unsuccessful on this occasion.",
    ],
    ['other', 'As you were not referred by an employee, please tell us where you saw the role.'],
    [
      'assessment',
      'Please complete the online assessment by Friday. Your application will not be progressed unless you complete it.',
    ],
    [
      'acknowledgement',
      'We have received your application. Your application will not be reviewed if the questionnaire is incomplete.',
    ],
    // A panel of interviewers is the hiring side's, not a list of those who may be appointed.
    [
      'acknowledgement',
      'We have received your application. You have not been added to the interview panel, as that is for staff.',
    ],
    // A board's list of filled roles, not the reader's.
    [
      'alert',
      'New jobs for you this week: Barista at Harbour Café. Position filled. Line Cook at Joe’s. Apply now.',
    ],
  ])('is %s, not a rejection: %s', (kind, text) => {
    const verdict = verdictFor(text, 'Update');
    expect(verdict.rejection).toBe(false);
    expect(verdict.kind).toBe(kind);
  });

  it.each([
    'Hi team, The successful candidate for the Office Manager role has been appointed and starts Monday.',
    'Hi all, We offered the role to a brilliant designer, Sam, who starts Monday.',
  ])('does not count news for colleagues: %s', (text) => {
    const verdict = detect({ from: 'Acme People <people@acmefoods.com>', subject: 'New starter', text });
    expect(verdict).toMatchObject({ rejection: false, kind: 'other' });
  });

  it.each([
    "Hi everyone, we've now hired for the weekend barista role. Thank you all for getting in touch and good luck!",
    'Hi all, The Barista position has now been filled. Thanks so much for your interest!',
  ])('hears a no written to every applicant at once: %s', (text) => {
    expect(
      detect({ from: 'Bean There Cafe <hello@beanthere.cafe>', subject: 'Barista position', text }).rejection,
    ).toBe(true);
  });

  it('still hears a no sent to a group of applicants', () => {
    const text =
      'Hi all, Thank you all for applying to the Barista role. We have offered the role to a barista with latte-art experience.';
    expect(detect({ from: 'Acme Cafe <jobs@acmecafe.com>', subject: 'Barista role', text }).rejection).toBe(
      true,
    );
  });

  it.each([
    [
      'interview',
      "We can't bring you back for the second interview on Thursday, as the panel is away. Could we reschedule the interview for Monday?",
    ],
    [
      'interview',
      "I'm afraid it's not good news about the interview venue. Your interview on Thursday will be at our other office.",
    ],
    [
      'interview',
      "Thanks for sending over your availability. Monday's places have all gone, but I can book your interview for Tuesday at 2pm.",
    ],
    [
      'pause',
      "Hiring for this role is on hold, and we'll revisit it in the spring. We'll keep your application active and let you know.",
    ],
    [
      'pause',
      "You're not among the first group we're interviewing, but you're still in consideration and we'll be in touch by Friday.",
    ],
  ])('is %s, not a rejection: %s', (kind, text) => {
    const verdict = verdictFor(text, 'Update');
    expect(verdict.rejection).toBe(false);
    expect(verdict.kind).toBe(kind);
  });

  it('does not count an upload that failed, however job-like the mail', () => {
    const text =
      "Thank you for applying for the Barista job. We tried to attach your CV, but it wasn't successful this time, so please try again.";
    expect(verdictFor(text, 'Your application').rejection).toBe(false);
    // Trying again next year is a new application: the no stands.
    const no =
      'Thank you for applying for the Graduate Scheme. Your application was not successful this time, but please try again next year.';
    expect(verdictFor(no, 'Your application').rejection).toBe(true);
  });

  it('does not count a contract awarded to another supplier, where no job is meant', () => {
    const text =
      'Thank you for your quote for the office cleaning. After evaluation, the contract has been awarded to another supplier.';
    expect(
      detect({ from: 'Facilities <facilities@example.org>', subject: 'Tender outcome', text }).rejection,
    ).toBe(false);
  });

  it('does not count a portal notice that only says the status changed, however job-like its words', () => {
    const notice = (extra: string) =>
      detect({
        from: 'Oracle Recruiting <no-reply@oraclecloud.com>',
        subject: 'Brightwell Energy: Your application status has changed',
        text: `Dear Sam Doe,\n\nThe status of your application for Field Technician (Req 25-1182) has changed.\n\nTo view your application status, please sign in to your candidate account.\n${extra}\nThank you,\nBrightwell Energy Talent Acquisition`,
      });
    expect(notice('')).toMatchObject({ rejection: false, kind: 'other' });
    // A notice that says the no itself is still one.
    expect(notice('Unfortunately, we have decided to move forward with other candidates.\n').rejection).toBe(
      true,
    );
  });

  it('does not count a status legend that explains labels', () => {
    const verdict = verdictFor(
      'Your application status is now: In review.\n\nPossible statuses:\nIn review — we are reading your application\nNot selected — we won’t be moving forward\nHired — position filled',
    );
    expect(verdict.rejection).toBe(false);
  });

  it('does not count a template full of merge fields', () => {
    const verdict = verdictFor(
      'Here is the template.\n\nHi [Candidate name], thank you for your interest in the [Role] position. After careful consideration, we have decided not to move forward with your application.',
    );
    expect(verdict.rejection).toBe(false);
  });

  it('does not count a question', () => {
    expect(verdictFor('Quick question about the role: not a fit?').rejection).toBe(false);
  });

  it.each([
    ['a giveaway', 'Unfortunately, you were not selected for the giveaway this time.'],
    [
      'a rental',
      'Thank you for your rental application. We have selected another applicant for this apartment.',
    ],
    [
      'a mortgage',
      'Thank you for your mortgage application. We regret that we are unable to proceed with your application.',
    ],
    [
      'a volunteer programme',
      'All volunteer spots are filled, so we are not able to offer you a place this year.',
    ],
    [
      'a supplier tender',
      'Thank you for your tender. Your tender was not successful and the contract has been awarded to another supplier.',
    ],
  ])('needs a job context, not %s', (_, text) => {
    expect(detect({ from: 'Team <hello@example.org>', subject: 'Update', text }).rejection).toBe(false);
  });
});

describe('English soft and mixed rejections', () => {
  it('reads a decision cut off by the mail client next to a kind closing', () => {
    const verdict = verdictFor(
      'Thank you for your interest in the Scientist role. We have reviewed your background carefully and, while we recognise your strengths, we won’t be\n\nWe wish you the best in your search, and we encourage you to apply for other opportunities.',
    );
    expect(verdict.rejection).toBe(true);
    expect(verdict.score).toBeLessThan(0.7);
  });

  it.each([
    'We have reviewed your application carefully and regret that',
    'We have reviewed your application and have determined that',
    'We regret to inform you that your application was',
    'Having reviewed your application, we are sorry to tell you that',
  ])('reads a preview cut right before the decision: %s', (cut) => {
    const verdict = detect({
      from: 'Acme <noreply@workablemail.com>',
      subject: 'Your application for Analyst at Acme',
      text: `Dear Sam,\nThank you for applying for the Analyst position at Acme.\n${cut}`,
    });
    expect(verdict.rejection).toBe(true);
    expect(verdict.score).toBeLessThan(0.8);
  });

  it('reads praise cut off as it turns to the next step as an invitation, not a no', () => {
    const verdict = detect({
      from: 'HR <hr@selbournehealth.org>',
      subject: 'Selbourne Health – Staff Nurse',
      text: 'Dear Amira,\n\nThank you for your interest in the Staff Nurse role on our surgical ward. We were impressed by your application and would like to',
    });
    expect(verdict).toMatchObject({ rejection: false, kind: 'interview' });
    // Praise that turns to thanks and then a no is still a rejection.
    expect(
      verdictFor(
        'We were impressed by your application and would like to thank you for your time. Unfortunately, we have decided to move forward with other candidates.',
      ).rejection,
    ).toBe(true);
  });

  it('hears a freelance brief called off when the reader sent their work', () => {
    const text = (thanks: string) =>
      `Hi Sam,\n\n${thanks} We're not hiring freelancers for the launch anymore, as the client has scaled back.\n\nJane`;
    const from = 'Jane Doe <jane@acmeevents.com>';
    const subject = 'Freelance producer – launch';
    expect(detect({ from, subject, text: text('Thanks for sending over your showreel.') }).rejection).toBe(
      true,
    );
    // Without a word that the reader offered themself, it is the company's news, as a recruiter's opener is.
    expect(detect({ from, subject, text: text('Hope the summer is going well.') }).rejection).toBe(false);
  });

  it.each([
    [
      'a return the sender will not vouch for',
      "Thank you for your application for the Officer role. The role has been put on hold while the board reviews the budget, and I can't say if or when it will reopen.",
      true,
    ],
    [
      'a freeze until a date, the return doubted',
      "Hiring is frozen until the next funding round, so the Officer role is cancelled; we can't say if or when it will reopen.",
      true,
    ],
    [
      'a freeze until a date',
      'Hiring is frozen until the next funding round, so the Officer role is cancelled for now.',
      false,
    ],
    [
      'an informal promise',
      "Thank you for your application for the Officer role. We've had to put the role on hold while the budget is reviewed. I'll keep you posted.",
      false,
    ],
    [
      'uncertain timing with a promise kept',
      "The role has been put on hold. I can't say exactly when it will reopen, but your application will stay active and I'll contact you when it does.",
      false,
    ],
    [
      'a hold cut short before what it says of the reader',
      'Thank you for your application for the Geologist role. We would like to advise that the position has been put on hold. Your application',
      false,
    ],
    [
      'a hold whose kind closing lost its full stop',
      'Thank you for your application for the Geologist role. The position has been put on hold indefinitely.\n\nWe wish you all the best',
      true,
    ],
    [
      'a hold with a stated closure',
      'Thank you for your application for the Geologist role. The position has been put on hold indefinitely. Your application has been closed.',
      true,
    ],
    [
      'a paused interview process, named as such, with a return promised',
      'Thank you for interviewing for the Officer role. Because of a budget review we are pausing the interview process, and we would like to reconnect should the role become available again this year.',
      false,
    ],
  ])('reads a hold by its promise: %s', (_, text, rejection) => {
    const verdict = detect({
      from: 'Jane Doe <jane@acme.com>',
      subject: 'Your application for Officer',
      text: `Hi Sam,\n\n${text}`,
    });
    expect(verdict.rejection).toBe(rejection);
    if (!rejection) expect(verdict.kind).toBe('pause');
  });

  it('holds a rejection for this role less surely when another role is offered for discussion', () => {
    const plain = verdictFor(
      'Unfortunately, we have decided not to move forward with your application for this role.',
    );
    const mixed = verdictFor(
      'Unfortunately, we have decided not to move forward with your application for this role. However, we would love to talk to you about our Junior Developer opening.',
    );
    expect(mixed).toMatchObject({ rejection: true, kind: 'rejection' });
    expect(mixed.score).toBeLessThan(plain.score);
  });

  it('is surer when several sentences and a kind closing agree', () => {
    const one = verdictFor('We have decided not to proceed with your application.');
    const more = verdictFor(
      'Unfortunately, we have decided not to proceed with your application. The position has been filled by another candidate. We wish you the best in your job search.',
    );
    expect(more.score).toBeGreaterThan(one.score);
    expect(more.reasons.length).toBeGreaterThan(1);
    expect(more.reasons.length).toBeLessThanOrEqual(3);
  });
});
