/**
 * Words of the kindergarten queue's pages (citizen app) and of the queue's codes that the
 * chain holds as numbers: priority categories, claim reasons, statuses. Contract errors
 * have their words in errors/queue.ts.
 */
import type {
  ApplicationStatusName,
  ClaimStatusName,
  MemberStatusName,
  OfferStatusName,
} from "@ishonch/sdk";
import { format, type Locale, type Words } from "./locales.ts";

/** The deployment's priority categories by id (the Ignition module's defaults). */
export const queueCategoryWords: Record<number, Words> = {
  0: { uz: "Imtiyoz yoʻq", ru: "Без льготы", en: "No priority" },
  1: { uz: "Nogironligi bor bola", ru: "Ребёнок с инвалидностью", en: "Child with a disability" },
  2: {
    uz: "Harbiy xizmatchi farzandi",
    ru: "Ребёнок военнослужащего",
    en: "Child of military personnel",
  },
  3: {
    uz: "Yolgʻiz yoki kam taʼminlangan ota-ona farzandi",
    ru: "Ребёнок одинокого или малообеспеченного родителя",
    en: "Child of a single or low-income parent",
  },
  4: {
    uz: "Aka-ukasi yoki opa-singlisi shu bogʻchada",
    ru: "Брат или сестра уже в этом саду",
    en: "Sibling already enrolled",
  },
};

/** The authority's reasons for a claim decision (the SDK's ClaimReason codes). */
export const queueClaimReasonWords: Record<number, Words> = {
  1: { uz: "Hujjatlar tasdiqlandi", ru: "Документы подтверждены", en: "Documents verified" },
  2: { uz: "Hujjatlar yetishmaydi", ru: "Не хватает документов", en: "Documents missing" },
  3: { uz: "Hujjatlar haqiqiy emas", ru: "Документы недействительны", en: "Documents invalid" },
  4: { uz: "Imtiyozga asos yoʻq", ru: "Нет права на льготу", en: "Not eligible" },
};

export const queueApplicationStatusWords: Record<ApplicationStatusName, Words> = {
  None: { uz: "Yoʻq", ru: "Нет", en: "None" },
  Active: { uz: "Navbatda", ru: "В очереди", en: "In the queue" },
  Enrolled: { uz: "Qabul qilindi", ru: "Зачислен", en: "Enrolled" },
  Withdrawn: { uz: "Qaytarib olindi", ru: "Отозвано", en: "Withdrawn" },
  Lapsed: { uz: "Navbatlar tugadi", ru: "Очереди исчерпаны", en: "Lapsed" },
};

export const queueClaimStatusWords: Record<ClaimStatusName, Words> = {
  None: { uz: "Imtiyoz soʻralmagan", ru: "Льгота не заявлена", en: "No priority claimed" },
  Pending: { uz: "Tekshirilmoqda", ru: "На проверке", en: "Under review" },
  Approved: { uz: "Tasdiqlandi", ru: "Подтверждена", en: "Approved" },
  Rejected: { uz: "Rad etildi", ru: "Отклонена", en: "Rejected" },
};

export const queueMemberStatusWords: Record<MemberStatusName, Words> = {
  None: { uz: "Yoʻq", ru: "Нет", en: "None" },
  Waiting: { uz: "Navbat kutmoqda", ru: "Ожидает", en: "Waiting" },
  Offered: { uz: "Joy taklif qilindi", ru: "Предложено место", en: "Seat offered" },
  Enrolled: { uz: "Qabul qilindi", ru: "Зачислен", en: "Enrolled" },
  Left: { uz: "Navbatdan chiqdi", ru: "Вышел из очереди", en: "Left the queue" },
};

export const queueOfferStatusWords: Record<OfferStatusName, Words> = {
  None: { uz: "Yoʻq", ru: "Нет", en: "None" },
  Pending: { uz: "Javob kutilmoqda", ru: "Ждёт ответа", en: "Awaiting answer" },
  Accepted: { uz: "Qabul qilindi", ru: "Принято", en: "Accepted" },
  Declined: { uz: "Rad etildi", ru: "Отклонено", en: "Declined" },
  Expired: { uz: "Muddati oʻtdi", ru: "Срок истёк", en: "Expired" },
  Cancelled: { uz: "Bekor qilindi", ru: "Отменено", en: "Cancelled" },
};

