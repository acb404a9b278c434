import {
  portalPages,
  selfServiceActionPages,
  type SelfServiceAction,
} from "@/server/domain/self-service/self-service-actions";
import type { AppErrorCode } from "@/server/domain/errors";

/* Where a hint may aim, apart from the schemas (hint-input.ts): the editor's fields read them without loading zod. */

export const HINT_LIMITS = { text: 300, priorityMax: 100 } as const;

/** Pages a subscriber sees hints on: "other" is no page an editor can aim at. */
export const hintPages = portalPages.filter((p) => p !== "other");

/** How each self-service action can fail, by family: the failures a hint may answer. */
export const actionFailures = {
  "tariff.change": ["INSUFFICIENT_FUNDS", "ACCOUNT_BLOCKED", "TARIFF_ARCHIVED", "SAME_TARIFF"],
  "option.connect": [
    "INSUFFICIENT_FUNDS",
    "ACCOUNT_BLOCKED",
    "OPTION_UNAVAILABLE",
    "OPTION_INCOMPATIBLE",
    "OPTION_CONFLICT",
    "OPTION_ALREADY_ACTIVE",
  ],
  "option.disconnect": ["OPTION_NOT_ACTIVE"],
  "payment.top_up": ["PAYMENT_DECLINED"],
  "password.change": ["WRONG_CURRENT_PASSWORD", "WEAK_PASSWORD"],
} as const satisfies Record<SelfServiceAction, readonly AppErrorCode[]>;

type HintFailure = (typeof actionFailures)[SelfServiceAction][number];
export const hintFailures = [...new Set(Object.values(actionFailures).flat())] as [HintFailure, ...HintFailure[]];

/** The pages where this failure can happen (its actions' family pages). */
export function pagesOfFailure(code: string): string[] {
  return Object.entries(actionFailures)
    .filter(([, codes]) => (codes as readonly string[]).includes(code))
    .map(([action]) => selfServiceActionPages[action as SelfServiceAction]);
}
