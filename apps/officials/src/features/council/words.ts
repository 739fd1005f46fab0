/** The council page's words; refusals come from @ishonch/i18n's error words. */
import type { WordTree } from "@ishonch/i18n";

export const councilWords = {
  title: { uz: "Agentliklar kengashi", ru: "Совет агентств", en: "Council of agencies" },
  subtitle: {
    uz: "Hech bir kalit tashkilotni yolgʻiz akkreditatsiya qilmaydi: aʼzolar taklif qiladi, tasdiqlaydi va ochiq kutadi.",
    ru: "Ни один ключ не аккредитует организацию в одиночку: члены совета предлагают, одобряют и ждут публично.",
    en: "No single key accredits an organization: members propose, approve, and wait in public.",
  },
  homeLink: {
    uz: "Agentliklar kengashi: takliflar va tasdiqlar",
    ru: "Совет агентств: предложения и одобрения",
    en: "Council of agencies: proposals and approvals",
  },
  backHome: { uz: "Bosh sahifaga", ru: "На главную", en: "Back to the main page" },
  rule: {
    uz: "{members} aʼzodan {threshold} tasi tasdiqlashi kerak; soʻng amal tarmoqda ochiq muddatni kutadi.",
    ru: "Нужно одобрение {threshold} из {members} членов; затем действие ждёт публичный срок в сети.",
    en: "{threshold} of {members} members must approve; then the call waits out a public delay on the chain.",
  },
  chainTime: { uz: "Tarmoq vaqti: {time}", ru: "Время сети: {time}", en: "Chain time: {time}" },
  proposalsHeading: { uz: "Takliflar", ru: "Предложения", en: "Proposals" },
  noProposals: {
    uz: "Hozircha takliflar yoʻq.",
    ru: "Предложений пока нет.",
    en: "No proposals yet.",
  },
  proposal: { uz: "{id}-taklif", ru: "Предложение № {id}", en: "Proposal {id}" },
  proposedBy: {
    uz: "Taklif qilgan: {account}",
    ru: "Предложил {account}",
    en: "Proposed by {account}",
  },
  approvals: {
    uz: "Kerakli {threshold} tadan {count} tasi tasdiqladi",
    ru: "Одобрили {count} из {threshold} необходимых",
    en: "Approved by {count} of {threshold} needed",
  },
  state: {
    None: { uz: "Nomaʼlum", ru: "Неизвестно", en: "Unknown" },
    Pending: { uz: "Tasdiqlar yigʻilmoqda", ru: "Собирает одобрения", en: "Collecting approvals" },
    Scheduled: {
      uz: "Tasdiqlandi: ochiq kutish muddati ketmoqda",
      ru: "Одобрено: идёт публичный срок ожидания",
      en: "Approved: waiting out the public delay",
    },
    Executed: { uz: "Bajarildi", ru: "Выполнено", en: "Carried out" },
  },
  timeLeft: {
    uz: "{time} dan keyin bajarish mumkin ({at})",
    ru: "Можно выполнить через {time} ({at})",
    en: "Executable in {time} (at {at})",
  },
  executableNow: {
    uz: "Hozir bajarish mumkin",
    ru: "Можно выполнить сейчас",
    en: "Executable now",
  },
  approve: { uz: "Tasdiqlash", ru: "Одобрить", en: "Approve" },
  execute: { uz: "Bajarish", ru: "Выполнить", en: "Execute" },
  approved: {
    uz: "{id}-taklif tasdiqlandi.",
    ru: "Предложение № {id} одобрено.",
    en: "Approved proposal {id}.",
  },
  executed: {
    uz: "{id}-taklif bajarildi.",
    ru: "Предложение № {id} выполнено.",
    en: "Proposal {id} carried out.",
  },
  call: {
    registerOrganization: {
      uz: "“{name}”ni akkreditatsiya qilish ({orgType}, {region}, yuqori tashkilot: {parent})",
      ru: "Аккредитовать «{name}» ({orgType}, {region}, вышестоящая: {parent})",
      en: "Accredit “{name}” ({orgType}, {region}, parent: {parent})",
    },
    grantOrganizationAdmin: {
      uz: "{account}ni {orgId}-tashkilot administratori etib tayinlash",
      ru: "Назначить {account} администратором организации № {orgId}",
      en: "Appoint {account} administrator of organization {orgId}",
    },
    revokeOrganizationAdmin: {
      uz: "{account}ni {orgId}-tashkilot administratori lavozimidan ozod qilish",
      ru: "Снять {account} с должности администратора организации № {orgId}",
      en: "Dismiss {account} as administrator of organization {orgId}",
    },
    setOrganizationStatus: {
      uz: "{orgId}-tashkilot holatini “{status}” qilish",
      ru: "Перевести организацию № {orgId} в состояние «{status}»",
      en: "Set organization {orgId} to {status}",
    },
    other: {
      uz: "{target} da {selector} chaqiruvi",
      ru: "Вызов {selector} у {target}",
      en: "Call {selector} on {target}",
    },
    noParent: { uz: "yoʻq", ru: "нет", en: "none" },
    setServiceContract: {
      uz: "“{service}” shartnomasini yangilash: katalog {newContract} ni joriy shartnoma deb koʻrsatadi; eski versiya oʻqilishi mumkin va katalog tarixida qoladi",
      ru: "Обновить контракт службы «{service}»: каталог назовёт текущим контракт {newContract}; старая версия остаётся доступной для чтения и в истории каталога",
      en: "Upgrade the {service}: the directory is to name {newContract} as its current contract; the old version stays readable and listed in the directory's history",
    },
    setOfferPeriod: {
      uz: "Bogʻchadagi joy taklifiga javob berish muddatini {period} qilish",
      ru: "Установить срок ответа на предложение места в детском саду: {period}",
      en: "Set the time to answer a kindergarten seat offer to {period}",
    },
    setPriorityCategory: {
      uz: "{id}-imtiyoz toifasi: {tier}-daraja, {active}",
      ru: "Льготная категория № {id}: уровень {tier}, {active}",
      en: "Priority category {id}: tier {tier}, {active}",
    },
    setAgeGroup: {
      uz: "{id}-yosh guruhi: {minMonths} oydan {maxMonths} oygacha (kirmaydi), {active}",
      ru: "Возрастная группа № {id}: от {minMonths} до {maxMonths} мес. (не включая), {active}",
      en: "Age group {id}: from {minMonths} to under {maxMonths} months, {active}",
    },
    active: { uz: "amalda", ru: "действует", en: "active" },
    inactive: { uz: "amalda emas", ru: "не действует", en: "inactive" },
  },
  services: {
    OrganizationRegistry: {
      uz: "tashkilotlar reyestri",
      ru: "реестр организаций",
      en: "organization registry",
    },
    CertificateRegistry: {
      uz: "diplomlar reyestri",
      ru: "реестр дипломов",
      en: "diploma registry",
    },
    KindergartenQueue: {
      uz: "bogʻcha navbati",
      ru: "очередь в детские сады",
      en: "kindergarten queue",
    },
    CitizenAppeals: {
      uz: "fuqarolar murojaatlari",
      ru: "обращения граждан",
      en: "citizens' appeals",
    },
    IshonchCouncil: { uz: "agentliklar kengashi", ru: "совет агентств", en: "council of agencies" },
  },
  upgradeHeading: {
    uz: "Shartnomani yangilashni taklif qilish",
    ru: "Предложить обновление контракта",
    en: "Propose upgrading a contract",
  },
  upgradeHint: {
    uz: "Avval yangi versiyani joylashtiring (docs/production.md, “Upgrading a contract”). Kengash tasdiqlari va ochiq kutish muddatidan soʻng katalog uni koʻrsatadi.",
    ru: "Сначала разверните новую версию (docs/production.md, «Upgrading a contract»). Каталог назовёт её после одобрений совета и публичного срока ожидания.",
    en: "Deploy the new version first (docs/production.md, “Upgrading a contract”). The directory then names it after the council's approvals and the public delay.",
  },
  upgradeService: { uz: "Xizmat", ru: "Служба", en: "Service" },
  upgradeAddress: {
    uz: "Yangi versiya shartnomasining manzili",
    ru: "Адрес контракта новой версии",
    en: "The new version's contract address",
  },
  upgradeSubmit: {
    uz: "Yangilashni taklif qilish",
    ru: "Предложить обновление",
    en: "Propose the upgrade",
  },
  proposeHeading: {
    uz: "Tashkilotni akkreditatsiya qilishni taklif qilish",
    ru: "Предложить аккредитацию организации",
    en: "Propose accrediting an organization",
  },
  proposeSubmit: { uz: "Taklif qilish", ru: "Предложить", en: "Propose" },
  chainUnreachable: {
    uz: "Tarmoqni hozir oʻqib boʻlmaydi: {reason}",
    ru: "Сеть сейчас недоступна: {reason}",
    en: "The chain cannot be read right now: {reason}",
  },
  settingsHeading: {
    uz: "Navbat sozlamasini taklif qilish",
    ru: "Предложить настройку очереди",
    en: "Propose a queue setting",
  },
  settingsHint: {
    uz: "Bogʻcha navbati sozlamalari faqat kengash tasdiqlari va ochiq kutish muddatidan soʻng oʻzgaradi. Yangi javob muddati shundan keyingi takliflarga qoʻllanadi.",
    ru: "Настройки очереди в детские сады меняются только после одобрений совета и публичного срока ожидания. Новый срок ответа действует для предложений, сделанных после этого.",
    en: "The kindergarten queue's settings change only after the council's approvals and the public delay. A new time to answer applies to offers made from then on.",
  },
  settingsKind: { uz: "Sozlama", ru: "Настройка", en: "Setting" },
  settingsKinds: {
    offerPeriod: {
      uz: "Taklifga javob muddati",
      ru: "Срок ответа на предложение",
      en: "Time to answer an offer",
    },
    priorityCategory: { uz: "Imtiyoz toifasi", ru: "Льготная категория", en: "Priority category" },
    ageGroup: { uz: "Yosh guruhi", ru: "Возрастная группа", en: "Age group" },
  },
  offerPeriodDays: { uz: "Javob uchun kunlar", ru: "Дней на ответ", en: "Days to answer an offer" },
  categoryId: { uz: "Toifa raqami", ru: "Номер категории", en: "Category number" },
  tier: {
    uz: "Daraja (0 birinchi navbatda)",
    ru: "Уровень (0 обслуживается первым)",
    en: "Tier (0 is served first)",
  },
  groupId: { uz: "Yosh guruhi raqami", ru: "Номер возрастной группы", en: "Age group number" },
  minMonths: { uz: "Yoshi (oy), dan", ru: "Возраст от (мес.)", en: "From age (months)" },
  maxMonths: {
    uz: "Yoshi (oy), gacha (kirmaydi)",
    ru: "Возраст до, не включая (мес.)",
    en: "To under age (months)",
  },
  settingActive: {
    uz: "Amalda: arizalarda koʻrsatish mumkin",
    ru: "Действует: её можно указывать в заявлениях",
    en: "Active: applications may name it",
  },
  wholeNumber: {
    uz: "{min} dan {max} gacha butun son kiriting.",
    ru: "Введите целое число от {min} до {max}.",
    en: "Enter a whole number from {min} to {max}.",
  },
  settingsSubmit: {
    uz: "Sozlamani taklif qilish",
    ru: "Предложить настройку",
    en: "Propose the setting",
  },
  currentHeading: { uz: "Hozir tarmoqda", ru: "Сейчас в сети", en: "Now on the chain" },
  currentOfferPeriod: {
    uz: "Taklifga javob muddati: {period}",
    ru: "Срок ответа на предложение: {period}",
    en: "Time to answer an offer: {period}",
  },
  proposalCreated: {
    created: {
      uz: "{id}-taklif yaratildi: yana {count} ta tasdiq kerak, soʻng ochiq kutish muddati oʻtadi.",
      ru: "Предложение № {id} создано: нужно ещё одобрений: {count}, затем публичный срок ожидания.",
      en: "Proposal {id} created: it needs {count} more approval(s), then waits out the public delay.",
    },
    createdApproved: {
      uz: "{id}-taklif yaratildi va tasdiqlandi: endi ochiq kutish muddati oʻtmoqda.",
      ru: "Предложение № {id} создано и одобрено: теперь идёт публичный срок ожидания.",
      en: "Proposal {id} created and approved: it now waits out the public delay.",
    },
    councilLink: {
      uz: "Kengash sahifasini ochish",
      ru: "Открыть страницу совета",
      en: "Open the council page",
    },
  },
} satisfies WordTree;
