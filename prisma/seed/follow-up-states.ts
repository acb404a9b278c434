// Where the demo's follow-ups stand "now": a supervisor keeps up with the queue, as one would on a working desk.
import type { Prisma } from "@/server/generated/prisma/client";
import type { Random } from "./random";

const HOUR = 3_600_000;
/** Old ones still open past their due time: the home page and the list have something to highlight, not hundreds. */
const LEFT_OVERDUE = 2;

const CLOSINGS = [
  { state: "RESOLVED", outcome: "EXPLAINED", comment: "Перезвонили абоненту, объяснили причину, вопрос решён." },
  { state: "RESOLVED", outcome: "EXPLAINED", comment: "Проблема была на стороне банка, объяснили абоненту." },
  { state: "RESOLVED", outcome: "ESCALATED", comment: "Передали в техническую поддержку, абонента предупредили." },
  { state: "UNREACHABLE", outcome: null, comment: "Абонент не ответил на два звонка, отправили SMS." },
] as const;

/**
 * Follow-ups come raised open with their due time. Those past it were almost all closed (resolved, or the subscriber was
 * unreachable), most within the SLA, a few late; the latest two of them are still open, overdue. The recent ones,
 * not yet due, are open or taken.
 */
export function settleFollowUps(
  followUps: Prisma.FollowUpCreateManyInput[],
  opts: { now: Date; supervisorId: string | null; rng: Random },
) {
  const { now, supervisorId, rng } = opts;
  const raisedAt = (f: Prisma.FollowUpCreateManyInput) => new Date(f.createdAt ?? now).getTime();
  const newestFirst = [...followUps].sort((a, b) => raisedAt(b) - raisedAt(a));
  const slaMs = (f: Prisma.FollowUpCreateManyInput) => new Date(f.dueAt ?? now).getTime() - raisedAt(f);
  let leftOverdue = 0;
  for (const followUp of newestFirst) {
    const raised = raisedAt(followUp);
    const dueAt = raised + slaMs(followUp);
    if (!supervisorId) continue;
    if (dueAt > now.getTime()) {
      if (rng.chance(0.4)) Object.assign(followUp, { state: "IN_PROGRESS", takenById: supervisorId });
      continue;
    }
    if (leftOverdue < LEFT_OVERDUE) {
      leftOverdue += 1;
      continue;
    }
    // One in ten closed after its due time: the metrics count those as overdue too.
    const within = rng.chance(0.9) ? rng.int(HOUR, slaMs(followUp) - HOUR) : rng.int(slaMs(followUp), 40 * HOUR);
    const closing = rng.chance(0.12) ? CLOSINGS[3] : rng.pick(CLOSINGS.slice(0, 3));
    Object.assign(followUp, {
      state: closing.state,
      outcome: closing.outcome,
      comment: closing.comment,
      takenById: supervisorId,
      resolvedById: supervisorId,
      resolvedAt: new Date(Math.min(raised + within, now.getTime())),
    });
  }
}
