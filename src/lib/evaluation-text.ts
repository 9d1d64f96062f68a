// Labels and guidance for the evaluation form. Seed 000, «Evaluering»: the regions evaluate their own
// development work on Effekt/Resultat, Prosess and Struktur, and report to the Samarbeidsforum.
export const dimensionText = {
  effect: { label: "Effekt/resultat", guidance: "Hva ble gjort, og hva endret seg for elevene og de ansatte? Vis gjerne til kartlegginger, elevundersøkelser eller andre spor." },
  process: { label: "Prosess", guidance: "Hvordan ble arbeidet gjennomført: samlinger, mellomarbeid (aksjon), deltakelse og samarbeidet med UH? Hva lærte dere?" },
  structure: { label: "Struktur", guidance: "Hvilke strukturer bar arbeidet: SUT, SKUT, nettverk, tid satt av, forankring hos skoleeier og ledelse?" },
} as const;

export const regionFieldText = {
  ...dimensionText,
  moneyUse: { label: "Bruk av midlene", guidance: "Hvordan ble årets nettverksmidler og UH-midler brukt sammenlignet med tildelingen? Nevn avvik og årsaken til dem." },
  participation: { label: "Deltakelse i nettverkene", guidance: "Hvilke skoler og hvor mange deltok i nettverkene og fagsamlingene, og hvordan ble kriteriene for deltakelse fulgt?" },
} as const;

/** A report's stored status, as the report page and the oversight name it. */
export const reportStatusLabel: Record<string, string> = { DRAFT: "Utkast", SUBMITTED: "Levert", RETURNED: "Sendt tilbake for retting", ACCEPTED: "Godkjent" };

export const evaluationStatusLabel = {
  NOT_STARTED: "Ikke påbegynt",
  DRAFT: "Utkast",
  SUBMITTED_ON_TIME: "Levert i tide",
  SUBMITTED_LATE: "Levert etter utsatt frist",
  RETURNED: "Sendt tilbake",
  ACCEPTED: "Godkjent",
  MISSING: "Mangler",
} as const;

export const evaluationStatusColor = {
  NOT_STARTED: "neutral", DRAFT: "info", SUBMITTED_ON_TIME: "success", SUBMITTED_LATE: "success", RETURNED: "warning", ACCEPTED: "success", MISSING: "danger",
} as const;

export const evaluationEventLabel: Record<string, string> = {
  "evaluation.create": "Påbegynt", "evaluation.submit": "Levert", "evaluation.return": "Sendt tilbake",
  "evaluation.accept": "Godkjent", "evaluation.extension": "Utsatt frist",
};
