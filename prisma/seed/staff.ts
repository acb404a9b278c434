// Demo staff logins and the operators' quick replies (canned responses).
import type { Prisma, StaffRole } from "@/server/generated/prisma/client";

export interface StaffDef {
  email: string;
  password: string;
  fullName: string;
  roles: StaffRole[];
  skills: string[];
}

export const STAFF: StaffDef[] = [
  {
    email: "operator@demo.local",
    password: "operator-demo",
    fullName: "Смирнова Ольга Викторовна",
    roles: ["OPERATOR"],
    skills: ["support"],
  },
  {
    email: "operator2@demo.local",
    password: "operator-demo",
    fullName: "Кузнецов Дмитрий Андреевич",
    roles: ["OPERATOR"],
    skills: ["support", "sales"],
  },
  {
    email: "operator3@demo.local",
    password: "operator-demo",
    fullName: "Лебедева Анастасия Олеговна",
    roles: ["OPERATOR"],
    skills: ["support"],
  },
  {
    email: "operator4@demo.local",
    password: "operator-demo",
    fullName: "Никитин Сергей Владимирович",
    roles: ["OPERATOR"],
    skills: ["support", "sales"],
  },
  {
    email: "operator5@demo.local",
    password: "operator-demo",
    fullName: "Захарова Екатерина Дмитриевна",
    roles: ["OPERATOR"],
    skills: ["support"],
  },
  {
    email: "operator6@demo.local",
    password: "operator-demo",
    fullName: "Григорьев Павел Александрович",
    roles: ["OPERATOR"],
    skills: ["support", "sales"],
  },
  {
    email: "supervisor@demo.local",
    password: "supervisor-demo",
    fullName: "Волкова Марина Игоревна",
    roles: ["SUPERVISOR"],
    skills: [],
  },
  {
    email: "marketer@demo.local",
    password: "marketer-demo",
    fullName: "Орлов Алексей Павлович",
    roles: ["MARKETER"],
    skills: [],
  },
  {
    email: "editor@demo.local",
    password: "editor-demo",
    fullName: "Белова Ирина Сергеевна",
    roles: ["CONTENT_EDITOR"],
    skills: [],
  },
  {
    email: "admin@demo.local",
    password: "admin-demo",
    fullName: "Соколов Игорь Николаевич",
    roles: ["ADMIN"],
    skills: [],
  },
];

/** Shared quick replies; placeholders in braces are filled from the chat's subscriber when inserted. */
export const CANNED_RESPONSES: Array<{ title: string; shortcut: string; text: string; textEn: string }> = [
  {
    title: "Приветствие",
    shortcut: "hello",
    text: "Здравствуйте, {имя}! Я оператор поддержки и помогу разобраться. Расскажите, пожалуйста, что случилось?",
    textEn: "Hello, {name}! I'm a support operator and I'm here to help. Could you tell me what happened?",
  },
  {
    title: "Просьба подождать",
    shortcut: "wait",
    text: "Пожалуйста, подождите пару минут: я проверяю информацию по вашему счёту.",
    textEn: "Please wait a couple of minutes while I check your account.",
  },
  {
    title: "Как пополнить",
    shortcut: "topup",
    text: "Пополнить баланс можно в личном кабинете, в разделе «Баланс» → «Пополнить». Деньги зачисляются сразу.",
    textEn: "You can top up in your account under Balance → Top up. The money arrives instantly.",
  },
  {
    title: "Номер заблокирован",
    shortcut: "blocked",
    text: "Номер заблокирован из-за отрицательного баланса. После пополнения на сумму долга связь восстановится автоматически в течение нескольких минут.",
    textEn:
      "Your number is blocked because the balance is negative. Once you top up by the amount owed, service resumes automatically within a few minutes.",
  },
  {
    title: "Роуминг",
    shortcut: "roaming",
    text: "Перед поездкой подключите пакет «Роуминг» для нужной страны в разделе «Услуги»: так звонки и интернет обойдутся дешевле.",
    textEn:
      "Before you travel, connect a Roaming pack for your destination under Options: calls and data will cost less.",
  },
  {
    title: "Баланс и тариф",
    shortcut: "balance",
    text: "{имя}, на вашем счёте сейчас {баланс}, тариф «{тариф}». Пополнить баланс можно в разделе «Платежи».",
    textEn: "{name}, your balance is {balance} now, on the {tariff} tariff. You can top up under Payments.",
  },
  {
    title: "Прощание",
    shortcut: "bye",
    text: "Рад был помочь! Если появятся вопросы, пишите в этот чат. Пожалуйста, оцените наш разговор.",
    textEn: "Glad I could help! If you have more questions, write to this chat. Please rate our conversation.",
  },
];

export async function insertStaff(
  tx: Prisma.TransactionClient,
  hashes: Map<string, string>,
  newId: () => string,
  createdAt: Date,
) {
  const rows = STAFF.map((s) => {
    const passwordHash = hashes.get(s.password);
    if (!passwordHash) throw new Error(`No hash for the password of ${s.email}`);
    return {
      id: newId(),
      email: s.email.toLowerCase(),
      fullName: s.fullName,
      passwordHash,
      roles: s.roles,
      skills: s.skills,
      createdAt,
    };
  });
  await tx.staffUser.createMany({ data: rows });
  const author = rows.find((r) => r.roles.includes("SUPERVISOR"));
  await tx.cannedResponse.createMany({
    data: CANNED_RESPONSES.map((c) => ({ id: newId(), ...c, createdById: author?.id ?? null, createdAt })),
  });
  return { staff: rows.length, cannedResponses: CANNED_RESPONSES.length };
}
