import type { Db } from "@/server/db-client";
import { localizedName, type Locale } from "@/i18n/locales";
import { formatMoney } from "@/i18n/format";
import { AppError } from "@/server/domain/errors";
import { getBalance } from "@/server/domain/account/balance";
import { fillPlaceholders, type PlaceholderValues } from "@/server/domain/canned/fill-placeholders";
import { firstNameOf } from "../assignment/assign-chat";
import { isChatStaff, type ChatParty } from "../chat-party";

async function placeholderValues(db: Db, accountId: string | null, locale: Locale): Promise<PlaceholderValues> {
  if (!accountId) return { name: null, tariff: null, balance: null };
  const account = await db.subscriberAccount.findUniqueOrThrow({
    where: { id: accountId },
    select: { fullName: true, tariff: { select: { name: true, nameEn: true } } },
  });
  return {
    name: firstNameOf(account.fullName),
    tariff: localizedName(account.tariff, locale),
    balance: formatMoney(await getBalance(db, accountId), locale),
  };
}

/**
 * Quick replies for the composer's `/shortcut` in this chat: the shared ones and the operator's own,
 * in the operator's language where a translation exists, with the placeholders already filled from
 * the chat's subscriber (a visitor's are left out). Only the chat's operator or a supervisor.
 */
export async function listCannedResponses(db: Db, party: ChatParty, chatId: string, locale: Locale) {
  const chat = await db.chat.findUnique({
    where: { id: chatId },
    select: { accountId: true, visitorToken: true, operatorId: true },
  });
  if (!chat || !isChatStaff(chat, party) || party.kind !== "staff") throw new AppError("NOT_FOUND");
  const [rows, values] = await Promise.all([
    db.cannedResponse.findMany({
      where: { OR: [{ ownerId: null }, { ownerId: party.staffId }] },
      orderBy: [{ shortcut: "asc" }, { ownerId: { sort: "asc", nulls: "last" } }],
      select: { id: true, shortcut: true, title: true, text: true, textEn: true, ownerId: true },
    }),
    placeholderValues(db, chat.accountId, locale),
  ]);
  return rows
    .map((r) => ({
      id: r.id,
      shortcut: r.shortcut,
      title: r.title || r.shortcut,
      personal: r.ownerId !== null,
      text: fillPlaceholders(locale === "en" && r.textEn ? r.textEn : r.text, values),
    }))
    .filter((r) => r.text.length > 0);
}