/** Why a child ahead did not get a seat (fairness page). */
export const queueStandingWords: Record<"OfferedEarlier" | "LeftEarlier" | "Skipped", Words> = {
  OfferedEarlier: {
    uz: "Unga oldinroq joy taklif qilingan",
    ru: "Ему раньше предложили место",
    en: "Was offered a seat earlier",
  },
  LeftEarlier: {
    uz: "Oldinroq navbatdan chiqqan",
    ru: "Раньше вышел из очереди",
    en: "Had left the queue earlier",
  },
  Skipped: {
    uz: "Chetlab oʻtilgan — qoidabuzarlik!",
    ru: "Пропущен — нарушение!",
    en: "Skipped: a violation!",
  },
};

/** Bad input found before anything is sent to the chain. */
export const queueInputErrorWords = {
  UnknownDistrict: {
    uz: "Bunday tuman navbati yoʻq. Roʻyxatdan tanlang.",
    ru: "Нет очереди такого района. Выберите из списка.",
    en: "There is no queue for this district. Choose one from the list.",
  },
  InvalidChildId: {
    uz: "Tugʻilganlik guvohnomasi raqamini toʻliq kiriting (6 dan 32 gacha harf va raqam).",
    ru: "Введите номер свидетельства о рождении полностью (от 6 до 32 букв и цифр).",
    en: "Enter the full birth certificate number (6 to 32 letters and digits).",
  },
  InvalidDate: {
    uz: "Sanani KKKK-OO-KK koʻrinishida kiriting.",
    ru: "Введите дату в виде ГГГГ-ММ-ДД.",
    en: "Enter the date as YYYY-MM-DD.",
  },
  NoAgeGroup: {
    uz: "Bola {months} oylik boʻladi: bu yosh uchun guruh yoʻq.",
    ru: "Ребёнку будет {months} мес.: для этого возраста нет группы.",
    en: "The child will be {months} months old: no age group takes this age.",
  },
  NoPreference: {
    uz: "Kamida bitta bogʻchani tanlang.",
    ru: "Выберите хотя бы один детский сад.",
    en: "Choose at least one kindergarten.",
  },
  UnknownApplicationNumber: {
    uz: "Ariza raqami butun son boʻlishi kerak.",
    ru: "Номер заявления должен быть целым числом.",
    en: "The application number must be a whole number.",
  },
  UnknownOfferNumber: {
    uz: "Taklif raqami butun son boʻlishi kerak.",
    ru: "Номер предложения должен быть целым числом.",
    en: "The offer number must be a whole number.",
  },
  InvalidSecret: {
    uz: "Maxfiy kod notoʻgʻri: u 4 belgili 5 guruhdan iborat.",
    ru: "Неверный секретный код: он состоит из 5 групп по 4 знака.",
    en: "Wrong secret: it has 5 groups of 4 characters.",
  },
  UnknownAction: {
    uz: "Nomaʼlum amal.",
    ru: "Неизвестное действие.",
    en: "Unknown action.",
  },
} satisfies Record<string, Words>;
export type QueueInputError = keyof typeof queueInputErrorWords;

