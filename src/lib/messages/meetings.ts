// Text of meetings: planning, agenda, attendance and the approval of minutes (bokmål).
import type { MeetingProblem, MinutesProblem } from "@/domain/meetings";

export const meetings = {
  forbidden: "Bare møtelederen, arbeidsutvalget eller den som setter opp forumet kan planlegge møtene.",
  problem: (p: MeetingProblem) => {
    switch (p.code) {
      case "in-the-past": return "Møtet kan ikke legges til et tidspunkt som har vært. Velg en dato og et klokkeslett fram i tid.";
      case "too-far-ahead": return `Møtet kan legges høyst ${p.years} år fram i tid.`;
      case "no-place": return "Skriv hvor møtet holdes, eller en lenke til videomøtet.";
    }
  },
  dateInvalid: "Datoen eller klokkeslettet finnes ikke. Skriv datoen som dd.mm.åååå og klokkeslettet som tt.mm, for eksempel 4.12.2026 og 09.00.",
  videoLink: "Lenken til videomøtet må begynne med https://.",
  created: (title: string) => `${title} er opprettet. Sett opp sakslisten, og publiser den når den er klar.`,
  saved: (title: string) => `Endringene i ${title} er lagret.`,
  stale: "Noen andre har endret møtet mens du hadde det åpent. Se over og prøv igjen.",
  agendaLocked: "Møtet har startet; sakslisten kan ikke endres lenger.",
  emptyAgenda: "Sakslisten er tom. Sett opp minst én sak før du publiserer.",
  published: (title: string) => `Sakslisten for ${title} er publisert og vises for alle.`,
  alreadyPublished: "Sakslisten er allerede publisert.",
  cannotMove: "Saken kan ikke flyttes lenger den veien.",
  moved: (number: string) => `Sak ${number} er flyttet.`,
  attendanceNotStarted: "Oppmøtet registreres når møtet har startet.",
  attendanceUnknownMember: "Listen inneholder noen som ikke er medlem av forumet. Last siden på nytt.",
  attendanceSaved: (present: number, total: number) => `Oppmøtet er registrert: ${present} av ${total} medlemmer til stede.`,
  minutes: {
    "other-body": "Protokollen er fra et annet forum.",
    "not-earlier": "Bare protokoller fra tidligere møter kan godkjennes i dette møtet.",
    "not-held": "Møtet er ikke holdt ennå.",
    "already-approved": "Protokollen er allerede godkjent.",
  } satisfies Record<MinutesProblem, string>,
  minutesApproved: (title: string) => `Protokollen fra ${title} er godkjent.`,
  caseNumberTaken: (n: string) => `Sak ${n} finnes allerede i møtet.`,
  quorum: (q: { present: number; required: number | null; quorate: boolean | null }) =>
    q.quorate === null ? `${q.present} stemmeenheter til stede. Forumet har ingen regel om beslutningsdyktighet.`
      : q.quorate ? `Beslutningsdyktig: ${q.present} stemmeenheter til stede (minst ${q.required}).`
      : `Ikke beslutningsdyktig: ${q.present} stemmeenheter til stede (minst ${q.required}).`,
};

/** Turnout under a round's result. */
export const turnoutText = (voted: number, voters: number) => `${voted} av ${voters} stemmeberettigede har stemt.`;

/** The year choice of a meetings list. */
export const meetingListText = {
  none: (year: number) => `Ingen møter i ${year}.`,
} as const;

/** Who has voted while a round is open (never what). */
export const voterStatusText = {
  label: "Hvem som har stemt",
  caption: (voted: number, voters: number) => `Har stemt: ${voted} av ${voters}`,
  unit: "Stemme",
  status: "Status",
  voted: (by: string) => `Har stemt (${by})`,
  notYet: "Ikke stemt ennå",
  you: "deg",
} as const;
