import type { StaffListItem } from "@/server/domain/staff/list-staff";
import { getTranslator } from "@/server/i18n";

export async function StaffTable({ staff }: { staff: StaffListItem[] }) {
  const { t } = await getTranslator();
  return (
    <section aria-labelledby="staff-title" className="space-y-4">
      <h1 id="staff-title" className="text-2xl font-semibold">{t("admin.sections.staff")}</h1>
      <div className="overflow-x-auto rounded-xl bg-white ring-1 ring-slate-200">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-2">{t("admin.staffTable.name")}</th>
              <th scope="col" className="px-4 py-2">{t("admin.staffTable.email")}</th>
              <th scope="col" className="px-4 py-2">{t("admin.yourRoles")}</th>
              <th scope="col" className="px-4 py-2">{t("admin.staffTable.chatLimit")}</th>
              <th scope="col" className="px-4 py-2">{t("admin.staffTable.status")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {staff.map((member) => (
              <tr key={member.id}>
                <td className="px-4 py-2">{member.fullName}</td>
                <td className="px-4 py-2">{member.email}</td>
                <td className="px-4 py-2">{member.roles.map((r) => t(`admin.roles.${r}`)).join(", ")}</td>
                <td className="px-4 py-2">{member.chatLimit}</td>
                <td className="px-4 py-2">{member.isActive ? t("admin.staffTable.active") : t("admin.staffTable.disabled")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
