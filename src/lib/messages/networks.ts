// Text of the networks, their gatherings and the participation criteria (bokmål).
import type { GatheringPart } from "@/domain/networks";

export const networkKindLabel = {
  SKOLELEDERNETTVERK: "Skoleledernettverk",
  SFO_LEDERNETTVERK: "SFO-ledernettverk",
  DIGITAL_KOMPETANSE: "Fagnettverk: digital kompetanse",
  FAGSAMLINGER: "Fagnettverk: fagsamlinger",
  SKOLEBASERT_TILTAK: "Skolebasert tiltak",
} as const;

/** Who each participation criterion of seed 001 §3.7.1 is for, as the heading over its group. */
export const criterionAudienceLabel = {
  SKOLE: "Skoleeier og rektor sørger for at skolen",
  DELTAKER: "Deltakerne skal",
  OVRIGE_ANSATTE: "Øvrige ansatte i skole og SFO skal",
} as const;

export const gatheringPartLabel: Record<GatheringPart, string> = {
  faglige: "1. Faglige innlegg",
  innblikk: "2. Innblikk i andres praksis",
  erfaring: "3. Erfaringsdeling og utvikling av ny praksis",
  veienVidere: "4. Blikk mot framtiden / veien videre",
};

export const networkText = {
  stale: "Nettverket er endret av noen andre mens du hadde siden åpen. Se over det slik det er nå, og prøv igjen.",
  staleGathering: "Samlingen er endret av noen andre mens du hadde siden åpen. Se over den slik den er nå, og prøv igjen.",
  saved: (name: string) => `${name} er lagret.`,
  created: (name: string) => `Nettverket ${name} er opprettet.`,
  unknownSchool: "Velg en skole i regionen.",
  alreadyIn: (school: string) => `${school} er allerede med i nettverket.`,
  participantAdded: (name: string, network: string) => `${name} er lagt til i ${network}.`,
  participantRemoved: (name: string, network: string) => `${name} er fjernet fra ${network}.`,
  partsMissing: "Samlingen mangler deler av dialogkonferansemodellen. Beskriv alle fire delene.",
  partMissing: (part: string) => `Beskriv «${part}» (minst 3 tegn).`,
  gatheringSaved: (title: string) => `Samlingen «${title}» er lagret.`,
  unknownParticipant: "En av deltakerne hører ikke til nettverket. Last siden på nytt og prøv igjen.",
  attendanceSaved: (present: number, of: number) => `Oppmøte er registrert: ${present} av ${of} deltakere.`,
  unknownCriterion: "Et av kriteriene hører ikke til regionen. Last siden på nytt og prøv igjen.",
  criteriaSaved: (school: string, n: number, of: number) => `${school} har bekreftet ${n} av ${of} kriterier.`,
};

export const networkFormText = {
  name: "Navn på nettverket",
  kind: "Type nettverk",
  targetGroup: "Målgruppe",
  targetGroupHelp: "For eksempel «Rektorer og inspektører i grunnskolen».",
  rhythm: "Samlingsrytme",
  rhythmHelp: "For eksempel «To-dagers samling hvert halvår».",
  inDekom: "Del av DEKOM (i partnerskap med UH, rapporteres til Statsforvalteren)",
  save: "Lagre nettverket",
  create: "Opprett nettverket",
};

export const networkPageText = {
  mySide: "Min side",
  listTitle: "Nettverk",
  listHeading: (region: string) => `Nettverk i ${region}`,
  none: "Regionen har ingen nettverk ennå.",
  network: "Nettverk",
  kind: "Type",
  participants: "Deltakere",
  gatherings: "Samlinger",
  next: "Neste samling",
  noneNext: "Ingen planlagt",
  createHeading: "Opprett et nettverk",
};

export const networkDetailText = {
  school: "Skole",
  noSchool: "Ingen skole (en person)",
  person: "Eller en person",
  personHelp: "Navn og rolle, for eksempel «Ola Nordmann, ressurslærer».",
  addParticipant: "Legg til deltaker",
  remove: "Fjern",
  removeQuestion: (name: string) => `Fjerne ${name} fra nettverket?`,
  removeConfirm: "Ja, fjern",
  confirmFor: (school: string) => `Lagre sjekklisten for ${school}`,
  title: "Navn på samlingen",
  date: "Dato",
  days: "Antall dager",
  place: "Sted",
  partsLegend: "Dialogkonferansemodellen: hva skjer i hver del",
  saveGathering: "Lagre samlingen",
  addGathering: "Legg til samlingen",
  present: "Til stede",
  saveAttendance: "Lagre oppmøtet",
  kind: "Type",
  targetGroup: "Målgruppe",
  rhythm: "Samlingsrytme",
  inDekom: "Del av DEKOM",
  yes: "Ja",
  no: "Nei",
  participantsHeading: "Deltakere",
  participantsCaption: (n: string) => `Deltakere i ${n}`,
  name: "Deltaker",
  owner: "Skoleeier",
  criteria: "Kriterier for deltakelse",
  criteriaOf: (done: number, total: number) => `${done} av ${total} bekreftet`,
  criteriaComplete: "Alle bekreftet",
  noParticipants: "Nettverket har ingen deltakere ennå.",
  checklistHeading: "Sjekkliste: kriterier for deltakelse",
  checklistIntro: "Hver skole som deltar, bekrefter at den oppfyller kriteriene for deltakelse i nettverk og fagsamlinger (seed 001 §3.7.1).",
  checklistFor: (school: string) => `Sjekkliste for ${school}`,
  gatheringsHeading: "Samlinger",
  noGatherings: "Ingen samlinger er planlagt.",
  attendance: (present: number, of: number, percent: number) => `Oppmøte: ${present} av ${of} (${percent} %)`,
  editGathering: (title: string) => `Endre «${title}» og registrer oppmøte`,
  addGatheringHeading: "Planlegg en samling",
  editNetwork: "Endre nettverket",
  networksOf: (region: string) => `Nettverk i ${region}`,
  days_: (n: number) => (n === 1 ? "1 dag" : `${n} dager`),
};

