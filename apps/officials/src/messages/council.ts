import { format, type Locale } from "@ishonch/i18n";

/** The council page's own words; refusals come from @ishonch/i18n's error words. */
const en = {
  title: "Council of agencies",
  subtitle:
    "No single key accredits an organization: members propose, approve, and wait in public.",
  homeLink: "Council of agencies: proposals and approvals",
  backHome: "Back to the main page",
  rule: "{threshold} of {members} members must approve; then the call waits out a public delay on the chain.",
  chainTime: "Chain time: {time}",
  proposalsHeading: "Proposals",
  noProposals: "No proposals yet.",
  proposal: "Proposal {id}",
  proposedBy: "Proposed by {account}",
  approvals: "Approved by {count} of {threshold} needed",
  state: {
    None: "Unknown",
    Pending: "Collecting approvals",
    Scheduled: "Approved: waiting out the public delay",
    Executed: "Carried out",
  },
  timeLeft: "Executable in {time} (at {at})",
  executableNow: "Executable now",
  approve: "Approve",
  execute: "Execute",
  approved: "Approved proposal {id}.",
  executed: "Proposal {id} carried out.",
  call: {
    registerOrganization: "Accredit “{name}” ({orgType}, {region}, parent: {parent})",
    grantOrganizationAdmin: "Appoint {account} administrator of organization {orgId}",
    revokeOrganizationAdmin: "Dismiss {account} as administrator of organization {orgId}",
    setOrganizationStatus: "Set organization {orgId} to {status}",
    other: "Call {selector} on {target}",
    noParent: "none",
    setServiceContract:
      "Upgrade the {service}: the directory is to name {newContract} as its current contract; the old version stays readable and listed in the directory's history",
    setOfferPeriod: "Set the time to answer a kindergarten seat offer to {period}",
    setPriorityCategory: "Priority category {id}: tier {tier}, {active}",
    setAgeGroup: "Age group {id}: from {minMonths} to under {maxMonths} months, {active}",
    active: "active",
    inactive: "inactive",
  },
  services: {
    OrganizationRegistry: "organization registry",
    CertificateRegistry: "diploma registry",
    KindergartenQueue: "kindergarten queue",
    CitizenAppeals: "citizens' appeals",
    IshonchCouncil: "council of agencies",
  },
  upgradeHeading: "Propose upgrading a contract",
  upgradeHint:
    "Deploy the new version first (docs/production.md, “Upgrading a contract”). The directory then names it after the council's approvals and the public delay.",
  upgradeService: "Service",
  upgradeAddress: "The new version's contract address",
  upgradeSubmit: "Propose the upgrade",
  proposeHeading: "Propose accrediting an organization",
  proposeSubmit: "Propose",
  chainUnreachable: "The chain cannot be read right now: {reason}",
  settingsHeading: "Propose a queue setting",
  settingsHint:
    "The kindergarten queue's settings change only after the council's approvals and the public delay. A new time to answer applies to offers made from then on.",
  settingsKind: "Setting",
  settingsKinds: {
    offerPeriod: "Time to answer an offer",
    priorityCategory: "Priority category",
    ageGroup: "Age group",
  },
  offerPeriodDays: "Days to answer an offer",
  categoryId: "Category number",
  tier: "Tier (0 is served first)",
  groupId: "Age group number",
  minMonths: "From age (months)",
  maxMonths: "To under age (months)",
  settingActive: "Active: applications may name it",
  wholeNumber: "Enter a whole number from {min} to {max}.",
  settingsSubmit: "Propose the setting",
  currentHeading: "Now on the chain",
  currentOfferPeriod: "Time to answer an offer: {period}",
};
export type CouncilMessages = typeof en;

