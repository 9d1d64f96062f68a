// The networks' server-side text in the language of the request (the catalogue's "networks" keys). The pages and
// forms read "networkForms" (kinds, the dialogue conference's parts, labels) directly.
import { msg } from "@/i18n/server-text";
import type { GatheringPart } from "@/domain/networks";

export const gatheringPartText = (part: GatheringPart) => msg(`networkForms.part.${part}`);

export const networkText = {
  get stale() { return msg("networks.server.stale"); },
  get staleGathering() { return msg("networks.server.staleGathering"); },
  saved: (name: string) => msg("networks.server.saved", { name }),
  created: (name: string) => msg("networks.server.created", { name }),
  get unknownSchool() { return msg("networks.server.unknownSchool"); },
  alreadyIn: (school: string) => msg("networks.server.alreadyIn", { school }),
  participantAdded: (name: string, network: string) => msg("networks.server.participantAdded", { name, network }),
  participantRemoved: (name: string, network: string) => msg("networks.server.participantRemoved", { name, network }),
  get partsMissing() { return msg("networks.server.partsMissing"); },
  partMissing: (part: string) => msg("networks.server.partMissing", { part }),
  gatheringSaved: (title: string) => msg("networks.server.gatheringSaved", { title }),
  get unknownParticipant() { return msg("networks.server.unknownParticipant"); },
  attendanceSaved: (present: number, of: number) => msg("networks.server.attendanceSaved", { present, of }),
  get unknownCriterion() { return msg("networks.server.unknownCriterion"); },
  criteriaSaved: (school: string, n: number, of: number) => msg("networks.server.criteriaSaved", { school, n, of }),
};
