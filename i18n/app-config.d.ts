import type { Locale } from "./locales";
import type { Messages } from "./messages";

// Typed keys for next-intl's hooks and use-intl's translator: a missing or misspelt key fails typecheck.
declare module "use-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
