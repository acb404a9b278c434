import type { StaffListItem } from "@/server/domain/staff/list-staff";
import { getTranslator } from "@/i18n/server";
import { NewStaffButton } from "./new-staff-button";
import { isStaffSkill } from "@/server/domain/staff/staff-limits";
import { StaffRowActions } from "./staff-row-actions";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Badge } from "@/components/ui/badge";

/** Staff accounts with their actions under each name, so a phone reaches them without scrolling sideways. */
export async function StaffTable({ staff, meId }: { staff: StaffListItem[]; meId: string }) {
  const { t } = await getTranslator();
  return (
    <section aria-labelledby="staff-title" className="space-y-4">
      <h1 id="staff-title" className="text-title">
        {t("admin.sections.staff")}
      </h1>
      <NewStaffButton />
      <div
        role="region"
        aria-labelledby="staff-title"
        tabIndex={0}
        className={cn(cardClasses({ padding: "none" }), "overflow-x-auto focus:outline-2 focus:outline-brand")}
      >
        <table className="w-full text-left text-sm">
          <thead className="bg-canvas text-muted">
            <tr>
              <th scope="col" className="px-4 py-2">
                {t("admin.staffTable.name")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("admin.staffTable.email")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("admin.yourRoles")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("admin.staffTable.chatLimit")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("staff.skills")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("admin.staffTable.status")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line-soft">
            {staff.map((member) => (
              <tr key={member.id} className={member.isActive ? "" : "bg-canvas text-muted"}>
                <td className="min-w-44 px-4 py-2 align-top">
                  <span className="font-medium">{member.fullName}</span>
                  {member.id === meId && <span className="ml-1 text-xs text-muted">({t("staff.you")})</span>}
                  <StaffRowActions member={member} isSelf={member.id === meId} />
                </td>
                <td className="px-4 py-2 align-top">{member.email}</td>
                <td className="px-4 py-2 align-top">{member.roles.map((r) => t(`admin.roles.${r}`)).join(", ")}</td>
                <td className="px-4 py-2 align-top">{member.chatLimit}</td>
                <td className="px-4 py-2 align-top">
                  {member.skills.length > 0
                    ? member.skills.map((s) => (isStaffSkill(s) ? t(`staff.skill.${s}`) : s)).join(", ")
                    : t("staff.noSkills")}
                </td>
                <td className="px-4 py-2 align-top">
                  <Badge tone={member.isActive ? "success" : "neutral"}>
                    {member.isActive ? t("admin.staffTable.active") : t("admin.staffTable.disabled")}
                  </Badge>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
