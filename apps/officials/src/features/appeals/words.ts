/** The appeals pages' words; statuses, types and refusals come from @ishonch/i18n. */
import type { WordTree } from "@ishonch/i18n";

export const appealWords = {
  link: {
    uz: "Fuqarolar murojaatlari: kiruvchi va yuqori organga shikoyatlar",
    ru: "Обращения граждан: входящие и жалобы вышестоящему",
    en: "Citizens' appeals: inbox and escalations",
  },
  backHome: {
    uz: "Tashkilotlar va xodimlarga qaytish",
    ru: "Назад к организациям и сотрудникам",
    en: "Back to organizations and staff",
  },
  title: { uz: "Fuqarolar murojaatlari", ru: "Обращения граждан", en: "Citizens' appeals" },
  subtitle: {
    uz: "Idoraning kiruvchi murojaatlari, qonuniy muddat boʻyicha tartiblangan",
    ru: "Входящие обращения ведомства по сроку, установленному законом",
    en: "The agency's inbox, sorted by the legal deadline",
  },
  agency: {
    fromChain: {
      uz: "Murojaatlar boʻyicha rollaringiz, blokcheyndan oʻqilgan",
      ru: "Ваши роли по обращениям, прочитанные из блокчейна",
      en: "Your appeals roles, read from the chain",
    },
    noRole: {
      uz: "Hisobingiz hech bir tashkilotda murojaatlar xodimi ham, rahbar ham emas.",
      ru: "Ваш аккаунт не является ни сотрудником по обращениям, ни руководителем организации.",
      en: "Your account holds neither the appeals officer nor the head role in any organization.",
    },
    connectFirst: {
      uz: "Idoralaringizni koʻrish uchun Ishonch tarmogʻidagi hamyonni ulang.",
      ru: "Подключите кошелёк в сети Ishonch, чтобы увидеть ваши ведомства.",
      en: "Connect a wallet on the Ishonch network to see the agencies you act for.",
    },
  },
  queues: {
    inbox: { uz: "Kiruvchi", ru: "Входящие", en: "Inbox" },
    escalations: { uz: "Bizga shikoyatlar", ru: "Жалобы к нам", en: "Escalated to us" },
    inboxHeading: {
      uz: "{agency}: kiruvchi murojaatlar",
      ru: "Входящие: {agency}",
      en: "Inbox of {agency}",
    },
    escalationsHeading: {
      uz: "{agency} ga yuborilgan shikoyatlar",
      ru: "Жалобы, переданные в {agency}",
      en: "Complaints escalated to {agency}",
    },
    escalationsNote: {
      uz: "Quyi idora muddatni oʻtkazib yuborsa yoki qoniqarsiz javob bersa, fuqarolar shu yerga shikoyat qiladi.",
      ru: "Граждане обращаются сюда, если подчинённое ведомство пропустило срок или ответило неудовлетворительно.",
      en: "Citizens escalate here when a subordinate agency missed its deadline or answered badly.",
    },
  },
  table: {
    id: { uz: "Murojaat raqami", ru: "Номер обращения", en: "Tracking number" },
    type: { uz: "Turi", ru: "Вид", en: "Type" },
    status: { uz: "Holati", ru: "Статус", en: "Status" },
    received: { uz: "Qabul qilingan", ru: "Получено", en: "Received" },
    deadline: { uz: "Muddat", ru: "Срок", en: "Deadline" },
    left: { uz: "Qolgan vaqt", ru: "Осталось", en: "Time left" },
    empty: { uz: "Murojaatlar yoʻq.", ru: "Обращений нет.", en: "No appeals here." },
    shown: {
      uz: "{total} tadan {shown} tasi koʻrsatilmoqda",
      ru: "Показано {shown} из {total}",
      en: "Showing {shown} of {total}",
    },
    daysLeft: { uz: "{days} kun qoldi", ru: "осталось {days} дн.", en: "{days} d left" },
    overdueBy: {
      uz: "{days} kun kechikkan",
      ru: "просрочено на {days} дн.",
      en: "overdue by {days} d",
    },
    escalatedFrom: {
      uz: "№ {id} murojaat boʻyicha shikoyat",
      ru: "жалоба по обращению № {id}",
      en: "escalated from No. {id}",
    },
    open: {
      uz: "№ {id} murojaatni ochish",
      ru: "Открыть обращение № {id}",
      en: "Open appeal No. {id}",
    },
    unavailable: {
      uz: "Indeks hozir mavjud emas; kiruvchi murojaatlarni koʻrsatib boʻlmaydi.",
      ru: "Индекс сейчас недоступен; входящие показать нельзя.",
      en: "The index is not available right now; the inbox cannot be shown.",
    },
    chooseAgency: {
      uz: "Murojaatlarini koʻrish uchun idorani tanlang.",
      ru: "Выберите ведомство, чтобы увидеть его обращения.",
      en: "Choose an agency to see its appeals.",
    },
  },
  overdue: { uz: "Muddati oʻtgan", ru: "Просрочено", en: "Overdue" },
  detail: {
    heading: { uz: "№ {id} murojaat", ru: "Обращение № {id}", en: "Appeal No. {id}" },
    fromChain: {
      uz: "Blokcheyndan oʻqilgan",
      ru: "Прочитано из блокчейна",
      en: "Read from the chain",
    },
    type: { uz: "Turi", ru: "Вид", en: "Type" },
    status: { uz: "Hozirgi holati", ru: "Статус сейчас", en: "Status now" },
    holder: { uz: "Qaysi idorada", ru: "У ведомства", en: "Held by" },
    registered: { uz: "Roʻyxatga olingan", ru: "Зарегистрировано", en: "Registered" },
    received: {
      uz: "Ushbu idora qabul qilgan",
      ru: "Получено этим ведомством",
      en: "Received by this agency",
    },
    deadline: { uz: "Muddat", ru: "Срок", en: "Deadline" },
    answered: { uz: "Javob berilgan", ru: "Ответ дан", en: "Answered" },
    forwards: { uz: "Yoʻnaltirilgan", ru: "Перенаправлено", en: "Forwarded" },
    extended: { uz: "Uzaytirish ishlatilgan", ru: "Продление использовано", en: "Extension used" },
    extraChecking: {
      uz: "Qoʻshimcha tekshiruv",
      ru: "Дополнительная проверка",
      en: "Extra checking",
    },
    rating: { uz: "Fuqaroning bahosi", ru: "Оценка гражданина", en: "Citizen's rating" },
    escalatedFrom: {
      uz: "Shikoyat qilingan murojaat",
      ru: "Жалоба по обращению",
      en: "Escalates appeal",
    },
    escalatedTo: {
      uz: "Shikoyat sifatida davom etadi",
      ru: "Продолжено как жалоба",
      en: "Continues as complaint",
    },
    yes: { uz: "ha", ru: "да", en: "yes" },
    no: { uz: "yoʻq", ru: "нет", en: "no" },
    none: { uz: "—", ru: "—", en: "—" },
    times: { uz: "{count} marta", ru: "раз: {count}", en: "{count} time(s)" },
    ratingOf: { uz: "5 dan {rating}", ru: "{rating} из 5", en: "{rating} of 5" },
    notHeld: {
      uz: "Hisobingiz bu murojaat turgan idora nomidan ishlamaydi: holatini koʻrasiz, matnini emas.",
      ru: "Ваш аккаунт не действует от имени ведомства, у которого это обращение: виден статус, но не текст.",
      en: "Your account does not act for the agency that holds this appeal: you can read its status, not its text.",
    },
  },
  content: {
    heading: { uz: "Murojaat matni", ru: "Текст обращения", en: "Appeal text" },
    decrypt: {
      uz: "Idora kaliti bilan ochish",
      ru: "Расшифровать ключом ведомства",
      en: "Decrypt with the agency key",
    },
    decrypting: { uz: "Ochilmoqda…", ru: "Расшифровка…", en: "Decrypting…" },
    attachments: { uz: "Ilovalar", ru: "Вложения", en: "Attachments" },
    answerHeading: { uz: "Yuborilgan javob", ru: "Отправленный ответ", en: "Answer sent" },
    unavailable: {
      uz: "Shifrlangan matn mavjud emas.",
      ru: "Зашифрованный текст недоступен.",
      en: "The encrypted text is not available.",
    },
    agencyKey: {
      uz: "Idoraning murojaatlar kaliti (yopiq)",
      ru: "Ключ ведомства для обращений (закрытый)",
      en: "Agency appeals key (private)",
    },
    agencyKeyHint: {
      uz: "64 ta oʻn oltilik belgi; faqat shu oynada saqlanadi, hech qayerga yuborilmaydi.",
      ru: "64 шестнадцатеричных символа; хранится только в этой вкладке и никуда не отправляется.",
      en: "64 hexadecimal characters; kept in this tab only, never sent.",
    },
    demoKey: {
      uz: "Namuna kalitini olish (faqat mahalliy ishlab chiqish tarmogʻi)",
      ru: "Взять демонстрационный ключ (только локальная сеть разработки)",
      en: "Use the demo key (local dev chain only)",
    },
    agencyKeyInvalid: {
      uz: "Bu kalit emas: 0x bilan yoki usiz 64 ta oʻn oltilik belgi kerak.",
      ru: "Это не ключ: нужно 64 шестнадцатеричных символа, с 0x или без.",
      en: "This is not a key: 64 hexadecimal characters, with or without 0x.",
    },
  },
  actions: {
    heading: { uz: "Amallar", ru: "Действия", en: "Actions" },
    startReview: { uz: "Koʻrib chiqishni boshlash", ru: "Начать рассмотрение", en: "Start review" },
    reviewStarted: {
      uz: "№ {id} murojaatni koʻrib chiqish boshlandi",
      ru: "Рассмотрение обращения № {id} начато",
      en: "Review of appeal No. {id} started",
    },
    extraChecking: {
      uz: "Qoʻshimcha tekshiruv kerak (bir oy)",
      ru: "Требует дополнительной проверки (один месяц)",
      en: "Needs extra checking (one month)",
    },
    extraCheckingReason: {
      uz: "Nega qoʻshimcha tekshiruv kerak",
      ru: "Почему нужна дополнительная проверка",
      en: "Why extra checking is needed",
    },
    extraCheckingDone: {
      uz: "№ {id} murojaat muddati: qabul qilingandan bir oy",
      ru: "Срок по обращению № {id}: один месяц со дня получения",
      en: "Appeal No. {id} now due in one month from receipt",
    },
    answer: { uz: "Javob berish", ru: "Ответить", en: "Answer" },
    answerText: { uz: "Fuqaroga javob", ru: "Ответ гражданину", en: "Answer to the citizen" },
    answerHint: {
      uz: "{max} belgigacha; fuqaro uchun shifrlanadi, blokcheynga faqat uning xeshi yoziladi.",
      ru: "До {max} символов; шифруется для гражданина, в блокчейн попадает только его хеш.",
      en: "Up to {max} characters; encrypted for the citizen, only its hash goes on chain.",
    },
    answered: {
      uz: "№ {id} murojaatga javob berildi",
      ru: "На обращение № {id} дан ответ",
      en: "Appeal No. {id} answered",
    },
    forward: {
      uz: "Vakolatli idoraga yoʻnaltirish",
      ru: "Перенаправить в компетентное ведомство",
      en: "Forward to the competent agency",
    },
    forwardTo: { uz: "Vakolatli idora", ru: "Компетентное ведомство", en: "Competent agency" },
    forwardReason: {
      uz: "Yoʻnaltirish sababi (fuqaroga maʼlum qilinadi)",
      ru: "Причина перенаправления (сообщается гражданину)",
      en: "Reason for forwarding (the citizen is told)",
    },
    forwarded: {
      uz: "№ {id} murojaat {to} idoraga yoʻnaltirildi",
      ru: "Обращение № {id} перенаправлено в ведомство {to}",
      en: "Appeal No. {id} forwarded to agency {to}",
    },
    extend: {
      uz: "Muddatni uzaytirish (idora rahbari, bir marta)",
      ru: "Продлить срок (руководитель, один раз)",
      en: "Extend the deadline (head of agency, once)",
    },
    extendDays: {
      uz: "Kunlar (1 dan {max} gacha)",
      ru: "Дней (от 1 до {max})",
      en: "Days (1 to {max})",
    },
    extendReason: {
      uz: "Uzaytirish sababi (fuqaroga maʼlum qilinadi)",
      ru: "Причина продления (сообщается гражданину)",
      en: "Reason for the extension (the citizen is told)",
    },
    extended: {
      uz: "№ {id} murojaat muddati {days} kunga uzaytirildi",
      ru: "Срок по обращению № {id} продлён на {days} дн.",
      en: "Appeal No. {id} extended by {days} days",
    },
    headOnly: {
      uz: "Muddatni faqat idora rahbari, har bir murojaat uchun bir marta uzaytira oladi.",
      ru: "Продлить срок может только руководитель ведомства, один раз на обращение.",
      en: "Only the head of the agency may extend, once per appeal.",
    },
  },
  validation: {
    daysInvalid: {
      uz: "1 dan {max} gacha butun kun kiriting.",
      ru: "Введите целое число дней от 1 до {max}.",
      en: "Enter whole days from 1 to {max}.",
    },
    agencyRequired: { uz: "Idorani tanlang.", ru: "Выберите ведомство.", en: "Choose the agency." },
    forwardToHolder: {
      uz: "Murojaat allaqachon shu idorada: boshqasini tanlang.",
      ru: "Обращение уже в этом ведомстве: выберите другое.",
      en: "The appeal is already at this agency: choose another one.",
    },
    openFirst: {
      uz: "Avval murojaatni idora kaliti bilan oching: javob undagi fuqaro uchun shifrlanadi.",
      ru: "Сначала откройте обращение ключом ведомства: ответ шифруется для гражданина, указанного в нём.",
      en: "Open the appeal with the agency key first: the answer is encrypted for the citizen named inside it.",
    },
  },
} satisfies WordTree;
