import type { Translate } from "@/i18n/translator";
import { isPortalPage, isSelfServiceAction } from "./self-service-actions";

// Page and action codes as staff read them (the workspace's context panel and queue); errors: errorPhrase.
// A code this build does not know (an old row, a newer build) reads as a generic phrase, never as itself.

export function pageName(t: Translate, page: string): string {
  return t(`codes.pages.${isPortalPage(page) ? page : "other"}`);
}

export function actionName(t: Translate, action: string): string {
  return isSelfServiceAction(action) ? t(`codes.actions.${action}`) : t("codes.unknownAction");
}