const ru: CouncilMessages = {
  title: "Совет агентств",
  subtitle:
    "Ни один ключ не аккредитует организацию в одиночку: члены совета предлагают, одобряют и ждут публично.",
  homeLink: "Совет агентств: предложения и одобрения",
  backHome: "На главную",
  rule: "Нужно одобрение {threshold} из {members} членов; затем действие ждёт публичный срок в сети.",
  chainTime: "Время сети: {time}",
  proposalsHeading: "Предложения",
  noProposals: "Предложений пока нет.",
  proposal: "Предложение № {id}",
  proposedBy: "Предложил {account}",
  approvals: "Одобрили {count} из {threshold} необходимых",
  state: {
    None: "Неизвестно",
    Pending: "Собирает одобрения",
    Scheduled: "Одобрено: идёт публичный срок ожидания",
    Executed: "Выполнено",
  },
  timeLeft: "Можно выполнить через {time} ({at})",
  executableNow: "Можно выполнить сейчас",
  approve: "Одобрить",
  execute: "Выполнить",
  approved: "Предложение № {id} одобрено.",
  executed: "Предложение № {id} выполнено.",
  call: {
    registerOrganization: "Аккредитовать «{name}» ({orgType}, {region}, вышестоящая: {parent})",
    grantOrganizationAdmin: "Назначить {account} администратором организации № {orgId}",
    revokeOrganizationAdmin: "Снять {account} с должности администратора организации № {orgId}",
    setOrganizationStatus: "Перевести организацию № {orgId} в состояние «{status}»",
    other: "Вызов {selector} у {target}",
    noParent: "нет",
    setServiceContract:
      "Обновить контракт службы «{service}»: каталог назовёт текущим контракт {newContract}; старая версия остаётся доступной для чтения и в истории каталога",
    setOfferPeriod: "Установить срок ответа на предложение места в детском саду: {period}",
    setPriorityCategory: "Льготная категория № {id}: уровень {tier}, {active}",
    setAgeGroup:
      "Возрастная группа № {id}: от {minMonths} до {maxMonths} мес. (не включая), {active}",
    active: "действует",
    inactive: "не действует",
  },
  services: {
    OrganizationRegistry: "реестр организаций",
    CertificateRegistry: "реестр дипломов",
    KindergartenQueue: "очередь в детские сады",
    CitizenAppeals: "обращения граждан",
    IshonchCouncil: "совет агентств",
  },
  upgradeHeading: "Предложить обновление контракта",
  upgradeHint:
    "Сначала разверните новую версию (docs/production.md, «Upgrading a contract»). Каталог назовёт её после одобрений совета и публичного срока ожидания.",
  upgradeService: "Служба",
  upgradeAddress: "Адрес контракта новой версии",
  upgradeSubmit: "Предложить обновление",
  proposeHeading: "Предложить аккредитацию организации",
  proposeSubmit: "Предложить",
  chainUnreachable: "Сеть сейчас недоступна: {reason}",
  settingsHeading: "Предложить настройку очереди",
  settingsHint:
    "Настройки очереди в детские сады меняются только после одобрений совета и публичного срока ожидания. Новый срок ответа действует для предложений, сделанных после этого.",
  settingsKind: "Настройка",
  settingsKinds: {
    offerPeriod: "Срок ответа на предложение",
    priorityCategory: "Льготная категория",
    ageGroup: "Возрастная группа",
  },
  offerPeriodDays: "Дней на ответ",
  categoryId: "Номер категории",
  tier: "Уровень (0 обслуживается первым)",
  groupId: "Номер возрастной группы",
  minMonths: "Возраст от (мес.)",
  maxMonths: "Возраст до, не включая (мес.)",
  settingActive: "Действует: её можно указывать в заявлениях",
  wholeNumber: "Введите целое число от {min} до {max}.",
  settingsSubmit: "Предложить настройку",
  currentHeading: "Сейчас в сети",
  currentOfferPeriod: "Срок ответа на предложение: {period}",
};

