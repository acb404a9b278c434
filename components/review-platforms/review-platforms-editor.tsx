"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Trash2 } from "lucide-react";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import type { ReviewPlatformView } from "@/server/domain/survey/review-platforms";
import { buttonClasses } from "@/components/ui/button";
import { cardClasses } from "@/components/ui/card";
import { controlClasses } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";

const HTTP = /^https?:\/\/\S+\.\S+/i;

/** The list with a remove button per platform, and the form that adds one (name + http(s) address). */
export function ReviewPlatformsEditor({ platforms }: { platforms: ReviewPlatformView[] }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState("");
  const [url, setUrl] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const add = useMutation(
    trpc.reviewPlatforms.add.mutationOptions({
      onSuccess: () => {
        setName("");
        setUrl("");
        router.refresh();
      },
    }),
  );
  const remove = useMutation(trpc.reviewPlatforms.remove.mutationOptions({ onSuccess: () => router.refresh() }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    const found =
      trimmed.length < 2 || trimmed.length > 60
        ? t("reviewPlatforms.badName")
        : !HTTP.test(url.trim())
          ? t("reviewPlatforms.badUrl")
          : null;
    setProblem(found);
    if (!found) add.mutate({ name: trimmed, url: url.trim() });
  };
  const error =
    problem ?? (add.error ? errorMessage(add.error, t) : remove.error ? errorMessage(remove.error, t) : null);

  return (
    <div className="space-y-4">
      {platforms.length === 0 ? (
        <p className="text-sm text-muted">{t("reviewPlatforms.empty")}</p>
      ) : (
        <ul className={cn(cardClasses({ padding: "sm" }), "divide-y divide-line-soft")} data-testid="review-platforms">
          {platforms.map((p) => (
            <li key={p.id} className="flex items-center justify-between gap-3 py-2">
              <div className="min-w-0">
                <p className="font-medium">{p.name}</p>
                <p className="truncate text-sm text-muted">{p.url}</p>
              </div>
              <button
                type="button"
                disabled={remove.isPending}
                onClick={() => remove.mutate({ platformId: p.id })}
                className={buttonClasses({ variant: "secondary", size: "sm" })}
                aria-label={t("reviewPlatforms.remove", { name: p.name })}
              >
                <Trash2 className="size-4" aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="grid gap-3 sm:grid-cols-[1fr_2fr_auto] sm:items-end" noValidate>
        <label className="text-sm">
          {t("reviewPlatforms.name")}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={60}
            className={cn(controlClasses, "text-sm")}
          />
        </label>
        <label className="min-w-0 text-sm">
          {t("reviewPlatforms.url")}
          <input
            type="url"
            inputMode="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            maxLength={500}
            placeholder="https://"
            className={cn(controlClasses, "text-sm")}
          />
        </label>
        <button type="submit" disabled={add.isPending} className={cn(buttonClasses(), "justify-self-start")}>
          {t("reviewPlatforms.add")}
        </button>
      </form>
      {error && (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
