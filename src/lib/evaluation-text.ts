// Labels and guidance for the evaluation form, in the language of the request. Seed 000, «Evaluering»: the
// regions evaluate their own development work on Effekt/Resultat, Prosess and Struktur, and report to the
// Samarbeidsforum.
import { lazyText, msg } from "@/i18n/server-text";

type Field = "effect" | "process" | "structure" | "moneyUse" | "participation";
const field = (name: Field) => ({
  get label() { return msg(`evaluation.fields.${name}.label`); },
  get guidance() { return msg(`evaluation.fields.${name}.guidance`); },
});

export const dimensionText = { effect: field("effect"), process: field("process"), structure: field("structure") };
export const regionFieldText = { ...dimensionText, moneyUse: field("moneyUse"), participation: field("participation") };

/** A report's stored status, as the report page and the oversight name it. */
export const reportStatusLabel: Record<string, string> = lazyText(["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"] as const, (s) => msg(`evaluation.reportStatus.${s}`));

export const evaluationStatusLabel = lazyText(
  ["NOT_STARTED", "DRAFT", "SUBMITTED_ON_TIME", "SUBMITTED_LATE", "RETURNED", "ACCEPTED", "MISSING", "NOT_OWED"] as const,
  (s) => msg(`evaluation.status.${s}`),
);

export const evaluationStatusColor = {
  NOT_STARTED: "neutral", DRAFT: "info", SUBMITTED_ON_TIME: "success", SUBMITTED_LATE: "success", RETURNED: "warning", ACCEPTED: "success", MISSING: "danger", NOT_OWED: "neutral",
} as const;

const EVENTS = ["create", "submit", "return", "accept", "extension"] as const;
/** An audit action of a report ("evaluation.submit") as the history names it. */
export const evaluationEventLabel: Record<string, string> = lazyText(EVENTS.map((e) => `evaluation.${e}` as const), (a) => msg(`evaluation.event.${a.slice("evaluation.".length) as (typeof EVENTS)[number]}`));
