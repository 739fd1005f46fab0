import type { Locale } from "@ishonch/i18n";

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
    setOrganizationStatus: "Set organization {orgId} to {status}",
    other: "Call {selector} on {target}",
    noParent: "none",
  },
  proposeHeading: "Propose accrediting an organization",
  proposeSubmit: "Propose",
  proposed: "Proposal {id} made; it counts your approval.",
  chainUnreachable: "The chain cannot be read right now: {reason}",
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
    setOrganizationStatus: "Перевести организацию № {orgId} в состояние «{status}»",
    other: "Вызов {selector} у {target}",
    noParent: "нет",
  },
  proposeHeading: "Предложить аккредитацию организации",
  proposeSubmit: "Предложить",
  proposed: "Предложение № {id} создано; ваше одобрение учтено.",
  chainUnreachable: "Сеть сейчас недоступна: {reason}",
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
    setOrganizationStatus: "{orgId}-tashkilot holatini “{status}” qilish",
    other: "{target} da {selector} chaqiruvi",
    noParent: "yoʻq",
  },
  proposeHeading: "Tashkilotni akkreditatsiya qilishni taklif qilish",
  proposeSubmit: "Taklif qilish",
  proposed: "{id}-taklif yaratildi; sizning tasdigʻingiz hisobga olindi.",
  chainUnreachable: "Tarmoqni hozir oʻqib boʻlmaydi: {reason}",
};

const councilMessagesByLocale: Record<Locale, CouncilMessages> = { uz, ru, en };

/** The council page's words in one language (fill placeholders with i18n's `format`). */
export function councilMessagesFor(locale: Locale): CouncilMessages {
  return councilMessagesByLocale[locale];
}
