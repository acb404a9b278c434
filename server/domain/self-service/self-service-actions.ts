// The codes the portal records about where a subscriber was and what they tried: stored in self-service
// events, escalation intents and chat contexts, and shown to staff through the `codes` messages, never raw.

/** The page keys of the portal (components/chat/page-key.ts makes them from a path); "other" for the rest. */
export const portalPages = [
  "home",
  "account",
  "tariffs",
  "options",
  "payments",
  "security",
  "help",
  "login",
  "recover",
  "other",
] as const;
export type PortalPage = (typeof portalPages)[number];

/** Every self-service action, with the page of its family: a failure is hinted there and nowhere else. */
export const selfServiceActionPages = {
  "tariff.change": "tariffs",
  "option.connect": "options",
  "option.disconnect": "options",
  "payment.top_up": "payments",
  "password.change": "security",
} as const satisfies Record<string, PortalPage>;
export type SelfServiceAction = keyof typeof selfServiceActionPages;
export const selfServiceActions = Object.keys(selfServiceActionPages) as SelfServiceAction[];

export function isPortalPage(code: unknown): code is PortalPage {
  return (portalPages as readonly unknown[]).includes(code);
}

export function isSelfServiceAction(code: unknown): code is SelfServiceAction {
  return typeof code === "string" && Object.hasOwn(selfServiceActionPages, code);
}

/** The actions whose failures the page speaks about. */
export function actionsOfPage(page: string): SelfServiceAction[] {
  return selfServiceActions.filter((action) => selfServiceActionPages[action] === page);
}
