// Russian full names ("Фамилия Имя Отчество") with the right male and female forms, and e-mail logins.
import type { Random } from "./random";

/** Surnames in the male form; the female form is derived by declension rules below. */
const SURNAMES = [
  "Иванов",
  "Смирнов",
  "Кузнецов",
  "Попов",
  "Васильев",
  "Петров",
  "Соколов",
  "Михайлов",
  "Новиков",
  "Фёдоров",
  "Морозов",
  "Волков",
  "Алексеев",
  "Лебедев",
  "Семёнов",
  "Егоров",
  "Павлов",
  "Козлов",
  "Степанов",
  "Николаев",
  "Орлов",
  "Андреев",
  "Макаров",
  "Никитин",
  "Захаров",
  "Зайцев",
  "Соловьёв",
  "Борисов",
  "Яковлев",
  "Григорьев",
  "Романов",
  "Воробьёв",
  "Сергеев",
  "Кузьмин",
  "Фролов",
  "Александров",
  "Дмитриев",
  "Королёв",
  "Гусев",
  "Киселёв",
  "Ильин",
  "Максимов",
  "Поляков",
  "Сорокин",
  "Виноградов",
  "Ковалёв",
  "Белов",
  "Медведев",
  "Антонов",
  "Тарасов",
  "Жуков",
  "Баранов",
  "Филиппов",
  "Комаров",
  "Давыдов",
  "Беляев",
  "Герасимов",
  "Богданов",
  "Осипов",
  "Сидоров",
  "Вишневский",
  "Покровский",
  "Успенский",
  "Острожский",
  "Рождественский",
  "Толстой",
  "Луговской",
  "Шевченко",
  "Бондаренко",
  "Коваленко",
  "Черных",
  "Седых",
  "Кравец",
  "Гайдамак",
];

export const MALE_NAMES = [
  "Александр",
  "Дмитрий",
  "Максим",
  "Сергей",
  "Андрей",
  "Алексей",
  "Артём",
  "Илья",
  "Кирилл",
  "Михаил",
  "Никита",
  "Матвей",
  "Роман",
  "Егор",
  "Иван",
  "Павел",
  "Владимир",
  "Николай",
  "Олег",
  "Виктор",
  "Юрий",
  "Константин",
  "Евгений",
  "Григорий",
  "Тимур",
  "Руслан",
  "Вадим",
  "Степан",
];

export const FEMALE_NAMES = [
  "Анна",
  "Мария",
  "Елена",
  "Ольга",
  "Наталья",
  "Татьяна",
  "Ирина",
  "Екатерина",
  "Светлана",
  "Юлия",
  "Анастасия",
  "Дарья",
  "Марина",
  "Людмила",
  "Галина",
  "Валентина",
  "Ксения",
  "Полина",
  "Вера",
  "Надежда",
  "Алина",
  "Виктория",
  "Софья",
  "Алёна",
  "Любовь",
  "Евгения",
  "Кристина",
  "Лариса",
];

/** Patronymics as [male, female] pairs. */
const PATRONYMICS: Array<readonly [string, string]> = [
  ["Александрович", "Александровна"],
  ["Сергеевич", "Сергеевна"],
  ["Владимирович", "Владимировна"],
  ["Андреевич", "Андреевна"],
  ["Алексеевич", "Алексеевна"],
  ["Дмитриевич", "Дмитриевна"],
  ["Николаевич", "Николаевна"],
  ["Михайлович", "Михайловна"],
  ["Иванович", "Ивановна"],
  ["Викторович", "Викторовна"],
  ["Юрьевич", "Юрьевна"],
  ["Петрович", "Петровна"],
  ["Олегович", "Олеговна"],
  ["Павлович", "Павловна"],
  ["Евгеньевич", "Евгеньевна"],
  ["Игоревич", "Игоревна"],
  ["Васильевич", "Васильевна"],
  ["Ильич", "Ильинична"],
  ["Константинович", "Константиновна"],
  ["Григорьевич", "Григорьевна"],
  ["Романович", "Романовна"],
];

export type Sex = "male" | "female";

export function feminineSurname(male: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(male)) return `${male}а`;
  if (/(ский|цкий)$/.test(male)) return `${male.slice(0, -2)}ая`;
  if (/ской$/.test(male)) return `${male.slice(0, -2)}ая`;
  if (/ой$/.test(male)) return `${male.slice(0, -2)}ая`;
  return male; // -енко, -их/-ых and consonant endings do not change
}

export function fullName(sex: Sex, surname: string, first: string, patronymic: readonly [string, string]): string {
  return sex === "male"
    ? `${surname} ${first} ${patronymic[0]}`
    : `${feminineSurname(surname)} ${first} ${patronymic[1]}`;
}

export interface PersonName {
  sex: Sex;
  fullName: string;
  surname: string;
  firstName: string;
}

/** Distinct random names: no two people share a full name. */
export function nameGenerator(rng: Random): () => PersonName {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const sex: Sex = rng.chance(0.52) ? "female" : "male";
      const surname = rng.pick(SURNAMES);
      const firstName = rng.pick(sex === "male" ? MALE_NAMES : FEMALE_NAMES);
      const name = fullName(sex, surname, firstName, rng.pick(PATRONYMICS));
      if (used.has(name)) continue;
      used.add(name);
      return { sex, fullName: name, surname: name.split(" ")[0] ?? surname, firstName };
    }
  };
}

const TRANSLIT: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

export function transliterate(text: string): string {
  return [...text.toLowerCase()].map((ch) => TRANSLIT[ch] ?? ch).join("");
}

const MAIL_DOMAINS = ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "rambler.ru"] as const;

/** A plausible, lowercase e-mail such as "a.ivanova@yandex.ru"; unique within one seed run. */
export function emailFactory(rng: Random): (person: PersonName) => string {
  const used = new Set<string>();
  return (person) => {
    const first = transliterate(person.firstName);
    const last = transliterate(person.surname);
    const style = rng.int(0, 3);
    let local =
      style === 0
        ? `${first[0] ?? "x"}.${last}`
        : style === 1
          ? `${last}.${first}`
          : style === 2
            ? `${first}${last}${rng.int(70, 99)}`
            : `${last}${rng.int(1, 2024)}`;
    const domain = rng.pick(MAIL_DOMAINS);
    while (used.has(`${local}@${domain}`)) local += rng.int(0, 9);
    used.add(`${local}@${domain}`);
    return `${local}@${domain}`;
  };
}
