// Help-centre articles, part 2: payments, internet settings, equipment, account and blocked numbers.
import type { HelpArticleDef } from "./help-centre";

export const HELP_ARTICLES_2: HelpArticleDef[] = [
  {
    slug: "spending-history",
    category: "payments",
    title: "Куда ушли деньги: история списаний",
    titleEn: "Where did my money go: charge history",
    body: [
      "Все списания и платежи видны в личном кабинете в разделе «Платежи»: абонентская плата, опции, звонки, интернет, SMS и роуминг. Баланс — это сумма всех этих операций.",
      "Если видите непонятное списание, откройте его: в описании указаны услуга и дата. Если списание кажется ошибочным, напишите в чат — оператор проверит его и при ошибке вернёт деньги.",
    ],
    bodyEn: [
      "All charges and payments are listed in your personal account under “Payments”: the tariff fee, options, calls, internet, texts and roaming. Your balance is the sum of all of them.",
      "If a charge is unclear, open it: the description shows the service and date. If a charge looks wrong, write to the chat: an operator will check it and refund the money if it was a mistake.",
    ],
  },
  {
    slug: "wrong-number-payment",
    category: "payments",
    title: "Оплатил не тот номер: как вернуть платёж",
    titleEn: "Paid the wrong number: getting the payment back",
    body: [
      "Если вы ошиблись номером при оплате, напишите в чат как можно скорее. Понадобятся чек, номер, на который ушёл платёж, и номер, на который он должен был поступить.",
      "Мы перенесём деньги, если они ещё не израсходованы на другом номере. Перенос обычно занимает до трёх рабочих дней.",
    ],
    bodyEn: [
      "If you paid the wrong number, write to the chat as soon as possible. We need the receipt, the number that received the payment and the number it was meant for.",
      "We move the money if it has not yet been spent on the other number. This usually takes up to three working days.",
    ],
  },
  {
    slug: "apn-settings",
    category: "internet",
    title: "Настройка мобильного интернета: точка доступа APN",
    titleEn: "Setting up mobile internet: the APN",
    body: [
      "Обычно настройки интернета приходят автоматически при первой установке SIM-карты. Если интернет не работает, проверьте точку доступа вручную.",
      "На Android откройте «Настройки» → «Мобильная сеть» → «Точки доступа (APN)», на iPhone — «Настройки» → «Сотовая связь» → «Сотовая сеть передачи данных». Укажите APN: internet, имя пользователя и пароль оставьте пустыми, тип APN: default,supl.",
      "Сохраните точку доступа, выберите её активной и перезагрузите телефон. Убедитесь, что включена передача мобильных данных.",
    ],
    bodyEn: [
      "Internet settings usually arrive automatically when you first insert the SIM card. If the internet does not work, check the access point manually.",
      "On Android open Settings → Mobile network → Access Point Names (APN); on iPhone, Settings → Mobile Data → Mobile Data Network. Set the APN to internet, leave the user name and password empty, APN type: default,supl.",
      "Save the access point, make it active and restart the phone. Make sure mobile data is turned on.",
    ],
  },
  {
    slug: "enable-4g",
    category: "internet",
    title: "Как включить 4G (LTE) на телефоне",
    titleEn: "How to turn on 4G (LTE) on your phone",
    body: [
      "Все наши SIM-карты, выпущенные после 2015 года, поддерживают 4G. Если телефон показывает только 3G или H+, откройте настройки мобильной сети и выберите предпочтительный тип сети «4G/3G/2G (авто)» или «LTE».",
      "Если пункта 4G нет, проверьте, поддерживает ли его телефон, и узнайте, есть ли покрытие 4G в вашем районе. Старую SIM-карту без поддержки 4G можно бесплатно заменить в салоне связи.",
    ],
    bodyEn: [
      "All our SIM cards issued since 2015 support 4G. If your phone shows only 3G or H+, open the mobile network settings and choose the preferred network type “4G/3G/2G (auto)” or “LTE”.",
      "If there is no 4G item, check that your phone supports it and that there is 4G coverage in your area. An old SIM card without 4G can be replaced free of charge in our shops.",
    ],
  },
  {
    slug: "slow-internet",
    category: "internet",
    title: "Медленный мобильный интернет",
    titleEn: "Slow mobile internet",
    body: [
      "Проверьте остаток пакета интернета в личном кабинете: после того как гигабайты по тарифу закончились, скорость снижается. Вернуть её поможет пакет «Интернет +5 ГБ» или «+20 ГБ».",
      "Если пакет не израсходован, включите в настройках режим 4G и перезагрузите телефон. Скорость может падать в местах с плохим покрытием и в часы пик, например на стадионах и в метро.",
      "Если интернет медленный постоянно и в одном и том же месте, напишите в чат с адресом — мы передадим обращение инженерам сети.",
    ],
    bodyEn: [
      "Check the remaining internet allowance in your personal account: once the tariff's gigabytes are used up, the speed drops. Internet +5 GB or +20 GB brings it back.",
      "If you still have gigabytes left, turn on 4G in the settings and restart the phone. Speed can drop where coverage is poor and at busy times, for example at stadiums and in the metro.",
      "If the internet is always slow in the same place, write to the chat with the address and we will pass it on to our network engineers.",
    ],
  },
  {
    slug: "internet-allowance",
    category: "internet",
    title: "Как узнать остаток минут и гигабайт",
    titleEn: "How to check your remaining minutes and gigabytes",
    body: [
      "Остатки пакетов по тарифу и опциям показаны на главной странице личного кабинета и обновляются в течение дня. Там же есть расход по дням за последние месяцы.",
      "Без интернета остаток можно узнать, набрав *100# и кнопку вызова: ответ придёт на экран телефона.",
    ],
    bodyEn: [
      "The remaining allowances of your tariff and options are shown on the main page of your personal account and are updated during the day. Daily usage for recent months is there too.",
      "Without internet, dial *100# and press call: the answer appears on your phone's screen.",
    ],
  },
  {
    slug: "static-ip",
    category: "internet",
    title: "Статический IP-адрес для домашнего интернета",
    titleEn: "A static IP address for home internet",
    body: [
      "Статический IP нужен, чтобы подключаться к домашним камерам, серверу или удалённому рабочему столу извне. Подключите опцию «Статический IP» в личном кабинете — адрес будет закреплён за вашим договором.",
      "После подключения перезагрузите роутер. Адрес появится в описании опции в личном кабинете.",
    ],
    bodyEn: [
      "A static IP lets you reach home cameras, a server or a remote desktop from outside. Turn on the Static IP option in your personal account and an address is reserved for your contract.",
      "After turning it on, restart your router. The address appears in the option's description in your personal account.",
    ],
  },
  {
    slug: "router-setup",
    category: "equipment",
    title: "Настройка Wi‑Fi роутера для домашнего интернета",
    titleEn: "Setting up a Wi‑Fi router for home internet",
    body: [
      "Подключите кабель из подъезда в порт WAN (обычно он выделен цветом) и включите роутер. Соедините компьютер с роутером кабелем или по Wi‑Fi — имя сети и пароль указаны на наклейке снизу.",
      "Откройте в браузере адрес 192.168.0.1 или 192.168.1.1 и войдите с данными с наклейки. Выберите тип подключения «Динамический IP (DHCP)» — логин и пароль от провайдера не нужны.",
      "Задайте своё имя сети и надёжный пароль Wi‑Fi, сохраните настройки и перезагрузите роутер. Если интернет не появился, напишите в чат с номером договора.",
    ],
    bodyEn: [
      "Plug the cable from the stairwell into the WAN port (usually a different colour) and turn the router on. Connect a computer to the router by cable or Wi‑Fi: the network name and password are on the sticker underneath.",
      "Open 192.168.0.1 or 192.168.1.1 in a browser and sign in with the details from the sticker. Choose the connection type “Dynamic IP (DHCP)”: no provider login or password is needed.",
      "Set your own network name and a strong Wi‑Fi password, save the settings and restart the router. If there is still no internet, write to the chat with your contract number.",
    ],
  },
  {
    slug: "router-wifi-password",
    category: "equipment",
    title: "Как сменить пароль Wi‑Fi на роутере",
    titleEn: "How to change the Wi‑Fi password on your router",
    body: [
      "Зайдите в настройки роутера через браузер (адрес указан на наклейке), откройте раздел «Беспроводная сеть» или «Wi‑Fi» → «Безопасность». Выберите шифрование WPA2 или WPA3 и введите новый пароль не короче 12 символов.",
      "После сохранения все устройства отключатся от сети — подключите их заново с новым паролем. Если забыли пароль от самого роутера, сбросьте его к заводским настройкам кнопкой Reset и настройте заново.",
    ],
    bodyEn: [
      "Open the router settings in a browser (the address is on the sticker), then go to Wireless or Wi‑Fi → Security. Choose WPA2 or WPA3 and enter a new password of at least 12 characters.",
      "After saving, all devices are disconnected: reconnect them with the new password. If you forgot the router's own password, reset it to factory settings with the Reset button and set it up again.",
    ],
  },
  {
    slug: "sim-replacement",
    category: "equipment",
    title: "Замена SIM-карты",
    titleEn: "Replacing a SIM card",
    body: [
      "Заменить SIM-карту можно в любом салоне связи с паспортом владельца номера. Номер, тариф, баланс и опции сохраняются, замена бесплатна.",
      "Замена нужна, если карта повреждена, не подходит по размеру к новому телефону или не поддерживает 4G. Старая SIM-карта перестаёт работать сразу после активации новой.",
    ],
    bodyEn: [
      "You can replace a SIM card in any of our shops with the number owner's passport. Your number, tariff, balance and options stay; the replacement is free.",
      "Replace it if the card is damaged, does not fit a new phone or does not support 4G. The old SIM card stops working as soon as the new one is activated.",
    ],
  },
  {
    slug: "esim",
    category: "equipment",
    title: "Как подключить eSIM",
    titleEn: "How to get an eSIM",
    body: [
      "eSIM — это встроенная в телефон SIM-карта, которую не нужно вставлять. Проверьте, что ваш телефон поддерживает eSIM: список моделей есть в настройках телефона в разделе «Сотовая связь».",
      "Перейти на eSIM со своим номером можно в салоне связи: вам выдадут QR-код. В настройках телефона выберите «Добавить eSIM», отсканируйте код и дождитесь активации — обычно это несколько минут.",
      "После активации eSIM пластиковая SIM-карта с этим номером перестаёт работать. При смене телефона eSIM нужно будет перевыпустить.",
    ],
    bodyEn: [
      "An eSIM is a SIM built into the phone that you do not need to insert. Check that your phone supports eSIM: you will find it in the phone's Mobile settings.",
      "You can move your number to an eSIM in our shops: you get a QR code. In the phone settings choose “Add eSIM”, scan the code and wait for activation, usually a few minutes.",
      "Once the eSIM is active, the plastic SIM card with this number stops working. When you change phones, the eSIM has to be issued again.",
    ],
  },
  {
    slug: "forgot-password",
    category: "account",
    title: "Забыли пароль от личного кабинета",
    titleEn: "Forgot your personal account password",
    body: [
      "На странице входа нажмите «Забыли пароль?» и укажите номер телефона или лицевого счёта. Мы пришлём SMS с кодом или ссылку на e-mail из договора — введите код или откройте ссылку и задайте новый пароль.",
      "Код и ссылка действуют несколько минут. Если SMS не пришло, проверьте, что номер введён верно и телефон в сети, и запросите код ещё раз через минуту. После смены пароля все прежние сеансы входа завершатся.",
      "Если SIM-карта утеряна, а e-mail в договоре не указан, обратитесь в салон связи с паспортом.",
    ],
    bodyEn: [
      "On the sign-in page press “Forgot your password?” and enter your phone or account number. We send a text with a code or a link to the e-mail in your contract: enter the code or open the link and set a new password.",
      "The code and the link are valid for a few minutes. If the text does not arrive, check the number and that the phone has signal, then request the code again after a minute. Changing the password signs out all earlier sessions.",
      "If the SIM card is lost and there is no e-mail in your contract, visit one of our shops with your passport.",
    ],
  },
  {
    slug: "sign-in-problems",
    category: "account",
    title: "Не получается войти в личный кабинет",
    titleEn: "Cannot sign in to your personal account",
    body: [
      "Для входа используйте номер телефона в формате +7… или девятизначный номер лицевого счёта и пароль. Проверьте раскладку клавиатуры и Caps Lock.",
      "После нескольких неудачных попыток вход временно ограничивается — это защита от подбора пароля. Подождите указанное время или восстановите пароль по SMS.",
    ],
    bodyEn: [
      "Sign in with your phone number as +7… or your 9-digit account number and your password. Check the keyboard layout and Caps Lock.",
      "After several failed attempts sign-in is limited for a while to protect you from password guessing. Wait for the time shown or recover your password by text.",
    ],
  },
  {
    slug: "change-password",
    category: "account",
    title: "Как сменить пароль и защитить кабинет",
    titleEn: "How to change your password and keep your account safe",
    body: [
      "Сменить пароль можно в личном кабинете в разделе «Безопасность». Используйте пароль длиной не меньше 8 символов, который вы не используете на других сайтах.",
      "Никому не сообщайте пароль и коды из SMS — сотрудники оператора никогда их не спрашивают. Если подозреваете, что пароль узнал кто-то ещё, смените его: все другие сеансы входа завершатся, а текущий останется открытым.",
    ],
    bodyEn: [
      "You can change your password under “Security” in your personal account. Use at least 8 characters and a password you do not use on other sites.",
      "Never share your password or codes from texts: our staff never ask for them. If you think someone else knows your password, change it and all other sessions will be signed out.",
    ],
  },
  {
    slug: "number-blocked-for-debt",
    category: "account",
    title: "Номер заблокирован за долг: как разблокировать",
    titleEn: "Number blocked for debt: how to unblock it",
    body: [
      "Если баланс ушёл в минус и долг не погашен, номер блокируется: исходящие звонки, SMS и интернет не работают, но входящие звонки и вызов экстренных служб доступны.",
      "Чтобы разблокировать номер, пополните баланс так, чтобы он стал положительным. Номер разблокируется автоматически в течение нескольких минут после поступления платежа.",
      "Личный кабинет при блокировке продолжает работать: в нём видно, сколько нужно внести, и можно пополнить баланс картой.",
    ],
    bodyEn: [
      "If your balance goes negative and the debt is not paid, the number is blocked: outgoing calls, texts and internet stop working, but incoming calls and emergency calls still work.",
      "To unblock the number, top up so that the balance is positive. The number is unblocked automatically within a few minutes after the payment arrives.",
      "Your personal account keeps working while the number is blocked: it shows how much to pay and lets you top up by card.",
    ],
  },
  {
    slug: "lost-phone-block",
    category: "account",
    title: "Потеряли телефон: как заблокировать номер",
    titleEn: "Lost your phone: how to block your number",
    body: [
      "Сразу заблокируйте номер, чтобы никто не воспользовался вашими деньгами и кодами из SMS: напишите в чат из личного кабинета с другого устройства или позвоните в поддержку с любого телефона.",
      "Добровольная блокировка бесплатна, номер и баланс сохраняются. Чтобы снять блокировку, получите новую SIM-карту или eSIM с тем же номером в салоне связи.",
    ],
    bodyEn: [
      "Block the number at once so nobody can use your money or codes from texts: write to the chat from your personal account on another device or call support from any phone.",
      "A voluntary block is free; your number and balance are kept. To lift it, get a new SIM card or eSIM with the same number in one of our shops.",
    ],
  },
  {
    slug: "contact-support-chat",
    category: "account",
    title: "Как связаться с оператором в чате",
    titleEn: "How to reach an operator in the chat",
    body: [
      "Нажмите кнопку чата в правом нижнем углу любой страницы. Сначала ответит бот: он знает ответы на частые вопросы и может сразу выполнить простые действия.",
      "Если бот не помог, нажмите «Позвать оператора» — чат перейдёт к сотруднику поддержки вместе со всей историей, повторять вопрос не придётся. После разговора оцените работу оператора: это помогает нам становиться лучше.",
    ],
    bodyEn: [
      "Press the chat button in the bottom right corner of any page. A bot answers first: it knows answers to common questions and can do simple things for you straight away.",
      "If the bot did not help, press “Call an operator”: the chat moves to a support agent with its whole history, so you do not have to repeat yourself. After the conversation, please rate the operator: it helps us improve.",
    ],
  },
];
