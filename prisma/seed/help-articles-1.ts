// Help-centre articles, part 1: tariffs, options, roaming, payments. Plain text, one string per paragraph.
// Prices are not repeated here: the portal shows them from the catalogue, so articles cannot go stale.
import type { HelpArticleDef } from "./help-centre";

export const HELP_ARTICLES_1: HelpArticleDef[] = [
  {
    slug: "change-tariff",
    category: "tariffs",
    title: "Как сменить тариф",
    titleEn: "How to change your tariff",
    body: [
      "Сменить тариф можно в личном кабинете в разделе «Тарифы»: выберите новый тариф, проверьте условия и нажмите «Перейти». Новый тариф начинает действовать сразу, номер и баланс сохраняются.",
      "Абонентская плата по новому тарифу списывается в день перехода, а неиспользованные минуты и гигабайты старого тарифа сгорают. Поэтому выгоднее менять тариф в начале расчётного периода.",
      "Если на балансе не хватает денег на абонентскую плату нового тарифа, переход не выполнится — пополните баланс и повторите. Архивные тарифы для перехода недоступны.",
    ],
    bodyEn: [
      "You can change your tariff in your personal account under “Tariffs”: pick a new tariff, check the terms and press “Switch”. The new tariff starts at once; your number and balance stay the same.",
      "The monthly fee of the new tariff is charged on the day you switch, and unused minutes and gigabytes of the old tariff are lost. That is why it pays to switch at the start of a billing period.",
      "If your balance does not cover the new monthly fee, the switch will not go through: top up and try again. Archived tariffs cannot be chosen.",
    ],
  },
  {
    slug: "choose-tariff",
    category: "tariffs",
    title: "Как выбрать подходящий тариф",
    titleEn: "How to choose the right tariff",
    body: [
      "Посмотрите, сколько минут, гигабайт и SMS вы тратите за месяц: расход по дням есть в личном кабинете. Выбирайте тариф, пакеты которого покрывают ваш обычный расход с небольшим запасом.",
      "Если вы часто докупаете интернет, выгоднее тариф с большим пакетом гигабайт или безлимитом. Если почти не звоните, не переплачивайте за минуты — обратите внимание на тариф «Смарт S».",
      "Личный кабинет сам подсказывает тариф, который обошёлся бы дешевле при вашем расходе за последние месяцы.",
    ],
    bodyEn: [
      "Look at how many minutes, gigabytes and texts you use in a month: daily usage is shown in your personal account. Choose a tariff whose allowances cover your usual usage with a small margin.",
      "If you often buy extra internet, a tariff with more gigabytes or unlimited internet is cheaper. If you hardly make calls, do not overpay for minutes: have a look at Smart S.",
      "Your personal account suggests a tariff that would have cost you less for your usage over the last months.",
    ],
  },
  {
    slug: "archived-tariff",
    category: "tariffs",
    title: "Мой тариф стал архивным. Что изменится?",
    titleEn: "My tariff was archived. What changes?",
    body: [
      "Архивный тариф закрыт для новых подключений, но продолжает работать у тех, кто на нём уже находится. Условия и абонентская плата при этом не меняются.",
      "Вы можете остаться на архивном тарифе сколько угодно. Но если перейдёте на другой тариф, вернуться на архивный уже не получится.",
    ],
    bodyEn: [
      "An archived tariff is closed to new connections but keeps working for people already on it. Its terms and monthly fee do not change.",
      "You can stay on an archived tariff as long as you like. But once you switch to another tariff, you cannot go back to the archived one.",
    ],
  },
  {
    slug: "monthly-fee",
    category: "tariffs",
    title: "Когда списывается абонентская плата по тарифу",
    titleEn: "When the monthly tariff fee is charged",
    body: [
      "Абонентская плата списывается раз в месяц, в начале расчётного периода. Дату следующего списания и сумму вы увидите в личном кабинете на главной странице.",
      "Перед списанием проверьте баланс: если денег не хватит, часть услуг будет ограничена, а при долге номер могут заблокировать. Прогноз «баланса хватит до» поможет пополнить счёт вовремя.",
      "Платные опции списываются в тот же день, что и абонентская плата по тарифу.",
    ],
    bodyEn: [
      "The monthly fee is charged once a month at the start of the billing period. The date and amount of the next charge are shown on the main page of your personal account.",
      "Check your balance before the charge: if there is not enough money, some services are limited, and a number in debt may be blocked. The “balance lasts until” forecast helps you top up in time.",
      "Paid options are charged on the same day as the tariff fee.",
    ],
  },
  {
    slug: "home-internet-tariffs",
    category: "tariffs",
    title: "Тарифы домашнего интернета",
    titleEn: "Home internet tariffs",
    body: [
      "Для квартиры и дома есть тарифы «Домашний 100» и «Домашний 500» — цифра означает скорость в мегабитах в секунду. Трафик не ограничен.",
      "Если дома много устройств, смотрят видео в высоком качестве или работают удалённо, выбирайте «Домашний 500». Для почты, соцсетей и одного телевизора хватит «Домашнего 100».",
      "К домашнему интернету можно подключить опции «Статический IP» и «Домашнее ТВ».",
    ],
    bodyEn: [
      "For flats and houses there are Home 100 and Home 500: the number is the speed in megabits per second. Traffic is unlimited.",
      "If many devices are online at home, you watch HD video or work remotely, choose Home 500. For mail, social media and one TV, Home 100 is enough.",
      "Home internet can be extended with the Static IP and Home TV options.",
    ],
  },
  {
    slug: "connect-option",
    category: "options",
    title: "Как подключить или отключить опцию",
    titleEn: "How to connect or disconnect an option",
    body: [
      "Откройте в личном кабинете раздел «Опции», выберите нужную опцию и нажмите «Подключить». Плата за подключение, если она есть, списывается сразу, ежемесячная — вместе с абонентской платой.",
      "Отключить опцию можно там же кнопкой «Отключить». Деньги за текущий месяц не возвращаются, но следующее списание уже не произойдёт.",
      "Опции, включённые в ваш тариф, отмечены как «Входит в тариф»: платить за них не нужно, и отключить их нельзя.",
    ],
    bodyEn: [
      "Open “Options” in your personal account, choose an option and press “Connect”. A connection fee, if any, is charged at once; the monthly fee is charged together with your tariff fee.",
      "To turn an option off, press “Disconnect” in the same place. This month's fee is not refunded, but there will be no next charge.",
      "Options included in your tariff are marked “Included in tariff”: you do not pay for them and cannot turn them off.",
    ],
  },
  {
    slug: "option-not-available",
    category: "options",
    title: "Почему опция не подключается",
    titleEn: "Why an option cannot be connected",
    body: [
      "Чаще всего опция несовместима с вашим тарифом — список совместимых тарифов указан в описании опции. Например, опции домашнего интернета не работают на мобильных тарифах.",
      "Некоторые опции взаимоисключающие: одновременно может действовать только одна опция из группы, например только один пакет роуминга. Сначала отключите подключённую опцию или замените её.",
      "Ещё одна причина — недостаточно денег на балансе для платы за подключение или номер заблокирован за долг. Пополните баланс и попробуйте снова.",
    ],
    bodyEn: [
      "Most often the option does not work with your tariff: compatible tariffs are listed in the option's description. Home internet options, for example, do not work on mobile tariffs.",
      "Some options exclude each other: only one option of a group can be active at a time, for example one roaming package. Turn off the active option first or replace it.",
      "Another reason is not enough money for the connection fee, or the number is blocked for debt. Top up your balance and try again.",
    ],
  },
  {
    slug: "extra-internet",
    category: "options",
    title: "Закончился интернет: пакеты «Интернет +5 ГБ» и «+20 ГБ»",
    titleEn: "Out of internet: Internet +5 GB and +20 GB packages",
    body: [
      "Когда пакет интернета по тарифу заканчивается, скорость снижается до конца расчётного периода. Чтобы вернуть скорость, подключите пакет «Интернет +5 ГБ» или «Интернет +20 ГБ» в разделе «Опции».",
      "Дополнительные гигабайты расходуются после основного пакета и действуют до конца текущего месяца. Если докупаете интернет каждый месяц, проще перейти на тариф с большим пакетом.",
    ],
    bodyEn: [
      "When your tariff's internet allowance runs out, the speed drops until the end of the billing period. To get full speed back, turn on Internet +5 GB or Internet +20 GB under “Options”.",
      "Extra gigabytes are used after the main allowance and last until the end of the current month. If you buy extra internet every month, a tariff with a bigger allowance is simpler.",
    ],
  },
  {
    slug: "caller-id-options",
    category: "options",
    title: "Опции «Кто звонил» и «Антиопределитель»",
    titleEn: "Missed calls and Caller ID block options",
    body: [
      "«Кто звонил» присылает SMS о пропущенных звонках, когда телефон был выключен или вне сети. В сообщении указаны номер и время звонка.",
      "«Антиопределитель» скрывает ваш номер при исходящих звонках. Учтите, что экстренные службы видят номер всегда, а некоторые абоненты не принимают звонки со скрытых номеров.",
    ],
    bodyEn: [
      "Missed calls sends you a text about calls you missed while your phone was off or out of coverage, with the number and time of each call.",
      "Caller ID block hides your number when you call. Emergency services always see it, and some people do not accept calls from hidden numbers.",
    ],
  },
  {
    slug: "parental-control",
    category: "options",
    title: "Родительский контроль на номере ребёнка",
    titleEn: "Parental control on a child's number",
    body: [
      "Опция «Родительский контроль» блокирует сайты для взрослых и платные подписки на номере ребёнка. Подключите её в личном кабинете того номера, которым пользуется ребёнок.",
      "Вместе с ней удобно подключить «Семейный номер», чтобы звонки между родителями и ребёнком были бесплатными.",
    ],
    bodyEn: [
      "The Parental control option blocks adult websites and paid subscriptions on a child's number. Turn it on in the personal account of the number the child uses.",
      "Add Family number as well, so that calls between parents and the child are free.",
    ],
  },
  {
    slug: "roaming-abroad",
    category: "roaming",
    title: "Роуминг за границей: как подготовиться к поездке",
    titleEn: "Roaming abroad: getting ready for a trip",
    body: [
      "Международный роуминг включён на всех номерах, отдельно подключать его не нужно. Но без пакета звонки и интернет в роуминге стоят дорого, поэтому перед поездкой подключите опцию для нужной зоны: «Роуминг: СНГ», «Роуминг: Европа» или «Роуминг: весь мир».",
      "Пополните баланс заранее: в роуминге номер работает только при положительном балансе. Проверьте, что на телефоне включена передача данных в роуминге.",
      "Одновременно может действовать только одна роуминговая опция. Если едете в несколько стран, выберите опцию, зона которой покрывает их все.",
    ],
    bodyEn: [
      "International roaming is on for every number; you do not need to request it. Without a package, though, calls and internet in roaming are expensive, so before the trip turn on the option for your zone: Roaming: CIS, Roaming: Europe or Roaming: worldwide.",
      "Top up in advance: in roaming the number works only with a positive balance. Make sure data roaming is enabled on your phone.",
      "Only one roaming option can be active at a time. If you visit several countries, pick the option whose zone covers all of them.",
    ],
  },
  {
    slug: "roaming-russia",
    category: "roaming",
    title: "Связь в поездках по России",
    titleEn: "Using your phone when travelling in Russia",
    body: [
      "В поездках по России вы находитесь во внутрисетевом роуминге: входящие звонки могут тарифицироваться иначе, чем дома. Опция «Роуминг по России» делает связь такой же, как в домашнем регионе.",
      "На тарифах «Смарт L» и «Безлимит» опция уже входит в тариф. На других тарифах подключите её в разделе «Опции» перед поездкой.",
    ],
    bodyEn: [
      "When you travel around Russia you are in domestic roaming: incoming calls may be charged differently from home. The Roaming in Russia option makes calls and internet cost the same as in your home region.",
      "Smart L and Unlimited already include the option. On other tariffs, turn it on under “Options” before you travel.",
    ],
  },
  {
    slug: "roaming-internet-not-working",
    category: "roaming",
    title: "Не работает интернет в роуминге",
    titleEn: "Mobile internet does not work in roaming",
    body: [
      "Сначала проверьте, что в настройках телефона включена передача данных в роуминге — по умолчанию многие телефоны её отключают. Затем перезагрузите телефон, чтобы он заново зарегистрировался в сети.",
      "Если интернет в роуминге всё ещё не работает, выберите оператора страны вручную в настройках сети и проверьте точку доступа APN: должна быть указана internet. Убедитесь, что баланс положительный.",
      "Если ничего не помогло, напишите нам в чат прямо из личного кабинета — чат работает и в роуминге через Wi‑Fi.",
    ],
    bodyEn: [
      "First check that data roaming is enabled in your phone settings: many phones turn it off by default. Then restart the phone so that it registers with the network again.",
      "If roaming internet still does not work, choose the local operator manually in the network settings and check the APN: it should be internet. Make sure your balance is positive.",
      "If nothing helps, write to us in the chat from your personal account: the chat works in roaming over Wi‑Fi too.",
    ],
  },
  {
    slug: "roaming-spending",
    category: "roaming",
    title: "Как не потратить лишнего в роуминге",
    titleEn: "How to avoid overspending in roaming",
    body: [
      "Самое дорогое в роуминге — интернет без пакета. Отключите автообновление приложений и резервное копирование фотографий или разрешите их только по Wi‑Fi.",
      "Следите за расходами в личном кабинете: списания в роуминге появляются в истории с небольшой задержкой, которая зависит от оператора страны пребывания.",
      "После возвращения домой отключите роуминговую опцию, если она вам больше не нужна, иначе абонентская плата спишется в следующем месяце.",
    ],
    bodyEn: [
      "The most expensive thing in roaming is internet without a package. Turn off app auto-updates and photo backups, or allow them on Wi‑Fi only.",
      "Watch your spending in your personal account: roaming charges appear in the history with a delay that depends on the foreign operator.",
      "When you are back home, turn off the roaming option if you no longer need it, or its monthly fee will be charged next month.",
    ],
  },
  {
    slug: "top-up-balance",
    category: "payments",
    title: "Как пополнить баланс",
    titleEn: "How to top up your balance",
    body: [
      "Пополнить баланс можно банковской картой в личном кабинете: нажмите «Пополнить», введите сумму и данные карты. Деньги поступают на счёт сразу.",
      "Также можно оплатить связь в приложении банка по номеру телефона или номеру лицевого счёта, в терминалах и в салонах связи. Такие платежи обычно поступают в течение нескольких минут.",
      "Пополнить можно и чужой номер: укажите его при оплате. Проверяйте номер внимательно — ошибочный платёж вернуть сложнее.",
    ],
    bodyEn: [
      "You can top up with a bank card in your personal account: press “Top up”, enter the amount and the card details. The money arrives at once.",
      "You can also pay in your bank's app by phone number or account number, at payment terminals and in our shops. These payments usually arrive within a few minutes.",
      "You can top up someone else's number by entering it when you pay. Check the number carefully: a payment to the wrong number is harder to get back.",
    ],
  },
  {
    slug: "payment-not-received",
    category: "payments",
    title: "Платёж не поступил на счёт",
    titleEn: "My payment has not arrived",
    body: [
      "Платежи через банк и терминалы обычно поступают за несколько минут, но иногда до суток. Проверьте историю платежей в личном кабинете и правильность номера в чеке.",
      "Если прошло больше суток, а деньги не пришли, напишите в чат и приложите чек или выписку: номер телефона, сумму, дату и время оплаты. Мы найдём платёж и зачислим его.",
    ],
    bodyEn: [
      "Payments through banks and terminals usually arrive within minutes, sometimes up to a day. Check the payment history in your personal account and the number on the receipt.",
      "If more than a day has passed and the money has not arrived, write to the chat and attach the receipt or bank statement: phone number, amount, date and time of payment. We will find the payment and credit it.",
    ],
  },
];
