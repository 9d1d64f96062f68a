import { ClientText } from "@/i18n/client-text";

/** The sign-in buttons read the "signIn" texts in the browser. */
export default function SignInLayout({ children }: { children: React.ReactNode }) {
  return <ClientText namespaces={["signIn"]}>{children}</ClientText>;
}
