import { describe, expect, it } from 'vitest';
import { detect } from '../index';

type Case = [string, string];

const run = (text: string) => detect({ from: 'Anna Weber <anna.weber@beispiel.de>', subject: '', text });

/** Rejections, conditional look-alikes and progress, written for each language beyond English. */
const LANGUAGES: { lang: string; rejections: string[]; lookalikes: Case[] }[] = [
  {
    lang: 'de',
    rejections: [
      'Danke für Ihre Bewerbung. Wir konnten Sie in die engere Auswahl leider nicht aufnehmen.',
      'Vielen Dank für Ihre Bewerbung. Die Stelle wird aus Budgetgründen derzeit nicht besetzt.',
      'Vielen Dank für Ihre Bewerbung. Wegen der Haushaltssperre können wir die Stelle derzeit nicht besetzen.',
      'Danke für deine Bewerbung. Die Ferienjobs für den Sommer sind leider alle schon vergeben.',
      'Danke für Ihre Bewerbung. Der Einsatz als Kommissionierer bei unserem Kunden in Hamm wurde leider storniert.',
      'Der Status Ihrer Bewerbung hat sich geändert. Neuer Status: Verfahren beendet – nicht berücksichtigt',
      'Danke fürs Probearbeiten! Am Ende passt es mit jemandem, der schon bei uns jobbt, einfach besser.',
      'Vielen Dank für Ihre Bewerbung. Das Auswahlverfahren für die Stelle ist inzwischen abgeschlossen.',
      'Vielen Dank für Ihre Bewerbung. Neuer Status Ihrer Bewerbung: nicht weiter berücksichtigt.',
      'Danke für deine Bewerbung. Die Ausbildungsplätze für dieses Jahr sind bei uns leider schon alle weg.',
      'Vielen Dank für Ihre Bewerbung. Leider wurden Sie vom weiteren Auswahlverfahren ausgeschlossen, da der geforderte Abschluss fehlt.',
      'Vielen Dank für Ihre Bewerbung. Wegen eines Einstellungsstopps schließen wir alle laufenden Bewerbungen, auch Ihre, zum Monatsende.',
      'Vielen Dank für Ihre Bewerbung. Die Kommission hat beschlossen, die Stelle der erstplatzierten Bewerberin anzubieten.',
      'Danke für Ihre Bewerbung. Unser Kunde hat den Auftrag storniert, der Einsatz als Lagerhelfer entfällt leider. Aktuell haben wir nichts Vergleichbares für Sie.',
      'Danke für deine Nachricht wegen des Ferienjobs. Die Stelle ist schon weg, tut mir leid.',
      'Danke für deine Bewerbung auf die interne Ausschreibung. Die Stelle geht an Lukas, der schon länger Schichten leitet.',
      'Danke für Ihre Bewerbung als PTA. Die Stelle hat sich leider erledigt, eine Kollegin stockt ihre Stunden auf.',
      'Danke für deine Bewerbung als Küchenhilfe! Für die Wintersaison sind wir leider schon komplett.',
      'Danke für Ihre interne Bewerbung. Die Geschäftsführung hat sich nach den Gesprächen für Frau Lange entschieden.',
      'Vielen Dank für Ihre Bewerbung. Andere Bewerbungen entsprachen unseren Anforderungen an die Erfahrung besser.',
      'Danke für das zweite Gespräch. Es war knapp, aber wir haben der Kollegin den Vorzug gegeben.',
      'Danke für Ihre Initiativbewerbung. Aktuell haben wir leider keinen Bedarf an weiteren Elektrikern.',
      'Danke für Ihre Bewerbung. Die Ausschreibung wird aufgehoben, eine Besetzung der Stelle erfolgt nicht.',
      'Danke für deine Bewerbung! Kurzes Update: Du bist leider nicht mehr im Rennen.',
      'Danke für das zweite Gespräch. Wir gehen nun mit einer anderen Kandidatin in die Vertragsverhandlung.',
      'Danke für Ihre Bewerbung um einen Ausbildungsplatz. Unsere Ausbildungsplätze für 2026 sind leider schon alle vergeben.',
      'Danke für Ihren Lebenslauf. Wir brauchen derzeit leider niemanden im Lager.',
      'Vielen Dank für Ihre Bewerbung. Die Auswahlentscheidung ist auf eine Mitbewerberin gefallen.',
      'Danke für deine Bewerbung als Barista! Wir haben uns für jemanden mit mehr Erfahrung entschieden.',
      'Vielen Dank für Ihre Bewerbung als Softwareentwickler. Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.',
      'Nach sorgfältiger Prüfung Ihrer Unterlagen können wir Ihre Bewerbung leider nicht weiter berücksichtigen.',
      'Vielen Dank für Ihre Bewerbung. Leider ist die Stelle bereits besetzt.',
      'Wir haben uns entschieden, Ihre Bewerbung nicht weiter zu verfolgen.',
      'Vielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen eine Absage erteilen.',
      'Vielen Dank für Ihre Bewerbung. Wir bedauern, dass Sie für diese Position nicht in die engere Wahl gekommen sind.',
      'Danke für das Gespräch zur Stelle. Wir haben uns für eine Kollegin entschieden, die bereits im Team mitgearbeitet hat.',
      'Vielen Dank für Ihre Bewerbung als Erzieherin. Wir stellen derzeit leider keine neuen Mitarbeiter ein.',
      'Vielen Dank für Ihre Bewerbung als Buchhalterin. Nach Sichtung aller Unterlagen haben wir uns anderweitig entschieden.',
      'Danke für das Gespräch. Das Angebot haben wir inzwischen einer anderen Kandidatin gemacht.',
      'Vielen Dank für Ihre Initiativbewerbung. Derzeit haben wir leider keine passende Stelle für Sie.',
      'Danke für Ihre Bewerbung. Aus Kostengründen werden wir die Position nicht mehr besetzen.',
      'Nach reiflicher Überlegung haben wir uns für Ihren Mitbewerber aus Köln entschieden.',
      'Danke für deine Bewerbung als Aushilfe. Unser Team ist für den Sommer leider schon komplett.',
      'Vielen Dank für Ihre Bewerbung. Der Status Ihrer Bewerbung wurde geändert in: Abgelehnt.',
      'Vielen Dank für Ihre Bewerbung. Leider müssen wir von einer Einladung zum Vorstellungsgespräch absehen.',
      'Vielen Dank für Ihre Bewerbung. Die Stelle wird aus organisatorischen Gründen nicht besetzt.',
      'Danke für deine Bewerbung! Das wird diesmal leider nichts, wir haben schon genug Leute.',
      'Danke für Ihre Bewerbung. Mein Kunde hat mir mitgeteilt: Ihr Profil wurde leider abgelehnt.',
      'Vielen Dank für Ihre Bewerbung. Leider entfällt die ausgeschriebene Stelle aufgrund einer Umstrukturierung.',
      'Guten Tag Herr Roth, im Vergleich mit weiteren Dossiers mussten wir uns für Kandidierende entscheiden, deren Erfahrung besser passt.',
      'Danke für Ihre Bewerbung. Letztlich haben wir uns für eine andere Bewerberin entscheiden müssen.',
      'Danke für Ihre Bewerbung. Der Kunde im Lager Nord hat die Anfrage für Kommissionierer zurückgezogen, die Stelle fällt damit weg. Einen vergleichbaren Einsatz haben wir aktuell nicht für Sie.',
      'Danke für die Gespräche. Aufgrund neuer Prioritäten beenden wir den Prozess mit allen Kandidat*innen.',
      'Danke für das Probearbeiten letzte Woche. Wir haben uns am Ende für eine Bewerberin mit mehr Erfahrung an der Theke entschieden.',
      'Danke für deine Bewerbung als Schneiderin. Am Ende ging es um die Verfügbarkeit: das passte mit deinen Zeiten leider nicht.',
    ],
    lookalikes: [
      [
        'pause',
        'Vielen Dank für Ihre Bewerbung als Disponent. Nach einer Umstrukturierung wird die Stelle derzeit nicht besetzt. Ihre Bewerbung bleibt aktiv, und wir kommen auf Sie zu, sobald wir die Suche wieder aufnehmen.',
      ],
      [
        'pause',
        'Vielen Dank für Ihre Bewerbung. Wegen der Haushaltssperre können wir die Stelle derzeit nicht besetzen. Ihre Bewerbung bleibt im Verfahren, wir kommen im Frühjahr auf Sie zu.',
      ],
      [
        'acknowledgement',
        'Danke für Ihre Bewerbung. Die Stelle im Lager wird im März besetzt; wir melden uns bis dahin.',
      ],
      [
        'acknowledgement',
        'Vielen Dank für Ihre Bewerbung, sie ist eingegangen. Im Portal sehen Sie den Status: In Prüfung. Der Status „Abgelehnt“ bedeutet, dass der Prozess für Sie endet.',
      ],
      [
        'other',
        'Vielen Dank für Ihre Bewerbung. Ihre Unterlagen sind vollständig, der Bewerbungsprozess ist damit abgeschlossen.',
      ],
      [
        'acknowledgement',
        'Vielen Dank für Ihre Bewerbung. Das Auswahlverfahren ist noch nicht abgeschlossen, wir melden uns bei Ihnen.',
      ],
      [
        'interview',
        'Vielen Dank für Ihre Bewerbung. Das Auswahlverfahren ist abgeschlossen. Wir laden Sie am Montag zur Vertragsunterzeichnung ein.',
      ],
      [
        'acknowledgement',
        'Danke für deine Bewerbung! Keine Sorge, du bist nicht raus, wir melden uns nächste Woche.',
      ],
      [
        'other',
        'Vielen Dank für Ihre Bewerbung. Ihre Bewerbung wurde nicht abgelehnt, uns fehlt nur noch Ihr Zeugnis.',
      ],
      ['other', 'Danke für deine Anmeldung. Die Plätze im Yogakurs am Samstag sind leider schon alle weg.'],
      [
        'other',
        'Hallo Herr Kaya, Ihr Einsatz am Montag entfällt wegen Inventur, am Dienstag geht es normal weiter.',
      ],
      [
        'acknowledgement',
        'Guten Tag, Ihre Bewerbung geht an die Fachabteilung. Die Stelle geht an den Start im März, wir melden uns.',
      ],
      [
        'interview',
        'Danke für Ihre Bewerbung. Die Geschäftsführung hat sich für einen Termin am Montag entschieden: Wir laden Sie zum Vorstellungsgespräch ein.',
      ],
      [
        'offer',
        'Wir haben Ihnen gegenüber den anderen Bewerbern den Vorzug gegeben und freuen uns, Ihnen ein Angebot zu machen.',
      ],
      [
        'interview',
        'Vielen Dank für Ihre Bewerbung. Es besteht kein Bedarf an weiteren Unterlagen. Wir laden Sie zu einem Gespräch am Montag um 10 Uhr ein.',
      ],
      [
        'interview',
        'Gute Nachricht: Wir gehen mit Ihnen und einem weiteren Kandidaten in die letzte Runde: das Gespräch ist am Montag um 10 Uhr.',
      ],
      ['other', 'Wir brauchen niemanden, der schon alles kann. Bewirb dich jetzt als Werkstudent!'],
      [
        'acknowledgement',
        'Ihre Bewerbung ist bei uns eingegangen. Ohne Nachricht innerhalb von vier Wochen ist davon auszugehen, dass wir Sie nicht berücksichtigen konnten.',
      ],
      [
        'acknowledgement',
        'Vielen Dank für Ihre Bewerbung. Wir haben Ihre Unterlagen erhalten und werden sie prüfen. Sollten wir Sie nicht berücksichtigen können, erhalten Sie eine Nachricht von uns.',
      ],
      [
        'interview',
        'Wir freuen uns, Sie zu einem Vorstellungsgespräch für die Stelle einzuladen. Bitte senden Sie uns Terminvorschläge.',
      ],
      [
        'interview',
        'Leider müssen wir unser Gespräch morgen verschieben. Passt Ihnen Montag um 14 Uhr für die Stelle?',
      ],
      [
        'assessment',
        'Bitte bearbeiten Sie den Online-Test für die Stelle bis Montag. Wird der Test nicht bearbeitet, können wir Ihre Bewerbung nicht weiter berücksichtigen.',
      ],
      [
        'withdrawal',
        'Danke für Ihre Nachricht zur Bewerbung als Lagerist. Wir respektieren Ihre Entscheidung, auch wenn wir den Prozess gern fortgesetzt hätten.',
      ],
      [
        'other',
        'Bitte beachten Sie: Sollte der Test bis 12.03., 23:59 Uhr nicht abgeschlossen sein, können wir Ihre Bewerbung leider nicht weiter berücksichtigen.',
      ],
      [
        'alert',
        'Für Ihre Suche nach Jobs als Buchhalter haben wir diese Woche keine passenden Stellen für Sie gefunden. Neue Jobs folgen per Job-Alert.',
      ],
      [
        'acknowledgement',
        'Vielen Dank für Ihre Bewerbung, wir prüfen Ihre Unterlagen. Werden Sie nicht eingeladen, erhalten Sie bis Monatsende eine Nachricht.',
      ],
      [
        'interview',
        'Ihre Unterlagen sind vollständig. Wir haben die Stelle noch nicht besetzt. Wir laden Sie zu einem Gespräch am Montag um 10 Uhr ein.',
      ],
      [
        'acknowledgement',
        'Danke für deine Bewerbung. Wir beenden den Prozess mit allen Kandidat*innen bis Ende Mai und melden uns dann bei dir.',
      ],
      [
        'acknowledgement',
        'Danke für deine Bewerbung. Bis Freitag müssen wir uns für eine Kandidatin entscheiden, wir melden uns danach bei dir.',
      ],
      [
        'assessment',
        'Danke für Ihre Bewerbung als Köchin. Hätten Sie Zeit für einen Probetag am Freitag ab 10 Uhr? Die Schicht wird bezahlt.',
      ],
      [
        'alert',
        'Guten Tag Herr Stein, ich bin auf Ihr Profil bei LinkedIn aufmerksam geworden. Für einen Maschinenbauer im Raum Ulm suche ich einen Leiter Einkauf (m/w/d).',
      ],
      [
        'interview',
        'Vielen Dank für Ihre Bewerbung. Ihre Verfügbarkeit passte leider nicht zu unserem ersten Terminvorschlag. Wir schlagen Donnerstag um 10 Uhr für das Gespräch vor.',
      ],
    ],
  },
  {
    lang: 'fr',
    rejections: [
      'Merci pour votre candidature et pour votre venue. Nous avons retenu un cuisinier déjà formé à la pâtisserie.',
      "Merci pour l'entretien. Nous avons finalement recruté une vendeuse déjà expérimentée en bricolage.",
      'Merci pour ta candidature. Les places en alternance pour la rentrée sont déjà toutes parties.',
      'Merci pour votre candidature. Suite au gel des recrutements, nous mettons fin au processus pour ce poste et à votre candidature.',
      'Le statut de votre candidature a changé. Nouveau statut : Clôturée – non retenue',
      'Merci pour ta venue. On a finalement choisi une candidate qui habite sur place.',
      'Merci pour votre candidature. Le poste a été confié à une personne déjà en interne.',
      "Merci pour ton entretien. Ce coup-ci ça ne s'est pas fait, mais on garde ton CV.",
      'Merci pour votre candidature. Le processus de recrutement pour ce poste est terminé.',
      'Merci pour votre candidature. Statut de votre candidature : écartée.',
      "Merci pour votre participation à l'audition. Le jury n'a pas souhaité vous retenir pour le tour suivant.",
      "Merci pour votre candidature. La mission de cariste chez notre client est annulée et nous n'avons rien d'autre sur votre profil pour le moment.",
      'Merci pour votre candidature au concours externe de rédacteur territorial. Votre dossier a été déclaré irrecevable faute du diplôme requis.',
      'Merci pour votre candidature. En raison du gel des recrutements, toutes les candidatures en cours, dont la vôtre, sont clôturées.',
      "Merci pour l'essai de samedi. Finalement, on est parti sur quelqu'un qui habite à côté du magasin.",
      "Merci pour notre entretien de mardi. Nous avons finalement choisi une personne qui connaît déjà l'officine.",
      "Merci pour votre candidature. Le client a annulé sa demande : la mission de cariste n'aura pas lieu et nous n'avons rien d'équivalent à vous proposer.",
      "Merci pour ton message pour le job d'été. Pour cet été on a déjà tout notre monde au camping.",
      "Merci pour ta candidature interne. Pour le poste de chef d'équipe, la direction a choisi Karim.",
      "Merci pour ta candidature pour les vendanges, mais l'équipe est déjà bouclée.",
      "Merci pour votre candidature au poste d'agent d'accueil. Statut : Clôturée. Motif : profil non retenu.",
      'Merci pour ta candidature. Nos places en apprentissage sont toutes prises pour la rentrée.',
      'Merci pour votre candidature. Nous avons fait le choix de nous orienter vers un profil plus expérimenté.',
      'Merci pour ce second entretien. Malheureusement, la réponse est négative cette fois-ci.',
      "Merci pour votre candidature spontanée. Aucun poste n'est ouvert actuellement dans notre équipe.",
      "Merci pour votre candidature. Nous vous informons que ce recrutement n'aura finalement pas lieu.",
      'Merci pour ta candidature. Tu ne fais plus partie du processus pour ce poste.',
      'Merci pour votre candidature spontanée. Nos stages du printemps sont déjà tous attribués.',
      "Merci pour ton CV ! Pour l'instant, on n'a besoin de personne en cuisine.",
      "Merci pour votre candidature. Notre choix s'est porté sur une autre candidate pour ce poste.",
      'Merci pour votre candidature. Statut de votre candidature : Non retenue.',
      'Nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature.',
      "Après une étude attentive de votre dossier, votre candidature n'a pas été retenue pour le poste de développeur.",
      'Malheureusement, nous avons choisi de poursuivre avec un autre candidat dont le profil correspond davantage à nos besoins.',
      'Merci pour votre candidature. Le poste pour lequel vous avez postulé a été pourvu.',
      'Merci pour votre candidature. Nous ne retiendrons pas votre dossier pour ce poste.',
      "Merci pour l'entretien. Nous avons finalement préféré avancer avec une candidate qui parle couramment allemand.",
      'Merci pour votre candidature au poste de serveur. Nous ne recrutons pas pour le moment.',
      'Merci pour votre candidature. Pour ce poste, le client a préféré un autre profil.',
      "Merci pour votre candidature. Nous avons finalement fait une proposition à quelqu'un d'autre pour ce poste.",
      "Merci de votre intérêt. Nous avons choisi de ne pas aller de l'avant avec votre candidature.",
      "Merci pour votre candidature spontanée. Nous n'avons malheureusement pas de poste correspondant à votre profil.",
      'Merci pour ta candidature ! Cette fois, ce ne sera pas toi : nous avons retenu un profil plus expérimenté.',
      "Merci pour votre candidature. Ce recrutement n'est plus d'actualité, nous arrêtons donc la procédure.",
      "Merci pour ta candidature au poste d'apprenti. J'ai finalement proposé la place à une autre personne du quartier.",
      'Merci pour votre candidature. Nous avons préféré le profil de la candidate retenue, déjà formée chez nous.',
      'Merci pour votre candidature. Nous sommes contraints de décliner votre candidature pour ce poste.',
      'Merci pour votre candidature. Pour des raisons budgétaires, le poste ne sera pas pourvu cette année.',
      'Merci pour ta candidature ! On ne va pas pouvoir te prendre cet été, désolé.',
      "Merci pour ta candidature ! On part finalement sur quelqu'un d'autre.",
      'Merci pour votre candidature. Le poste a été supprimé suite à une réorganisation.',
      "Bonjour Léa, suite à une réorganisation, nous clôturons le processus de recrutement pour l'ensemble des candidats.",
      "Merci pour la journée d'essai. Nous avons finalement choisi une personne disponible tous les week-ends.",
      "Merci pour votre candidature. La direction a décidé d'annuler le poste de chargée de communication.",
      'Merci pour ta visite à la crèche. Nous avons finalement pris une éducatrice qui connaît déjà notre projet depuis son stage.',
    ],
    lookalikes: [
      [
        'assessment',
        "Nous accusons réception de votre candidature. Vous serez convoqué prochainement à l'épreuve écrite.",
      ],
      [
        'interview',
        "Merci pour votre candidature. Nous avons recruté un technicien déjà formé l'an dernier, et nous aimerions vous rencontrer en entretien mardi.",
      ],
      [
        'acknowledgement',
        "Nous avons bien reçu votre candidature. Sur le portail, vous verrez le statut : En cours. Le statut « Non retenue » signifie que le processus s'arrête pour vous.",
      ],
      [
        'other',
        'Merci pour votre candidature. Votre mission actuelle chez Leroy est arrêtée vendredi, comme prévu au contrat.',
      ],
      [
        'other',
        "Merci pour votre candidature. Le processus de recrutement n'est pas encore terminé, nous revenons vers vous.",
      ],
      [
        'other',
        "Bonjour, votre mission de demain chez Leroy est annulée pour cause d'inventaire, reprise lundi à 8h.",
      ],
      [
        'pause',
        'Merci pour votre candidature. Le recrutement est suspendu temporairement ; votre candidature reste active et nous reviendrons vers vous au printemps.',
      ],
      [
        'other',
        'Bonjour, le client a annulé sa commande de chaussures. Le remboursement arrive sous cinq jours.',
      ],
      [
        'interview',
        'Merci pour ta candidature. La direction a choisi de te recevoir en entretien jeudi à 10 h.',
      ],
      [
        'interview',
        'Merci pour votre candidature. Votre dossier est déjà pris en charge : nous aimerions vous inviter à un entretien mardi.',
      ],
      [
        'alert',
        'Votre alerte emploi : aucun poste ne correspond à votre recherche cette semaine. Découvrez nos nouvelles offres.',
      ],
      ['other', 'Nos stages du printemps ne sont pas encore attribués : envoyez votre candidature.'],
      ['other', "On n'a besoin de personne qui sait déjà tout : postulez à notre poste de serveur."],
      [
        'acknowledgement',
        "Nous avons bien reçu votre candidature. Faute de retour de notre part d'ici un mois, votre candidature ne sera pas retenue.",
      ],
      [
        'acknowledgement',
        "Merci pour votre candidature. Nous avons bien reçu votre dossier et l'étudierons avec attention. Si votre candidature n'est pas retenue, nous vous en informerons.",
      ],
      [
        'interview',
        'Nous aimerions vous inviter à un entretien pour le poste de designer. Merci de nous indiquer vos disponibilités.',
      ],
      [
        'acknowledgement',
        "Nous avons bien reçu votre candidature. Sans réponse de notre part sous trois semaines, vous pourrez considérer que votre candidature n'a pas été retenue.",
      ],
      [
        'alert',
        "Nouvelles offres d'emploi pour vous : une crèche souhaite recruter quelqu'un qui aime les enfants. Postulez maintenant.",
      ],
      [
        'interview',
        'Nous avons retenu des profils dont le vôtre pour la prochaine étape du poste : merci de nous indiquer vos disponibilités.',
      ],
      [
        'interview',
        "Merci pour votre candidature au poste. Nous aurions préféré une autre date pour l'entretien : êtes-vous disponible jeudi à 10h ?",
      ],
      [
        'withdrawal',
        'Nous avons bien noté votre décision de ne pas poursuivre votre candidature, et nous la respectons.',
      ],
      [
        'interview',
        'Nous ne pouvons pas donner suite à toutes les candidatures sans entretien ; nous avons donc le plaisir de vous inviter à un entretien mardi à 10h.',
      ],
      [
        'acknowledgement',
        'Nous avons bien reçu ta candidature au poste. Pas de réponse sous quinze jours ? Ça veut dire que ce ne sera pas pour cette fois.',
      ],
      [
        'offer',
        "Félicitations, voici notre proposition d'embauche pour le poste. Malheureusement, nous ne pouvons pas vous proposer un démarrage avant mars.",
      ],
      [
        'interview',
        "Le poste n'est pas encore pourvu. Nous souhaiterions vous rencontrer mardi à 10h pour un entretien.",
      ],
      [
        'acknowledgement',
        "Merci pour votre candidature. Nous clôturerons le processus pour l'ensemble des candidats d'ici fin juin et reviendrons vers vous.",
      ],
      [
        'assessment',
        "Votre candidature de vendeuse nous a plu. Pourriez-vous venir pour une journée d'essai jeudi de 8h à 12h ?",
      ],
      [
        'alert',
        "J'ai découvert votre profil sur LinkedIn. Pour l'un de mes clients, un industriel lyonnais, je recherche un directeur qualité en CDI.",
      ],
    ],
  },
  {
    lang: 'es',
    rejections: [
      'Gracias por presentarte a la convocatoria. La comisión ha acordado adjudicar la plaza a otra aspirante con más experiencia docente.',
      'Hola Lucía, al final cogimos a otra chavala que vive al lado. Lo siento!',
      'Hola Marta, ya contratamos a otro muchacho para la barra, pero gracias!',
      'Gracias por tu candidatura. Las plazas de prácticas para este verano ya están todas cogidas.',
      'Gracias por su interés. Su solicitud al no cumplir los requisitos ha sido descartada.',
      'El estado de tu candidatura ha cambiado. Nuevo estado: Proceso finalizado – descartado',
      'Gracias por su candidatura. Lamentamos comunicarle que no ha obtenido plaza en este proceso selectivo.',
      'Gracias por tu candidatura. La misión de mozo de almacén en nuestro cliente ha sido cancelada.',
      'Gracias por tu candidatura. El proceso de selección para este puesto ha finalizado.',
      'Gracias por tu candidatura. Estado de tu candidatura: No continúa en el proceso.',
      'Gracias por la entrevista del jueves. Te cuento que finalmente avanzamos con otra persona que ya tiene experiencia en nóminas.',
      'Gracias por su candidatura. La comisión ha resuelto proponer la contratación de la candidata con mayor puntuación; su candidatura ha quedado en cuarto lugar.',
      'Gracias por la clase muestra. Tras la valoración del equipo directivo, la plaza ha sido adjudicada a otra candidata.',
      'Gracias por venir a la prueba para el puesto de patronista. Necesitábamos a alguien a jornada completa y tu horario no cuadraba con el turno.',
      'Gracias por tu candidatura. El cliente ha cancelado la solicitud y ya no quedan vacantes en esta campaña.',
      'Gracias por venir a la entrevista el martes. Al final hemos elegido a una persona que ya conocía la farmacia.',
      'Gracias por tu candidatura. La oferta de mozo de almacén queda sin efecto y de momento no tenemos otra oferta para ti.',
      'Gracias por escribir por el trabajo de verano. Ya estamos completos en cocina y sala.',
      'Gracias por presentarte a la vacante interna. El puesto se lo han dado a Laura, que ya coordinaba el turno.',
      'Gracias por venir a la entrevista. Al final la plaza se la hemos dado a una chica que ya conocía la farmacia.',
      'Gracias por tu candidatura. La dirección ha acordado anular la convocatoria y las solicitudes quedan archivadas sin más trámite.',
      'Gracias por tu candidatura. Las plazas de prácticas para este verano ya están asignadas.',
      'Gracias por tu candidatura. Lamentablemente, en esta ocasión la respuesta es negativa.',
      'Gracias por tu candidatura. Hemos decidido ir en otra dirección para este puesto.',
      'Gracias por tu candidatura espontánea. De momento no estamos buscando a nadie para el taller.',
      'Gracias por tu postulación. Finalmente no se cubrirá la vacante de enfermera este año.',
      'Gracias por las entrevistas. Al final el equipo decidió irse por otro perfil con más experiencia.',
      'Gracias por tu tiempo. Tras la entrevista, no continúas en el proceso de selección.',
      'Le informamos que la vacante fue cancelada, por lo que no se realizará la contratación.',
      'Gracias por tu CV para el puesto. De momento no necesitamos a nadie en la tienda.',
      'Gracias por tu candidatura. La elección ha recaído en otra candidata con más experiencia.',
      'Gracias por tu solicitud para el puesto. Tu solicitud de inclusión en la bolsa de empleo ha quedado excluida.',
      'Gracias por tu interés en el puesto de Desarrollador. Lamentablemente, hemos decidido no continuar con tu candidatura en esta ocasión.',
      'Tras una cuidadosa revisión, le informamos que no ha sido seleccionado para el puesto.',
      'Hemos decidido avanzar con otros candidatos cuyo perfil se ajusta más a lo que buscamos para el puesto.',
      'Farmacia Robles ha revisado tu solicitud para Auxiliar de farmacia y ha decidido no seguir adelante con ella.',
      'Gracias por venir a la entrevista para el puesto. Al final nos quedamos con una persona que ya conocía el programa.',
      'Gracias por tu candidatura para el puesto. Tu candidatura no avanzará a las siguientes fases del proceso.',
      'Gracias por tu candidatura al puesto de Contable. No contaremos contigo para esta posición.',
      'Gracias por tu candidatura. Para este puesto, el cliente ha preferido otro perfil.',
      'Gracias por tu tiempo en el proceso. Al final hemos hecho la oferta a otra candidata.',
      'Gracias por tu candidatura. Hemos decidido ocupar la plaza con una persona del equipo.',
      'Gracias por su candidatura espontánea. En este momento no disponemos de ninguna vacante que se ajuste a su perfil.',
      'Gracias por tu candidatura para la temporada. Este verano ya tenemos todos los puestos de cocina cubiertos.',
      'Gracias por participar en el concurso público para la plaza. El tribunal declaró desierta la plaza.',
      'Gracias por tu candidatura. El cliente optó por un perfil con más años en logística.',
      'Gracias por su candidatura. Tras revisar su perfil, hemos desestimado su candidatura para este puesto.',
      'Gracias por tu candidatura. Por motivos de presupuesto, el puesto no será cubierto este año.',
      'Gracias por tu candidatura. La comisión ha propuesto a otro candidato como adjudicatario de la plaza.',
      'Gracias por su candidatura. Le informamos de que la vacante ha sido anulada por motivos organizativos.',
      'Hola Pablo, la dirección ha decidido cancelar la apertura del puesto. Cerramos el proceso con todas las candidaturas.',
      'Le informamos de que ha obtenido la calificación de no apto en la prueba de conocimientos del proceso selectivo.',
      'Gracias por completar las pruebas del programa de prácticas. Esta vez no sigues adelante en el programa.',
      'Gracias por tu visita a la escuela infantil. Al final hemos elegido a una educadora que ya conoce nuestro proyecto de sus prácticas.',
      'Gracias por tu candidatura al puesto de administrativa. Por el momento hemos cubierto todas las plazas.',
      'Gracias por tu candidatura. Lo siento, pero no podemos incorporarte este verano.',
    ],
    lookalikes: [
      [
        'pause',
        'Gracias por tu candidatura. El proceso para la plaza de Educadora se ha quedado en pausa hasta que el ayuntamiento apruebe el presupuesto. En cuanto tengamos la resolución te llamaremos.',
      ],
      ['other', 'Gracias por tu solicitud. El ayuntamiento adjudicó el contrato de limpieza a otra empresa.'],
      ['other', 'Hola Pablo, ya tenemos a otro chaval en la barra los lunes, así que tu turno es el martes.'],
      [
        'offer',
        'Bienvenida al equipo. Tu puesto de trabajo ya está dado de alta en el sistema y el lunes recibirás el portátil.',
      ],
      [
        'acknowledgement',
        'Hemos recibido tu candidatura. En el portal verás el estado: En revisión. El estado "Descartado" significa que el proceso ha terminado para ti.',
      ],
      [
        'other',
        'Gracias por su candidatura al puesto de técnico. La lista de admitidos está publicada en la web; los aspirantes que no figuren en ella no han sido seleccionados.',
      ],
      ['other', 'Gracias por tu candidatura. Tu misión de mañana ha sido cancelada, vuelves el lunes.'],
      [
        'offer',
        'Gracias por tu candidatura. El proceso de selección ha finalizado y nos complace ofrecerte el puesto.',
      ],
      [
        'other',
        'Gracias por tu candidatura. El proceso de selección aún no ha finalizado; te escribiremos pronto.',
      ],
      [
        'other',
        'Gracias por tu candidatura. Tu candidatura no ha sido descartada; solo nos falta una copia de tu título.',
      ],
      ['other', 'Gracias por escribir. Ya no quedan plazas para el taller de cerámica de enero.'],
      [
        'interview',
        'Gracias por tu candidatura. Hemos elegido a una persona que ya te conoce para hacerte la entrevista el martes.',
      ],
      [
        'other',
        'Gracias por tu candidatura. Si la plaza se asigna a otra persona, te lo comunicaremos; de momento seguimos revisando las solicitudes recibidas.',
      ],
      [
        'acknowledgement',
        'Hemos recibido tu candidatura. Si la respuesta es negativa, te lo comunicaremos por correo.',
      ],
      [
        'offer',
        '¡Enhorabuena! Has sido seleccionado para el puesto. Los demás candidatos no continúan en el proceso.',
      ],
      [
        'acknowledgement',
        'Todavía no hemos cubierto la vacante; seguimos revisando candidaturas y revisaremos tu perfil esta semana.',
      ],
      [
        'interview',
        'Gracias por tu CV para el puesto. No necesitamos a nadie que lo sepa todo: la entrevista es el lunes a las 10:00.',
      ],
      [
        'acknowledgement',
        'Hemos recibido tu candidatura para el puesto. De no recibir noticias en un mes, entiende que no has sido seleccionada.',
      ],
      [
        'acknowledgement',
        'Hemos recibido tu candidatura para el puesto de Analista. Si no has sido seleccionado, te lo haremos saber por correo.',
      ],
      [
        'interview',
        'Nos gustaría invitarte a una entrevista para el puesto. Por favor, indícanos tu disponibilidad.',
      ],
      [
        'interview',
        'Gracias por tu candidatura para el puesto. Nos quedamos con la impresión de que encajas y queremos invitarte a una entrevista el lunes.',
      ],
      [
        'withdrawal',
        'Gracias por avisarnos. Qué pena no seguir en el proceso de selección para el puesto, pero respetamos tu decisión.',
      ],
      [
        'interview',
        'Gracias por tu candidatura. La entrevista no ha podido ser confirmada para el lunes; te proponemos el martes a las 10:00.',
      ],
      [
        'acknowledgement',
        'Hemos recibido tu candidatura para el puesto. Si no tienes noticias en 15 días, quiere decir que esta vez no ha podido ser.',
      ],
      [
        'interview',
        'El puesto aún no está cubierto. Queremos invitarte a una entrevista el jueves a las 11:00.',
      ],
      [
        'withdrawal',
        'Te confirmamos que tu candidatura al puesto de Analista ha sido retirada a petición tuya.',
      ],
      [
        'other',
        'Hola Pablo, gracias por tu candidatura. Cerraremos el proceso con todos los candidatos antes de fin de mes y te diremos algo.',
      ],
      [
        'other',
        'Hola Pablo, gracias por tu candidatura. Hemos decidido cerrar el proceso de inscripción y empezar las entrevistas la semana próxima.',
      ],
      [
        'assessment',
        'Nos gustó tu candidatura de camarera. ¿Podrías venir a un día de prueba el jueves de 10 a 14 h?',
      ],
      [
        'alert',
        'He visto tu perfil en LinkedIn. Para un cliente del sector de la automoción busco un director de calidad para un puesto indefinido.',
      ],
    ],
  },
  {
    lang: 'nl',
    rejections: [
      'Bedankt voor je reactie op de vacature Heftruckchauffeur. Helaas kunnen we je op dit moment niet plaatsen bij onze opdrachtgever.',
      'Bedankt voor je sollicitatie. De opdracht als orderpicker bij onze klant in Tilburg is helaas geannuleerd.',
      'De status van je sollicitatie is gewijzigd. Nieuwe status: Afgerond – niet geselecteerd',
      'Bedankt voor je sollicitatie. We hebben de plek aan een oud-stagiair gegeven.',
      'Bedankt voor het gesprek. Het is helaas iemand anders geworden.',
      'Bedankt voor je sollicitatie. Je bent helaas niet hoog genoeg geëindigd in de selectie.',
      'Bedankt voor je sollicitatie. De selectieprocedure voor deze functie is inmiddels afgerond.',
      'Bedankt voor je sollicitatie. Status van je sollicitatie: niet verder.',
      'Dank je wel voor het tweede gesprek. We kiezen ervoor om het traject met een andere kandidaat voort te zetten.',
      'Bedankt voor je sollicitatie. Vanwege een vacaturestop sluiten we alle lopende sollicitaties, waaronder de jouwe, af.',
      'Bedankt voor je sollicitatie. De stageplekken voor het voorjaar zijn helaas al weg.',
      'Bedankt voor uw sollicitatie. U bent helaas niet toegelaten tot de selectiedag van het traineeship.',
      'Dank voor je sollicitatie en je komst dinsdag. Uiteindelijk hebben we een collega gekozen die al bij ons invalt.',
      'Bedankt voor je bericht over vakantiewerk. Voor deze zomer zitten we al vol.',
      'Dank voor je sollicitatie op de interne vacature. De functie is naar Fleur gegaan, die het team al aanstuurde.',
      'Dank voor je sollicitatie. De klant heeft de aanvraag ingetrokken, de functie gaat dus niet door.',
      'Dank voor je sollicitatie voor het plukseizoen. We hebben onze vaste ploeg terug en nemen dit jaar niemand nieuw aan.',
      'Dank voor je reactie op de interne vacature. We hebben de gesprekken afgerond en gaan met Esra verder.',
      'Dank voor je deelname aan de assessmentdag. Helaas kunnen we je geen plek in het traineeship aanbieden.',
      'Bedankt voor je sollicitatie voor een stage. Onze stageplekken voor dit najaar zijn helaas al bezet.',
      'Bedankt voor je sollicitatie. Andere sollicitaties sloten beter aan bij de functie.',
      'Dank voor het tweede gesprek. Helaas is het een andere kandidaat geworden.',
      'Bedankt voor je open sollicitatie. Op dit moment hebben we geen vacatures.',
      "Bedankt voor je open sollicitatie. We zijn momenteel niet op zoek naar nieuwe collega's.",
      'Bedankt voor het gesprek. We hebben besloten je niet door te laten gaan naar de laatste ronde.',
      'Dank voor uw sollicitatie. Wij hebben besloten u niet mee te nemen in de volgende ronde.',
      'Leuk dat je aan ons denkt voor een baan! We hebben op dit moment niemand nodig.',
      'Bedankt voor je sollicitatie. Je doet helaas niet meer mee in de selectie.',
      'Dank u voor uw kandidatuur voor de functie. Uw kandidatuur werd niet weerhouden.',
      'Bedankt voor je sollicitatie. We kunnen je jammer genoeg geen job aanbieden deze zomer.',
      'Bedankt voor je sollicitatie voor de functie van Developer. Helaas moeten we je laten weten dat we niet verder gaan met je sollicitatie.',
      'Na zorgvuldige overweging hebben we voor de functie gekozen voor een andere kandidaat.',
      'Bedankt voor je sollicitatie. Helaas is de vacature inmiddels vervuld.',
      'Tot onze spijt moeten wij u mededelen dat u niet bent uitgenodigd voor een gesprek voor de functie.',
      'Bedankt voor het gesprek over de functie. We gaan verder met iemand die meer ervaring heeft met klantcontact.',
      'Bedankt voor je sollicitatie. Je sollicitatie heeft helaas niet geleid tot een uitnodiging voor een gesprek.',
      'Bedankt voor je sollicitatie als boekhouder. Je profiel sluit onvoldoende aan bij de functie-eisen.',
      'Bedankt voor je sollicitatie. We hebben het aanbod gedaan aan een andere kandidaat.',
      'Bedankt voor het gesprek. We hebben besloten verder te gaan met een kandidaat die meer ervaring heeft.',
      'Bedankt voor uw kandidatuur. Uiteindelijk werd een andere kandidate weerhouden voor de betrekking.',
      'Bedankt voor je sollicitatie als bakker. We hebben de vakantiejob vergeven aan iemand uit de buurt.',
      'Bedankt voor uw open sollicitatie. Helaas hebben wij momenteel geen geschikte functie voor u.',
      'Bedankt voor je kandidatuur. Er is intussen een passende kandidaat gevonden voor deze job.',
      'Bedankt voor uw kandidatuur voor de functie. De jury heeft beslist het onderzoeksmandaat aan een andere kandidaat toe te kennen.',
      'Bedankt voor je sollicitatie. Helaas, het is je deze keer niet geworden.',
      'Bedankt voor je sollicitatie. Helaas ben je afgevallen in de eerste selectieronde.',
      'Bedankt voor je sollicitatie. Door een reorganisatie wordt de vacature niet vervuld.',
      'Bedankt voor je sollicitatie! We gaan voor iemand anders, sorry.',
      'Bedankt voor je sollicitatie! We gaan het helaas niet met je doen.',
      'Bedankt voor je sollicitatie. Door een reorganisatie is de vacature komen te vervallen.',
      'Beste Tim, de opdrachtgever heeft de aanvraag voor heftruckchauffeurs ingetrokken. We hebben op dit moment geen vergelijkbare opdracht voor je.',
      'Hoi Sanne, bedankt voor je sollicitatie. De plek is inmiddels al vergeven, sorry.',
      'Hoi Sanne, bedankt voor je sollicitatie. De directie heeft helaas besloten de vacature in te trekken.',
      'Dank voor je sollicitatie en de proefopdracht. Uiteindelijk gaf de beschikbaarheid de doorslag, en dat paste niet met jouw rooster.',
      'Dank voor je bezoek aan de opvang. Het was een lastige keuze, maar we hebben gekozen voor een pedagogisch medewerker die ons al kent van haar stage.',
      'Bedankt voor je sollicitatie als monteur. Jammer genoeg gaat het hem niet worden.',
    ],
    lookalikes: [
      [
        'other',
        'Bedankt voor je bericht. We kunnen je advertentie helaas niet plaatsen, want de foto ontbreekt.',
      ],
      [
        'other',
        'Bedankt voor je interesse in het appartement. Helaas is het toegewezen aan een andere kandidaat.',
      ],
      ['other', 'Hoi Sem, je opdracht bij DHL van morgen is geannuleerd, maandag gewoon weer beginnen.'],
      [
        'acknowledgement',
        'Bedankt voor je sollicitatie, we hebben hem ontvangen. In het portaal zie je de status: In behandeling. De status "Afgewezen" betekent dat de procedure voor jou stopt.',
      ],
      [
        'other',
        'Bedankt voor je sollicitatie als technicus. De lijst staat online; kandidaten die er niet op staan, zijn niet geselecteerd.',
      ],
      [
        'other',
        'Bedankt voor je sollicitatie. De procedure is afgerond: je account is aangemaakt en je kunt je cv uploaden.',
      ],
      [
        'other',
        'Bedankt voor je sollicitatie. De selectieprocedure is nog niet afgerond, we laten je snel iets weten.',
      ],
      [
        'interview',
        'Bedankt voor je sollicitatie. Je bent niet afgevallen, we nodigen je uit voor een tweede gesprek op maandag.',
      ],
      [
        'pause',
        'Bedankt voor je sollicitatie. We hebben de vacature even gepauzeerd. Je bent zeker niet afgewezen, we willen graag met je verder zodra we groen licht hebben.',
      ],
      [
        'acknowledgement',
        'We hebben je sollicitatie in goede orde ontvangen. We sluiten de sollicitatieperiode op 1 maart en plannen daarna gesprekken.',
      ],
      [
        'other',
        'Dank voor je sollicitatie. Dinsdag zitten we al vol, kun je woensdag om 10 uur langskomen voor een gesprek?',
      ],
      ['other', 'Dank voor je sollicitatie. De functie gaat naar Utrecht, die vestiging groeit.'],
      [
        'interview',
        'Dank voor je sollicitatie. De functie gaat gewoon door en we nodigen je graag uit voor een gesprek op dinsdag.',
      ],
      [
        'interview',
        'We nodigen je uit voor een tweede gesprek op maandag. Vergeet niet je paspoort mee te nemen naar het gesprek.',
      ],
      [
        'acknowledgement',
        'We hebben je sollicitatie in goede orde ontvangen. Zonder bericht binnen vier weken kun je ervan uitgaan dat je niet bent geselecteerd.',
      ],
      [
        'acknowledgement',
        'Bedankt voor je sollicitatie, we hebben deze in goede orde ontvangen. Mocht je niet geselecteerd worden, dan laten we je dat weten.',
      ],
      [
        'interview',
        'We willen je graag uitnodigen voor een gesprek over de vacature. Wat is je beschikbaarheid?',
      ],
      [
        'acknowledgement',
        'We hebben je sollicitatie in goede orde ontvangen. Binnen twee weken hoor je of je wel of niet wordt uitgenodigd voor een gesprek.',
      ],
      [
        'interview',
        'Helaas zijn we er niet in geslaagd je te bereiken. We nodigen je graag uit voor een gesprek voor de functie op maandag om 10:00.',
      ],
      [
        'acknowledgement',
        'We hebben je sollicitatie in goede orde ontvangen. We zitten momenteel vol met sollicitaties, dus het bekijken duurt iets langer.',
      ],
      [
        'withdrawal',
        'Wij hebben uw bericht ontvangen waarin u laat weten niet verder te willen gaan met de sollicitatie.',
      ],
      [
        'other',
        'Rond de test voor je sollicitatie vóór vrijdag af; anders kunnen we je sollicitatie helaas niet verder in behandeling nemen.',
      ],
      [
        'acknowledgement',
        'We hebben je sollicitatie voor de functie in goede orde ontvangen. Word je niet gekozen voor een gesprek, dan laten we dat ook weten.',
      ],
      [
        'pause',
        'Dank voor je sollicitatie. De werving voor deze functie staat voorlopig on hold, tot na de zomer.',
      ],
      [
        'interview',
        'De vacature is nog niet vervuld. We nodigen je graag uit voor een gesprek op dinsdag om 14:00.',
      ],
      [
        'assessment',
        'Leuk dat je hebt gesolliciteerd als barista. Kun je donderdag een proefdag komen draaien van 9 tot 13 uur?',
      ],
      [
        'alert',
        'Ik kwam je profiel tegen op LinkedIn. Voor een van mijn opdrachtgevers in de regio Eindhoven zoek ik een hoofd kwaliteit voor een vaste functie.',
      ],
      [
        'other',
        'Deze week in onze nieuwsbrief: hoe ga je om met een afwijzing na een sollicitatiegesprek en vijf tips voor een sterk cv.',
      ],
      [
        'interview',
        'Bedankt voor je sollicitatie. Je beschikbaarheid paste niet bij het voorgestelde tijdstip. Kun je donderdag om 10 uur langskomen voor een gesprek?',
      ],
    ],
  },
  {
    lang: 'pt',
    rejections: [
      'Valeu pela conversa! Mas fechamos com uma pessoa mais experiente em vendas.',
      'O status da sua candidatura foi atualizado. Novo status: Encerrado – não selecionado',
      'Obrigada pela candidatura. A vaga ficou com uma colega da casa.',
      'Obrigada pela candidatura à vaga de professora de Matemática. Informamos que não foi colocada no concurso deste ano.',
      'Obrigado pela sua candidatura. A missão de operador de armazém no nosso cliente foi cancelada e não temos outra colocação para si.',
      'Obrigado pela sua candidatura. O cliente cancelou o pedido e a colocação não vai avançar.',
      'Obrigado pela sua candidatura. Status da candidatura: não avançou no processo.',
      'Obrigado pela sua participação. O processo seletivo para Consultor de Vendas foi encerrado.',
      'Obrigado pela sua candidatura ao concurso para a vaga de Professor Auxiliar. O júri deliberou a exclusão da sua candidatura na fase de admissão.',
      'Obrigado pelo dia experimental. No fim ficámos com um rapaz que já trabalhava com esta marca.',
      'Obrigado pela candidatura. Devido ao congelamento das contratações, todas as candidaturas em curso, incluindo a sua, foram encerradas.',
      'Obrigada pela entrevista de terça. No fim escolhemos uma pessoa que já conhecia a farmácia.',
      'Obrigado pela candidatura interna. A vaga ficou para a Sara, que já liderava a equipa.',
      'Obrigado pela candidatura para o trabalho de verão na esplanada. Para esta época já estamos completos.',
      'Obrigada pela entrevista. Depois de muito pensar, decidimos avançar com uma farmacêutica que já trabalhou connosco.',
      'Obrigado pela candidatura interna. Para a vaga de coordenador, a direção escolheu o Hugo.',
      'Obrigada pela sua candidatura à bolsa. A bolsa foi atribuída a outra candidata.',
      'Obrigado pela sua candidatura à vaga de operador. O cliente cancelou o pedido e a oferta ficou sem efeito.',
      'Obrigada pelo contacto sobre a vindima, mas este ano já temos o pessoal todo.',
      'Oi João, obrigado pela sua candidatura. Infelizmente não temos boas notícias desta vez.',
      'Obrigado pela sua candidatura. Outras candidaturas correspondiam melhor ao perfil pretendido.',
      'Obrigada pela candidatura espontânea. Neste momento não estamos a recrutar.',
      'Obrigado pelo seu currículo. No momento não temos vagas abertas na loja.',
      'Obrigada pelo seu currículo. Já preenchemos a vaga de pasteleiro.',
      'Valeu pela entrevista! No fim a gente ficou com outra pessoa que já conhecia o sistema.',
      'Agradecemos o envio do seu currículo. De momento não precisamos de ninguém na loja.',
      'Obrigado pela sua candidatura. Infelizmente, você não segue no processo seletivo.',
      'Obrigado pela candidatura à vaga. A escolha recaiu sobre outro candidato.',
      'Oi! Então, a gente acabou fechando a vaga com uma pessoa que já conhecia o nicho.',
      'Obrigado pelo seu interesse na vaga de Desenvolvedor. Infelizmente, não seguiremos com a sua candidatura neste momento.',
      'Após análise cuidadosa, informamos que você não foi selecionado para a próxima etapa do processo seletivo.',
      'Decidimos seguir com outros candidatos cujo perfil está mais alinhado com a vaga.',
      'Infelizmente você não avançou para a próxima etapa do processo seletivo.',
      'Obrigado pela entrevista para a vaga. A coordenadora optou por seguir com uma pessoa que já tinha experiência no sistema.',
      'Analisamos sua candidatura e, por enquanto, você não seguirá para as próximas etapas do processo seletivo.',
      'Lamentamos informar que a sua candidatura à vaga de Contabilista não foi bem-sucedida.',
      'Obrigado pela candidatura. Para esta vaga, o gestor preferiu outro candidato com mais experiência em vendas.',
      'Obrigado pela candidatura. Acabámos por fazer a proposta a outra pessoa para a vaga.',
      'Agradecemos a sua candidatura espontânea. De momento não temos nenhuma vaga adequada ao seu perfil.',
      'Obrigado pela sua candidatura. A vaga acabou sendo preenchida internamente.',
      'Novo estado da candidatura (Rececionista): Não selecionado.',
      'Obrigado pela sua candidatura. O cliente decidiu seguir com outro profissional para a posição.',
      'Obrigado pela sua candidatura. O processo seletivo para a vaga de Motorista foi cancelado.',
      'Obrigado pela sua candidatura. Infelizmente não poderemos contar com você neste momento.',
      'Obrigado pela sua candidatura. Por questões de orçamento, a vaga não será preenchida este ano.',
      'Valeu pela candidatura! Vamos fechar com outra pessoa dessa vez.',
      'Obrigado pela sua candidatura. A vaga foi retirada devido a uma reestruturação interna.',
      'Oi Felipe, depois da reestruturação, estamos encerrando o processo seletivo com todos os candidatos.',
      'Prezado candidato, conforme o resultado final do concurso para o cargo de analista, V.Sa. não obteve classificação dentro do número de vagas, tendo sido eliminado na prova discursiva.',
      'Oi Felipe, o cliente cancelou a vaga de operador de empilhadeira. No momento não temos outra vaga parecida para você.',
      'Olá Rui, obrigado pela sua candidatura. A administração optou por não preencher a vaga de analista este ano.',
      'Obrigada pela experiência no sábado. Infelizmente não vamos avançar, precisamos de alguém às manhãs.',
    ],
    lookalikes: [
      ['other', 'Olá Ana, fechamos com um cliente novo em São Paulo e a vaga de analista continua aberta.'],
      [
        'acknowledgement',
        'Recebemos a sua candidatura. No portal verá o status: Em análise. O status "Reprovado" significa que o processo terminou para si.',
      ],
      [
        'other',
        'Obrigado pela candidatura à vaga de Professor Adjunto. O resultado final foi publicado no site; candidatos não constantes da lista de aprovados não foram selecionados.',
      ],
      [
        'other',
        'Obrigado pela sua candidatura. A sua missão atual foi cancelada a partir de sexta, como combinado.',
      ],
      [
        'other',
        'Obrigado pela sua candidatura. O processo seletivo ainda não foi encerrado, daremos retorno em breve.',
      ],
      [
        'interview',
        'Obrigado pela sua candidatura. O processo seletivo foi encerrado. Gostaríamos de te convidar para uma entrevista na quinta às 15h.',
      ],
      [
        'other',
        'Obrigado pela candidatura. A sua candidatura não foi recusada, falta apenas o certificado de habilitações.',
      ],
      [
        'acknowledgement',
        'Obrigado pela candidatura. As inscrições do processo seletivo foram encerradas e agora vamos analisar os currículos.',
      ],
      [
        'interview',
        'Obrigada pela candidatura. Escolhemos uma pessoa que já conhece a farmácia para a receber na entrevista de terça.',
      ],
      [
        'interview',
        'Obrigado pela candidatura. A vaga ficou para a semana que vem: a entrevista será na segunda às 10h.',
      ],
      [
        'interview',
        'Obrigado pela candidatura. A direção escolheu a data da entrevista: quinta-feira às 10h.',
      ],
      ['offer', 'Parabéns! Você foi aprovado para a vaga. Os outros candidatos não seguem no processo.'],
      ['other', 'Ainda não preenchemos a vaga e continuamos a analisar candidaturas para o cargo.'],
      ['alert', 'Não temos vagas novas para o seu alerta hoje. Confira outras vagas recomendadas.'],
      ['alert', 'Não precisamos de ninguém que saiba tudo: candidate-se já à vaga de rececionista!'],
      [
        'acknowledgement',
        'Recebemos sua candidatura para a vaga. Não havendo contato em 20 dias, entenda que você não foi selecionada.',
      ],
      [
        'acknowledgement',
        'Recebemos sua candidatura para a vaga de Analista. Caso você não seja selecionado, enviaremos um e-mail.',
      ],
      [
        'interview',
        'Gostaríamos de convidar você para uma entrevista para a vaga. Qual a sua disponibilidade?',
      ],
      [
        'interview',
        'Acabamos escolhendo a data que você sugeriu para a entrevista da vaga: quinta-feira às 15h.',
      ],
      [
        'withdrawal',
        'Obrigado por avisar. Pena não continuarmos o processo seletivo, mas respeitamos a sua decisão.',
      ],
      [
        'pause',
        'O processo seletivo para a vaga está suspenso até a aprovação do orçamento. Retornaremos assim que possível.',
      ],
      [
        'acknowledgement',
        'Recebemos sua candidatura para a vaga. Se não receber retorno em 15 dias, quer dizer que não foi dessa vez.',
      ],
      [
        'interview',
        'A vaga ainda não foi preenchida. Gostaríamos de te convidar para uma entrevista na quinta às 15h.',
      ],
      [
        'other',
        'Prezado candidato, informamos que você não foi eliminado e segue para a próxima etapa do concurso para o cargo de analista.',
      ],
      [
        'other',
        'Oi Felipe, obrigado pela candidatura. Vamos finalizar o processo com todos os candidatos até sexta e retornaremos.',
      ],
      [
        'assessment',
        'Gostamos da sua candidatura para atendente. Pode vir fazer um dia de experiência na quinta, das 8h às 12h?',
      ],
      [
        'alert',
        'Vi seu perfil no LinkedIn. Para um cliente do setor automotivo estou buscando um gerente de qualidade para uma vaga efetiva.',
      ],
    ],
  },
];

