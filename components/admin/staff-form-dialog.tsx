"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { appErrorCode, errorMessage } from "@/components/trpc/error-message";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { StaffRole } from "@/server/generated/prisma/enums";
import type { StaffListItem } from "@/server/domain/staff/list-staff";
import {
  CHAT_LIMIT_MAX,
  CHAT_LIMIT_MIN,
  DEFAULT_CHAT_LIMIT,
  STAFF_PASSWORD_MIN_LENGTH,
  STAFF_SKILLS,
  isStaffSkill,
  type StaffSkill,
} from "@/server/domain/staff/staff-limits";
import { buttonClasses } from "@/components/ui/button";
import { noticeClasses } from "@/components/ui/notice";
import { Field, Input } from "@/components/ui/field";

const ROLES = Object.values(StaffRole);
const input = "text-sm";
const toggle = <T,>(list: T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

/** Create a member (no `member`) or edit one; e-mail and password are set only at creation. */
export function StaffFormDialog({
  member,
  isSelf = false,
  onClose,
  onSaved,
}: {
  member?: StaffListItem;
  isSelf?: boolean;
  onClose: () => void;
  onSaved?: (name: string) => void;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [fullName, setFullName] = useState(member?.fullName ?? "");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [roles, setRoles] = useState<StaffRole[]>(member?.roles ?? []);
  const [chatLimit, setChatLimit] = useState(String(member?.chatLimit ?? DEFAULT_CHAT_LIMIT));
  const [skills, setSkills] = useState<StaffSkill[]>((member?.skills ?? []).filter(isStaffSkill));
  const [noRoles, setNoRoles] = useState(false);
  const done = (saved: StaffListItem) => {
    router.refresh();
    onSaved?.(saved.fullName);
    onClose();
  };
  const create = useMutation(trpc.staff.create.mutationOptions({ onSuccess: done }));
  const update = useMutation(trpc.staff.update.mutationOptions({ onSuccess: done }));
  const save = member ? update : create;
  // A taken e-mail is the e-mail field's problem; anything else is the whole form's.
  const emailTaken = appErrorCode(save.error) === "EMAIL_TAKEN";

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setNoRoles(roles.length === 0);
    if (roles.length === 0) return;
    const profile = { fullName, roles, chatLimit: Number(chatLimit), skills };
    if (member) update.mutate({ staffId: member.id, ...profile });
    else create.mutate({ ...profile, email, password });
  };
  const id = (name: string) => `staff-${member?.id ?? "new"}-${name}`;

  return (
    <ModalDialog
      title={member ? t("staff.editTitle", { name: member.fullName }) : t("staff.newMember")}
      onClose={onClose}
    >
      <form onSubmit={submit} className="space-y-3 text-sm">
        <Field id={id("name")} label={t("staff.fullName")}>
          {(control) => (
            <Input
              {...control}
              value={fullName}
              onChange={(e) => setFullName(e.target.value)}
              required
              minLength={2}
              maxLength={200}
              autoComplete="off"
              className={input}
            />
          )}
        </Field>
        {!member && (
          <>
            <Field
              id={id("email")}
              label={t("staff.email")}
              error={emailTaken && save.error ? errorMessage(save.error, t) : undefined}
            >
              {(control) => (
                <Input
                  {...control}
                  type="email"
                  value={email}
                  onChange={(e) => setEmail(e.target.value)}
                  required
                  maxLength={254}
                  autoComplete="off"
                  className={input}
                />
              )}
            </Field>
            <Field
              id={id("password")}
              label={t("staff.password")}
              hint={t("staff.passwordHint", { min: STAFF_PASSWORD_MIN_LENGTH })}
            >
              {(control) => (
                <Input
                  {...control}
                  type="password"
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                  required
                  minLength={STAFF_PASSWORD_MIN_LENGTH}
                  maxLength={128}
                  autoComplete="new-password"
                  className={input}
                />
              )}
            </Field>
          </>
        )}
        <fieldset aria-describedby={id("roles-hint")}>
          <legend className="font-medium">{t("staff.roles")}</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {ROLES.map((role) => {
              // An administrator keeps their own ADMIN role (the server refuses it too).
              const locked = isSelf && role === "ADMIN";
              return (
                <label key={role} className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={roles.includes(role)}
                    disabled={locked}
                    onChange={(e) => setRoles(toggle(roles, role, e.target.checked))}
                  />
                  {t(`admin.roles.${role}`)}
                </label>
              );
            })}
          </div>
          <p
            id={id("roles-hint")}
            className={`mt-1 text-xs ${noRoles ? "text-danger-strong" : "text-muted"}`}
            role={noRoles ? "alert" : undefined}
          >
            {isSelf ? `${t("staff.rolesHint")} ${t("staff.ownAdminRole")}` : t("staff.rolesHint")}
          </p>
        </fieldset>
        <Field
          id={id("limit")}
          label={t("staff.chatLimit")}
          hint={t("staff.chatLimitHint", { min: CHAT_LIMIT_MIN, max: CHAT_LIMIT_MAX })}
        >
          {(control) => (
            <Input
              {...control}
              type="number"
              inputMode="numeric"
              value={chatLimit}
              onChange={(e) => setChatLimit(e.target.value)}
              required
              min={CHAT_LIMIT_MIN}
              max={CHAT_LIMIT_MAX}
              step={1}
              className={`${input} max-w-32`}
            />
          )}
        </Field>
        <fieldset>
          <legend className="font-medium">{t("staff.skills")}</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {STAFF_SKILLS.map((skill) => (
              <label key={skill} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={skills.includes(skill)}
                  onChange={(e) => setSkills(toggle(skills, skill, e.target.checked))}
                />
                {t(`staff.skill.${skill}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {save.error && !emailTaken && (
          <p role="alert" className={noticeClasses({ tone: "danger" })}>
            {errorMessage(save.error, t)}
          </p>
        )}
        <div className="flex flex-wrap gap-2 pt-1">
          <button type="submit" disabled={save.isPending} className={buttonClasses()}>
            {member ? t("staff.save") : t("staff.create")}
          </button>
          <button type="button" onClick={onClose} className={buttonClasses({ variant: "secondary" })}>
            {t("staff.cancel")}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