/** The queue pages' texts. */
export const queuePageWords = {
  homeLink: { uz: "Bogʻcha navbati", ru: "Очередь в детский сад", en: "Kindergarten queue" },
  homeText: {
    uz: "Ariza bering, navbatingizni zanjirda tekshiring, taklifga javob bering.",
    ru: "Подайте заявление, проверьте место в очереди по блокчейну, ответьте на предложение.",
    en: "Apply, check your place in the queue on the chain, answer an offer.",
  },
  title: { uz: "Bogʻchaga navbat", ru: "Очередь в детский сад", en: "Kindergarten queue" },
  intro: {
    uz: "Navbat tartibi zanjirda: imtiyoz darajasi, keyin ariza vaqti. Hech bir xodim bolani oldinga surolmaydi.",
    ru: "Порядок очереди записан в блокчейне: категория льготы, затем время подачи. Никто не может продвинуть ребёнка.",
    en: "The order lives on the chain: priority tier, then time of application. No official can move a child.",
  },
  applyLink: { uz: "Ariza berish", ru: "Подать заявление", en: "Apply" },
  positionLink: { uz: "Navbatni tekshirish", ru: "Проверить очередь", en: "Check the position" },
  statisticsLink: { uz: "Statistika", ru: "Статистика", en: "Statistics" },
  fairnessLink: {
    uz: "Taqsimot adolatini tekshirish",
    ru: "Проверить честность распределения",
    en: "Check an allocation",
  },
  chooseDistrict: { uz: "Tumanni tanlang", ru: "Выберите район", en: "Choose the district" },
  applyTitle: { uz: "Bogʻchaga ariza", ru: "Заявление в детский сад", en: "Apply for a place" },
  district: { uz: "Tuman", ru: "Район", en: "District" },
  childId: {
    uz: "Bolaning tugʻilganlik guvohnomasi raqami",
    ru: "Номер свидетельства о рождении ребёнка",
    en: "Child's birth certificate number",
  },
  childIdHint: {
    uz: "Zanjirga faqat tuman kaliti bilan olingan xesh yoziladi, raqamning oʻzi emas.",
    ru: "В блокчейн пишется только хеш с ключом района, не сам номер.",
    en: "Only a hash under the district's key goes on the chain, never the number.",
  },
  birthDate: { uz: "Tugʻilgan sana", ru: "Дата рождения", en: "Date of birth" },
  startDate: { uz: "Qachondan", ru: "С какой даты", en: "Wanted start date" },
  preference: { uz: "{n}-tanlov", ru: "Выбор {n}", en: "Choice {n}" },
  noChoice: { uz: "— tanlanmagan —", ru: "— не выбрано —", en: "— none —" },
  category: { uz: "Imtiyoz", ru: "Льгота", en: "Priority category" },
  categoryHint: {
    uz: "Imtiyoz tuman xodimi tasdiqlagandan keyin hisobga olinadi.",
    ru: "Льгота учитывается после проверки сотрудником района.",
    en: "A priority counts once a district officer approves it.",
  },
  submit: { uz: "Ariza yuborish", ru: "Отправить заявление", en: "Submit the application" },
  errorTitle: { uz: "Ariza qabul qilinmadi", ru: "Заявление не принято", en: "Not accepted" },
  actionErrorTitle: { uz: "Amal bajarilmadi", ru: "Действие не выполнено", en: "Not done" },
  nothingWritten: {
    uz: "Zanjirga hech narsa yozilmadi.",
    ru: "В блокчейн ничего не записано.",
    en: "Nothing was written to the chain.",
  },
  receiptTitle: { uz: "Ariza qabul qilindi", ru: "Заявление принято", en: "Application received" },
  applicationNumber: { uz: "Ariza raqami", ru: "Номер заявления", en: "Application number" },
  secret: { uz: "Maxfiy kod", ru: "Секретный код", en: "Secret" },
  secretOnce: {
    uz: "Maxfiy kod faqat bir marta koʻrsatiladi. Uni chop eting yoki yozib oling: taklifni qabul qilish, rad etish yoki arizani qaytarib olish uchun kerak. Uni hech kim tiklay olmaydi.",
    ru: "Секретный код показан только один раз. Распечатайте или запишите его: он нужен, чтобы принять или отклонить предложение или отозвать заявление. Восстановить его нельзя.",
    en: "The secret is shown only once. Print it or write it down: you need it to accept or decline an offer or to withdraw. Nobody can recover it.",
  },
  transaction: { uz: "Tranzaksiya", ru: "Транзакция", en: "Transaction" },
  block: { uz: "Blok", ru: "Блок", en: "Block" },
  ageGroup: { uz: "Yosh guruhi", ru: "Возрастная группа", en: "Age group" },
  ageGroupName: { uz: "{min}–{max} yosh", ru: "{min}–{max} лет", en: "{min}–{max} years" },
  kindergartens: { uz: "Bogʻchalar", ru: "Детские сады", en: "Kindergartens" },
  seePosition: { uz: "Navbatni koʻrish", ru: "Смотреть очередь", en: "See the position" },
  positionTitle: {
    uz: "Ariza № {number}",
    ru: "Заявление № {number}",
    en: "Application No. {number}",
  },
  lookupNumber: { uz: "Ariza raqami", ru: "Номер заявления", en: "Application number" },
  lookup: { uz: "Koʻrsatish", ru: "Показать", en: "Show" },
  verifiedAt: {
    uz: "{block}-blokda zanjirdan tekshirildi",
    ru: "Проверено по блокчейну на блоке {block}",
    en: "Verified on the chain at block {block}",
  },
  status: { uz: "Holat", ru: "Статус", en: "Status" },
  claim: { uz: "Imtiyoz", ru: "Льгота", en: "Priority claim" },
  submittedAt: { uz: "Topshirilgan", ru: "Подано", en: "Submitted" },
  ahead: { uz: "Oldinda", ru: "Впереди", en: "Ahead" },
  aheadCount: {
    uz: "Oldinda {count} bola",
    ru: "Впереди {count} детей",
    en: "{count} children ahead",
  },
  aheadByTier: { uz: "Darajalar boʻyicha", ru: "По категориям", en: "Ahead by tier" },
  tierName: { uz: "{tier}-daraja", ru: "Категория {tier}", en: "Tier {tier}" },
  generalTier: { uz: "Umumiy navbat", ru: "Общая очередь", en: "General queue" },
  offer: { uz: "Taklif № {offer}", ru: "Предложение № {offer}", en: "Offer No. {offer}" },
  offerUntil: { uz: "{date} gacha javob bering", ru: "Ответьте до {date}", en: "Answer by {date}" },
  offerExpired: {
    uz: "Javob muddati tugagan: joy navbatdagi bolaga oʻtadi.",
    ru: "Срок ответа истёк: место перейдёт следующему ребёнку.",
    en: "The answer period is over: the seat passes to the next child.",
  },
  parentActions: { uz: "Ota-ona amallari", ru: "Действия родителя", en: "Parent's actions" },
  parentActionsHint: {
    uz: "Maxfiy kod bilan imzo shu serverda yaratiladi; zanjir kodning egasini tekshiradi.",
    ru: "Подпись секретным кодом создаётся на сервере; блокчейн проверяет, что код ваш.",
    en: "Your secret signs the action; the chain checks that it is yours.",
  },
  accept: { uz: "Taklifni qabul qilish", ru: "Принять предложение", en: "Accept the offer" },
  decline: { uz: "Taklifni rad etish", ru: "Отклонить предложение", en: "Decline the offer" },
  withdraw: {
    uz: "Arizani qaytarib olish",
    ru: "Отозвать заявление",
    en: "Withdraw the application",
  },
  done: { uz: "Bajarildi", ru: "Выполнено", en: "Done" },
  doneAccept: {
    uz: "Bola bogʻchaga qabul qilindi.",
    ru: "Ребёнок зачислен.",
    en: "The child is enrolled.",
  },
  doneDecline: {
    uz: "Taklif rad etildi; joy navbatdagi bolaga oʻtdi.",
    ru: "Предложение отклонено; место перешло следующему.",
    en: "Offer declined; the seat passed to the next child.",
  },
  doneWithdraw: {
    uz: "Ariza qaytarib olindi.",
    ru: "Заявление отозвано.",
    en: "The application is withdrawn.",
  },
  history: { uz: "Navbat tarixi", ru: "История очереди", en: "History of the position" },
  historyHint: {
    uz: "Indeksdan: zanjir voqealari qayta oʻynalgan.",
    ru: "Из индекса: воспроизведение событий блокчейна.",
    en: "From the index: a replay of the chain's events.",
  },
  chartAhead: { uz: "Oldindagilar", ru: "Впереди", en: "Children ahead" },
  chartWaiting: { uz: "Navbatdagilar", ru: "В очереди", en: "Waiting in all" },
  noHistory: {
    uz: "Tarix hali indekslanmagan.",
    ru: "История ещё не проиндексирована.",
    en: "The history is not indexed yet.",
  },
  fairnessTitle: {
    uz: "Taqsimot adolati: taklif № {offer}",
    ru: "Честность распределения: предложение № {offer}",
    en: "Fairness of offer No. {offer}",
  },
  offerNumber: { uz: "Taklif raqami", ru: "Номер предложения", en: "Offer number" },
  fair: {
    uz: "Hech bir bola chetlab oʻtilmagan: oldindagi {count} bolaning har biriga oldinroq joy taklif qilingan yoki u navbatdan chiqqan.",
    ru: "Ни один ребёнок не пропущен: каждому из {count} детей впереди место предлагали раньше, или он вышел из очереди.",
    en: "No child skipped: each of the {count} children ahead was offered a seat earlier or had left the queue.",
  },
  unfair: {
    uz: "{count} bola chetlab oʻtilgan!",
    ru: "Пропущено детей: {count}!",
    en: "{count} children were skipped!",
  },
  fairnessChecked: {
    uz: "Navbatdagi {checked} bolaning barchasi zanjirdan tekshirildi (memberAt, standingAtOffer).",
    ru: "Все {checked} детей очереди проверены по блокчейну (memberAt, standingAtOffer).",
    en: "All {checked} children of the queue were checked on the chain (memberAt, standingAtOffer).",
  },
  offeredAt: { uz: "Taklif qilingan", ru: "Предложено", en: "Offered" },
  offeredTo: { uz: "Kimga", ru: "Кому", en: "Offered to" },
  application: { uz: "Ariza", ru: "Заявление", en: "Application" },
  seq: { uz: "Navbat tartibi", ru: "Порядковый номер", en: "Sequence" },
  why: { uz: "Nega olmadi", ru: "Почему не получил", en: "Why not this seat" },
  statisticsTitle: { uz: "Navbat statistikasi", ru: "Статистика очереди", en: "Queue statistics" },
  statisticsHint: {
    uz: "Indeksdan; har bir raqamni zanjirdan qayta tekshirish mumkin.",
    ru: "Из индекса; любое число можно перепроверить по блокчейну.",
    en: "From the index; any figure can be re-checked on the chain.",
  },
  applicationsTotal: { uz: "Jami arizalar", ru: "Всего заявлений", en: "Applications" },
  applicationsActive: { uz: "Navbatda", ru: "В очереди", en: "In the queue" },
  applicationsEnrolled: { uz: "Qabul qilingan", ru: "Зачислено", en: "Enrolled" },
  queueLengths: { uz: "Navbat uzunligi", ru: "Длина очередей", en: "Queue lengths" },
  kindergarten: { uz: "Bogʻcha", ru: "Детский сад", en: "Kindergarten" },
  capacity: { uz: "Oʻrinlar", ru: "Мест", en: "Seats" },
  waiting: { uz: "Kutmoqda", ru: "Ожидают", en: "Waiting" },
  seatsReleased: { uz: "Boʻshagan oʻrinlar", ru: "Освобождено мест", en: "Seats released" },
  waitingTimes: { uz: "Kutish vaqti", ru: "Время ожидания", en: "Waiting times" },
  medianDays: { uz: "Mediana, kun", ru: "Медиана, дней", en: "Median, days" },
  averageDays: { uz: "Oʻrtacha, kun", ru: "В среднем, дней", en: "Average, days" },
  offersByStatus: { uz: "Takliflar natijasi", ru: "Итоги предложений", en: "Offers by outcome" },
  chainUnavailable: {
    uz: "Zanjirga ulanib boʻlmadi. Keyinroq urinib koʻring.",
    ru: "Нет связи с блокчейном. Попробуйте позже.",
    en: "The chain cannot be reached. Please try again later.",
  },
} satisfies Record<string, Words>;
export type QueuePageWord = keyof typeof queuePageWords;

/** A queue page's text in the locale, with `{placeholders}` filled. */
export function queueWord(
  locale: Locale,
  word: QueuePageWord | QueueInputError,
  values: Record<string, unknown> = {},
): string {
  const words: Words =
    word in queuePageWords
      ? queuePageWords[word as QueuePageWord]
      : queueInputErrorWords[word as QueueInputError];
  return format(words[locale], values);
}

/** The label of a number-coded queue value, or its number for a code this app does not know. */
export function queueCodeLabel(table: Record<number, Words>, locale: Locale, code: number): string {
  return table[code]?.[locale] ?? `#${code}`;
}
