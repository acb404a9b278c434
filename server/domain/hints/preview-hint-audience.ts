import type { Db } from "@/server/db-client";
import { parseStaffInput } from "@/server/domain/staff/staff-profile";
import { loadAccountSnapshots, situationOnPage } from "./account-situations";
import { hintPreviewSchema, type HintPreviewInput } from "./hint-input";
import { hintPages } from "./hint-targets";
import { firstNameOf } from "@/server/domain/chat/assignment/assign-chat";
import { rankHints, type HintCandidate } from "./rank-hints";

const BATCH = 500;
const EXAMPLES = 3;
const DRAFT_ID = "\u0000draft";

/**
 * Who would see this hint now: every account, judged page by page exactly as the subscriber's own
 * hints are (the same facts, conditions and ranking against the other live hints), so a hint that
 * matches but is crowded out by more specific ones is not counted.
 */
export async function previewHintAudience(db: Db, input: HintPreviewInput, now = new Date()) {
  const draft = parseStaffInput(hintPreviewSchema, input);
  const others = await db.hint.findMany({
    where: { isActive: true, ...(draft.hintId ? { id: { not: draft.hintId } } : {}) },
    select: { id: true, pages: true, condition: true, failedAction: true, priority: true },
  });
  const candidates: HintCandidate[] = [
    ...others,
    {
      id: DRAFT_ID,
      pages: draft.pages,
      condition: draft.condition,
      failedAction: draft.failedAction,
      priority: draft.priority,
    },
  ];
  const pages = draft.pages.length > 0 ? draft.pages : hintPages;
  let matching = 0;
  let accounts = 0;
  const examples: Array<{ accountNumber: string; firstName: string }> = [];
  for (let cursor: string | undefined; ;) {
    const ids = await db.subscriberAccount.findMany({
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      orderBy: { id: "asc" },
      select: { id: true },
    });
    if (ids.length === 0) break;
    cursor = ids[ids.length - 1]!.id;
    accounts += ids.length;
    for (const snapshot of await loadAccountSnapshots(
      db,
      ids.map((a) => a.id),
      now,
    )) {
      const sees = pages.some((page) => {
        const situation = situationOnPage(snapshot, page);
        const shown = rankHints(candidates, {
          page,
          conditions: situation.conditions,
          lastFailure: situation.lastFailure?.errorCode ?? null,
        });
        return shown.some((h) => h.id === DRAFT_ID);
      });
      if (!sees) continue;
      matching += 1;
      if (examples.length < EXAMPLES) {
        examples.push({ accountNumber: snapshot.accountNumber, firstName: firstNameOf(snapshot.fullName) });
      }
    }
  }
  return { matching, accounts, examples };
}

export type HintAudience = Awaited<ReturnType<typeof previewHintAudience>>;
