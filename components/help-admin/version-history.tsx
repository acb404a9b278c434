"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import type { ArticleVersionRow } from "@/server/domain/help/get-admin-help-article";
import { formatMoscow } from "@/components/banners/admin/moscow-time";
import { Button } from "@/components/ui/button";
import { cardClasses } from "@/components/ui/card";
import { noticeClasses } from "@/components/ui/notice";
import { cn } from "@/components/ui/cn";

const cell = "px-4 py-2 align-top";

/** Every saved version, newest first; restoring one saves its text again as a new version. */
export function VersionHistory({
  articleId,
  current,
  versions,
}: {
  articleId: string;
  current: number;
  versions: ArticleVersionRow[];
}) {
  const t = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const [restored, setRestored] = useState<{ from: number; version: number } | null>(null);
  const restore = useMutation(
    trpc.helpAdmin.restore.mutationOptions({
      onSuccess: (saved, input) => {
        setRestored({ from: input.restoreVersion, version: saved.version });
        // The editor above was opened at the previous version: reload it with the restored text.
        router.refresh();
      },
    }),
  );
  return (
    <section aria-labelledby="history-title" className="space-y-3">
      <h2 id="history-title" className="text-heading">
        {t("helpAdmin.history.title")}
      </h2>
      <p role="status" className="text-sm">
        {restored && (
          <span className={noticeClasses({ tone: "success" })}>{t("helpAdmin.history.restored", restored)}</span>
        )}
      </p>
      {restore.error && (
        <p role="alert" className={noticeClasses({ tone: "danger" })}>
          {errorMessage(restore.error, t)}
        </p>
      )}
      <div
        role="region"
        aria-labelledby="history-title"
        tabIndex={0}
        className={cn(cardClasses({ padding: "none" }), "overflow-x-auto focus:outline-2 focus:outline-brand-600")}
      >
        <table className="w-full text-left text-sm" data-testid="version-table">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className={cell}>
                {t("helpAdmin.history.version")}
              </th>
              <th scope="col" className={cell}>
                {t("helpAdmin.history.when")}
              </th>
              <th scope="col" className={cell}>
                {t("helpAdmin.history.author")}
              </th>
              <th scope="col" className={cell}>
                {t("helpAdmin.history.articleTitle")}
              </th>
              <th scope="col" className={cell}>
                {t("helpAdmin.history.status")}
              </th>
              <th scope="col" className={cell}>
                <span className="sr-only">{t("helpAdmin.history.restore")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {versions.map((v) => (
              <tr key={v.version}>
                <td className={cn(cell, "whitespace-nowrap")}>
                  {v.version}
                  {v.version === current && ` (${t("helpAdmin.history.current")})`}
                </td>
                <td className={cn(cell, "whitespace-nowrap")}>
                  <time dateTime={new Date(v.createdAt).toISOString()}>
                    {formatMoscow(new Date(v.createdAt), locale)}
                  </time>
                </td>
                <td className={cell}>{v.authorName ?? t("helpAdmin.history.system")}</td>
                <td className={cn(cell, "min-w-40 break-words")}>
                  {v.title}
                  <span className="block text-xs break-all text-slate-500">/help/{v.slug}</span>
                </td>
                <td className={cell}>{t(v.isPublished ? "helpAdmin.status.published" : "helpAdmin.status.draft")}</td>
                <td className={cell}>
                  {v.version !== current && (
                    <Button
                      variant="secondary"
                      size="sm"
                      disabled={restore.isPending}
                      aria-label={`${t("helpAdmin.history.restore")} ${v.version}`}
                      onClick={() => restore.mutate({ articleId, restoreVersion: v.version, version: current })}
                    >
                      {t("helpAdmin.history.restore")}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
