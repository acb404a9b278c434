"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import {
  INBOX_FORM_FIELDS,
  INBOX_NAME_MAX,
  invalidInboxFields,
  type FormChannel,
} from "@/server/domain/channels/inbox-form";
import { buttonClasses } from "@/components/ui/button";
import { cardClasses } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { noticeClasses } from "@/components/ui/notice";

/**
 * Connects an inbox: the channel's own fields come from its list in inbox-form.ts (a new channel adds its list
 * there and its words under channels.field / channels.howTo), checked here as the server will check them.
 */
export function ConnectInboxForm({ channels }: { channels: Array<{ channel: FormChannel; label: string }> }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [channel, setChannel] = useState<FormChannel>(channels[0]!.channel);
  const [name, setName] = useState("");
  const [values, setValues] = useState<Record<string, string>>({});
  const [invalid, setInvalid] = useState<string[]>([]);
  const connect = useMutation(
    trpc.channels.connect.mutationOptions({
      onSuccess: () => {
        setName("");
        setValues({});
        router.refresh();
      },
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const wrong = invalidInboxFields(channel, values);
    setInvalid(wrong);
    if (wrong.length === 0) connect.mutate({ channel, name, fields: values });
  };
  const done = connect.data;
  return (
    <section aria-labelledby="connect-title" className={cardClasses()}>
      <h2 id="connect-title" className="text-heading">
        {t("channels.connectTitle")}
      </h2>
      <form onSubmit={submit} className="mt-3 grid gap-3 sm:max-w-lg" noValidate>
        <Field label={t("channels.channelField")}>
          {(control) => (
            <Select {...control} value={channel} onChange={(e) => setChannel(e.target.value as FormChannel)}>
              {channels.map((c) => (
                <option key={c.channel} value={c.channel}>
                  {c.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <p className="text-sm text-slate-600">{t(`channels.howTo.${channel}`)}</p>
        <Field label={t("channels.nameField")} hint={t("channels.nameHint")}>
          {(control) => (
            <Input
              {...control}
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              maxLength={INBOX_NAME_MAX}
              autoComplete="off"
            />
          )}
        </Field>
        {INBOX_FORM_FIELDS[channel].map((field) => (
          <Field
            key={`${channel}-${field.key}`}
            label={t(`channels.field.${field.key}`)}
            error={invalid.includes(field.key) ? t("channels.invalidField") : undefined}
          >
            {(control) => (
              <Input
                {...control}
                type={field.secret ? "password" : "text"}
                value={values[field.key] ?? ""}
                onChange={(e) => setValues({ ...values, [field.key]: e.target.value })}
                required
                maxLength={field.maxLength}
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </Field>
        ))}
        {connect.error && (
          <p role="alert" className={noticeClasses({ tone: "danger" })}>
            {errorMessage(connect.error, t)}
          </p>
        )}
        {done && (
          <p role="status" className={noticeClasses({ tone: done.connected ? "success" : "warning" })}>
            {done.connected
              ? t("channels.connected", { name: done.name })
              : t("channels.connectedWithError", { name: done.name, reason: t(`delivery.reason.${done.reason}`) })}
          </p>
        )}
        <div>
          <button type="submit" disabled={connect.isPending || name.trim() === ""} className={buttonClasses()}>
            {t("channels.connect")}
          </button>
        </div>
      </form>
    </section>
  );
}
