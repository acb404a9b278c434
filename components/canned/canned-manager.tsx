"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import type { CannedForEditing } from "@/server/domain/canned/list-canned";
import { Button } from "@/components/ui/button";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { CannedForm } from "./canned-form";

/** The shared replies and the caller's own, each editable where the caller may; one form open at a time. */
export function CannedManager({ replies, canEditShared }: { replies: CannedForEditing[]; canEditShared: boolean }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useMutation(trpc.canned.remove.mutationOptions({ onSuccess: () => router.refresh() }));

  const section = (scope: "shared" | "personal") => {
    const rows = replies.filter((r) => r.scope === scope);
    return (
      <section aria-labelledby={`canned-${scope}-title`} className="space-y-3">
        <h2 id={`canned-${scope}-title`} className="text-heading">
          {t(`canned.${scope}`)}
        </h2>
        {scope === "shared" && !canEditShared && <p className="text-sm text-muted">{t("canned.sharedReadOnly")}</p>}
        {rows.length === 0 && (
          <p className="text-sm text-muted">{t(scope === "shared" ? "canned.emptyShared" : "canned.emptyPersonal")}</p>
        )}
        <ul className="space-y-3">
          {rows.map((r) => (
            <li key={r.id} data-testid="canned-row" className={cn(cardClasses({ padding: "sm" }), "text-sm")}>
              {editing === r.id ? (
                <CannedForm reply={r} canEditShared={canEditShared} onDone={() => setEditing(null)} />
              ) : (
                <>
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <p className="min-w-0 break-words">
                      <span className="font-mono text-brand-700">/{r.shortcut}</span>{" "}
                      <span className="font-medium">{r.title}</span>
                    </p>
                    {r.editable && (
                      <div className="flex gap-2">
                        <Button size="sm" variant="secondary" onClick={() => setEditing(r.id)}>
                          {t("canned.edit")}
                        </Button>
                        <Button
                          size="sm"
                          variant="danger-outline"
                          disabled={remove.isPending}
                          onClick={() => {
                            if (window.confirm(t("canned.confirmRemove", { title: r.title }))) {
                              remove.mutate({ cannedId: r.id });
                            }
                          }}
                        >
                          {t("canned.remove")}
                        </Button>
                      </div>
                    )}
                  </div>
                  {/* Plain text: markup typed into a reply stays inert here as in the chat. */}
                  <p className="mt-1 whitespace-pre-line break-words text-slate-700">{r.text}</p>
                  {r.textEn && <p className="mt-1 whitespace-pre-line break-words text-muted">{r.textEn}</p>}
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
    );
  };

  return (
    <div className="space-y-6">
      <div className={cardClasses({ padding: "sm" })}>
        {editing === "new" ? (
          <CannedForm reply={null} canEditShared={canEditShared} onDone={() => setEditing(null)} />
        ) : (
          <Button onClick={() => setEditing("new")}>{t("canned.newReply")}</Button>
        )}
      </div>
      {remove.error && (
        <p role="alert" className="text-sm text-danger">
          {errorMessage(remove.error, t)}
        </p>
      )}
      {section("personal")}
      {section("shared")}
    </div>
  );
}