for (const { lang, rejections, lookalikes } of LANGUAGES) {
  describe(`${lang} rejections`, () => {
    it.each(rejections)('%s', (text) => {
      expect(run(text)).toMatchObject({ rejection: true, kind: 'rejection', language: lang });
    });
  });

  describe(`${lang} look-alikes`, () => {
    it.each(lookalikes)('is %s: %s', (kind, text) => {
      expect(run(text)).toMatchObject({ rejection: false, kind, language: lang });
    });
  });
}

describe('subjects that are the news themselves', () => {
  const mail = (subject: string, text: string) =>
    detect({ from: 'Personal <jobs@beispiel.de>', subject, text });

  it.each([
    [
      'de',
      'Absage Ihrer Bewerbung als Buchhalterin',
      'Vielen Dank für Ihr Interesse an unserem Unternehmen. Für Ihren weiteren Berufsweg wünschen wir Ihnen alles Gute.',
    ],
    [
      'fr',
      'Refus de votre candidature',
      "Nous vous remercions de l'intérêt porté à notre société et vous souhaitons bonne chance dans vos recherches.",
    ],
    [
      'es',
      'Rechazo de candidatura',
      'Gracias por tu interés en nuestra empresa. Te deseamos mucha suerte en tu búsqueda.',
    ],
    [
      'pt',
      'Reprovação da candidatura',
      'Agradecemos o seu interesse na nossa empresa e desejamos boa sorte na sua busca.',
    ],
  ])('%s: %s', (lang, subject, text) => {
    expect(mail(subject, text)).toMatchObject({ rejection: true, kind: 'rejection', language: lang });
  });

  it('does not read a cancelled interview as a rejection', () => {
    const verdict = mail(
      'Absage Vorstellungsgespräch',
      'Sehr geehrte Frau Ott, leider müssen wir das Vorstellungsgespräch am Montag absagen. Können Sie stattdessen am Mittwoch um 10 Uhr?',
    );
    expect(verdict.rejection).toBe(false);
  });
});

