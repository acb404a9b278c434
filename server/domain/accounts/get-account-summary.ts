import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import { getBalance } from "./balance";

export interface AccountSummary {
  id: string;
  accountNumber: string;
  phone: string;
  fullName: string;
  email: string | null;
  status: "ACTIVE" | "BLOCKED_FOR_DEBT";
  balance: number;
  tariff: { id: string; code: string; name: string; nameEn: string; monthlyFee: number };
  options: Array<{ id: string; code: string; name: string; nameEn: string; monthlyFee: number; includedInTariff: boolean }>;
}

export async function getAccountSummary(db: Db, accountId: string): Promise<AccountSummary> {
  const account = await db.subscriberAccount.findUnique({
    where: { id: accountId },
    include: {
      tariff: { include: { includedOptions: { include: { option: true } } } },
      subscriptions: { where: { disconnectedAt: null }, include: { option: true }, orderBy: { connectedAt: "asc" } },
    },
  });
  if (!account) throw new AppError("NOT_FOUND");

  const included = account.tariff.includedOptions.map(({ option }) => ({ option, includedInTariff: true }));
  const connected = account.subscriptions.map(({ option }) => ({ option, includedInTariff: false }));
  const options = [...included, ...connected].map(({ option, includedInTariff }) => ({
    id: option.id,
    code: option.code,
    name: option.name,
    nameEn: option.nameEn,
    monthlyFee: includedInTariff ? 0 : option.monthlyFee,
    includedInTariff,
  }));

  return {
    id: account.id,
    accountNumber: account.accountNumber,
    phone: account.phone,
    fullName: account.fullName,
    email: account.email,
    status: account.status,
    balance: await getBalance(db, account.id),
    tariff: {
      id: account.tariff.id,
      code: account.tariff.code,
      name: account.tariff.name,
      nameEn: account.tariff.nameEn,
      monthlyFee: account.tariff.monthlyFee,
    },
    options,
  };
}
