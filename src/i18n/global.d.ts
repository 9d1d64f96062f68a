// Typed keys and arguments for next-intl (a missing key or argument is a type error).
import type { Locale } from "./locales";
import type { Messages } from "./catalogue";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
