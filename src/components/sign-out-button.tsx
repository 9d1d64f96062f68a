import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";

/**
 * Signing out as a plain form posted to next-auth's sign-out endpoint, with the CSRF token next-auth keeps in
 * its cookie: no JavaScript on the page for it (next-auth/react was 12 kB of every page's First Load JS).
 * next-auth checks the token, ends the session on the server (events.signOut) and redirects to the front page.
 */
export async function SignOutButton() {
  const jar = await cookies();
  const t = await getTranslations("common");
  const csrfToken = jar.getAll().find((c) => c.name.endsWith("next-auth.csrf-token"))?.value.split("|")[0] ?? "";
  return (
    <form method="post" action="/api/auth/signout">
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="callbackUrl" value="/" />
      <button type="submit" className="ds-button" data-variant="secondary" data-size="sm">{t("signOut")}</button>
    </form>
  );
}