const uz: CouncilMessages = {
  title: "Agentliklar kengashi",
  subtitle:
    "Hech bir kalit tashkilotni yolgʻiz akkreditatsiya qilmaydi: aʼzolar taklif qiladi, tasdiqlaydi va ochiq kutadi.",
  homeLink: "Agentliklar kengashi: takliflar va tasdiqlar",
  backHome: "Bosh sahifaga",
  rule: "{members} aʼzodan {threshold} tasi tasdiqlashi kerak; soʻng amal tarmoqda ochiq muddatni kutadi.",
  chainTime: "Tarmoq vaqti: {time}",
  proposalsHeading: "Takliflar",
  noProposals: "Hozircha takliflar yoʻq.",
  proposal: "{id}-taklif",
  proposedBy: "Taklif qilgan: {account}",
  approvals: "Kerakli {threshold} tadan {count} tasi tasdiqladi",
  state: {
    None: "Nomaʼlum",
    Pending: "Tasdiqlar yigʻilmoqda",
    Scheduled: "Tasdiqlandi: ochiq kutish muddati ketmoqda",
    Executed: "Bajarildi",
  },
  timeLeft: "{time} dan keyin bajarish mumkin ({at})",
  executableNow: "Hozir bajarish mumkin",
  approve: "Tasdiqlash",
  execute: "Bajarish",
  approved: "{id}-taklif tasdiqlandi.",
  executed: "{id}-taklif bajarildi.",
  call: {
    registerOrganization:
      "“{name}”ni akkreditatsiya qilish ({orgType}, {region}, yuqori tashkilot: {parent})",
    grantOrganizationAdmin: "{account}ni {orgId}-tashkilot administratori etib tayinlash",
    revokeOrganizationAdmin: "{account}ni {orgId}-tashkilot administratori lavozimidan ozod qilish",
    setOrganizationStatus: "{orgId}-tashkilot holatini “{status}” qilish",
    other: "{target} da {selector} chaqiruvi",
    noParent: "yoʻq",
    setServiceContract:
      "“{service}” shartnomasini yangilash: katalog {newContract} ni joriy shartnoma deb koʻrsatadi; eski versiya oʻqilishi mumkin va katalog tarixida qoladi",
    setOfferPeriod: "Bogʻchadagi joy taklifiga javob berish muddatini {period} qilish",
    setPriorityCategory: "{id}-imtiyoz toifasi: {tier}-daraja, {active}",
    setAgeGroup: "{id}-yosh guruhi: {minMonths} oydan {maxMonths} oygacha (kirmaydi), {active}",
    active: "amalda",
    inactive: "amalda emas",
  },
  services: {
    OrganizationRegistry: "tashkilotlar reyestri",
    CertificateRegistry: "diplomlar reyestri",
    KindergartenQueue: "bogʻcha navbati",
    CitizenAppeals: "fuqarolar murojaatlari",
    IshonchCouncil: "agentliklar kengashi",
  },
  upgradeHeading: "Shartnomani yangilashni taklif qilish",
  upgradeHint:
    "Avval yangi versiyani joylashtiring (docs/production.md, “Upgrading a contract”). Kengash tasdiqlari va ochiq kutish muddatidan soʻng katalog uni koʻrsatadi.",
  upgradeService: "Xizmat",
  upgradeAddress: "Yangi versiya shartnomasining manzili",
  upgradeSubmit: "Yangilashni taklif qilish",
  proposeHeading: "Tashkilotni akkreditatsiya qilishni taklif qilish",
  proposeSubmit: "Taklif qilish",
  chainUnreachable: "Tarmoqni hozir oʻqib boʻlmaydi: {reason}",
  settingsHeading: "Navbat sozlamasini taklif qilish",
  settingsHint:
    "Bogʻcha navbati sozlamalari faqat kengash tasdiqlari va ochiq kutish muddatidan soʻng oʻzgaradi. Yangi javob muddati shundan keyingi takliflarga qoʻllanadi.",
  settingsKind: "Sozlama",
  settingsKinds: {
    offerPeriod: "Taklifga javob muddati",
    priorityCategory: "Imtiyoz toifasi",
    ageGroup: "Yosh guruhi",
  },
  offerPeriodDays: "Javob uchun kunlar",
  categoryId: "Toifa raqami",
  tier: "Daraja (0 birinchi navbatda)",
  groupId: "Yosh guruhi raqami",
  minMonths: "Yoshi (oy), dan",
  maxMonths: "Yoshi (oy), gacha (kirmaydi)",
  settingActive: "Amalda: arizalarda koʻrsatish mumkin",
  wholeNumber: "{min} dan {max} gacha butun son kiriting.",
  settingsSubmit: "Sozlamani taklif qilish",
  currentHeading: "Hozir tarmoqda",
  currentOfferPeriod: "Taklifga javob muddati: {period}",
};

const councilMessagesByLocale: Record<Locale, CouncilMessages> = { uz, ru, en };

/** A directory service in words (the contract's name for a service this page does not know). */
export function serviceLabel(m: CouncilMessages, service: string): string {
  return (m.services as Record<string, string | undefined>)[service] ?? service;
}

/** A priority category or an age group in words: as proposed, and as the chain holds it now. */
export function queueSettingWords(
  m: CouncilMessages,
  kind: "setPriorityCategory" | "setAgeGroup",
  setting: { active: boolean },
): string {
  return format(m.call[kind], {
    ...setting,
    active: setting.active ? m.call.active : m.call.inactive,
  });
}

/**
 * An offer period in words: whole days, else whole hours, else seconds (Intl's unit names
 * give each language its plural forms).
 */
export function periodWords(locale: Locale, seconds: number): string {
  const [value, unit] =
    seconds % 86_400 === 0
      ? [seconds / 86_400, "day"]
      : seconds % 3600 === 0
        ? [seconds / 3600, "hour"]
        : [seconds, "second"];
  return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long" }).format(value);
}

/** The council page's words in one language (fill placeholders with i18n's `format`). */
export function councilMessagesFor(locale: Locale): CouncilMessages {
  return councilMessagesByLocale[locale];
}
