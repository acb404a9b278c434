import type { Db } from "@/server/db-client";
import type { StaffRole } from "@/server/generated/prisma/enums";
import { AppError } from "@/server/domain/errors";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";
import { CANNED_EDITOR_ROLES } from "@/server/domain/canned/canned-editors";
import { overdueWhere } from "@/server/domain/follow-ups/list-follow-ups";

export interface WorkspaceOverview {
  fullName: string;
  roles: StaffRole[];
  /** Figures for the sections the roles open; absent when the role does not see them. */
  queuedChats?: number;
  activeBanners?: number;
  subscribers?: number;
  staff?: number;
  openFollowUps?: number;
  /** Still open past their due time: the supervisor's first thing to do. */
  overdueFollowUps?: number;
  inboxes?: number;
  /** Tariffs and options open for new connections. */
  openTariffs?: number;
  openOptions?: number;
  helpArticles?: number;
  activeHints?: number;
  cannedReplies?: number;
}

const has = (roles: StaffRole[], ...wanted: StaffRole[]) => roles.some((r) => wanted.includes(r));

/** The staff home: who you are and the counts behind each section your roles open. */
export async function getWorkspaceOverview(db: Db, staffId: string, now = new Date()): Promise<WorkspaceOverview> {
  const me = await db.staffUser.findUnique({ where: { id: staffId }, select: { fullName: true, roles: true } });
  if (!me) throw new AppError("NOT_FOUND");
  const overview: WorkspaceOverview = { fullName: me.fullName, roles: me.roles };
  if (has(me.roles, "OPERATOR", "SUPERVISOR")) {
    overview.queuedChats = await db.chat.count({ where: { state: "QUEUED" } });
  }
  if (has(me.roles, "SUPERVISOR", "ADMIN")) {
    overview.openFollowUps = await db.followUp.count({ where: { resolvedAt: null } });
    overview.overdueFollowUps = await db.followUp.count({ where: overdueWhere(now) });
  }
  if (has(me.roles, "MARKETER", "ADMIN")) {
    overview.activeBanners = await db.banner.count({
      where: { status: "ACTIVE", startsAt: { lte: now }, endsAt: { gt: now } },
    });
  }
  if (has(me.roles, ...CONTENT_STAFF_ROLES)) {
    overview.helpArticles = await db.helpArticle.count();
    overview.activeHints = await db.hint.count({ where: { isActive: true } });
  }
  if (has(me.roles, ...CANNED_EDITOR_ROLES)) {
    overview.cannedReplies = await db.cannedResponse.count({
      where: { OR: [{ ownerId: null }, { ownerId: staffId }] },
    });
  }
  if (has(me.roles, "ADMIN")) {
    overview.subscribers = await db.subscriberAccount.count();
    overview.staff = await db.staffUser.count({ where: { isActive: true } });
    overview.inboxes = await db.inbox.count({ where: { enabled: true } });
    overview.openTariffs = await db.tariff.count({ where: { isArchived: false } });
    overview.openOptions = await db.option.count({ where: { isArchived: false } });
  }
  return overview;
}
