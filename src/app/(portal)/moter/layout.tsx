import { ClientText } from "@/i18n/client-text";

/** The meeting forms (planning, cases, opening and closing votes, ballots) read the "votingForms" texts in the browser. */
export default function MeetingsLayout({ children }: { children: React.ReactNode }) {
  return <ClientText namespaces={["votingForms"]}>{children}</ClientText>;
}