describe('subjects that answer the reader’s own application or name the post closed', () => {
  const mail = (subject: string, text: string) =>
    detect({ from: 'Personal <jobs@beispiel.de>', subject, text });

  it.each([
    [
      'de',
      'AW: Bewerbung als Verkäuferin',
      'Hallo Frau Braun, die Stelle ist leider schon vergeben. Trotzdem danke und alles Gute!',
    ],
    [
      'de',
      'Update zur Position Data Analyst',
      'Hallo Jonas, wir haben entschieden, die Position Data Analyst nicht zu besetzen. Alles Gute!',
    ],
    [
      'fr',
      'RE: Candidature vendeuse',
      'Bonjour Madame Petit, le poste est déjà pourvu, désolée. Bonne continuation !',
    ],
    ['es', 'RE: Candidatura camarero', 'Hola Javier, la plaza ya está cubierta, perdona. Mucha suerte.'],
    [
      'nl',
      'Re: Sollicitatie verkoopmedewerker',
      'Hoi Sanne, de vacature is helaas al vervuld. Bedankt en succes!',
    ],
    [
      'nl',
      'Update over de vacature UX-researcher',
      'Beste Jeroen, door een reorganisatie is de vacature ingetrokken. Veel succes!',
    ],
    [
      'pt',
      'RE: Candidatura auxiliar de cozinha',
      'Olá Joana, a vaga já foi preenchida, desculpe. Boa sorte!',
    ],
    [
      'pt',
      'Vaga de Product Manager cancelada',
      'Oi Felipe, a diretoria decidiu cancelar a abertura da vaga de Product Manager. Sinto muito mesmo.',
    ],
  ])('%s: %s', (lang, subject, text) => {
    expect(mail(subject, text)).toMatchObject({ rejection: true, kind: 'rejection', language: lang });
  });

  it('does not read a reply that only confirms the application arrived as a rejection', () => {
    const verdict = mail(
      'AW: Bewerbung als Lagerist',
      'Guten Tag Herr Yilmaz, vielen Dank für Ihre Bewerbung. Ihre Unterlagen sind eingegangen, wir melden uns in zwei Wochen.',
    );
    expect(verdict).toMatchObject({ rejection: false, kind: 'acknowledgement' });
  });
});
