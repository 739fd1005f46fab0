/** The kindergarten-queue pages' words; statuses, categories and reasons come from @ishonch/i18n. */
import type { WordTree } from "@ishonch/i18n";

export const queueWords = {
  title: { uz: "Bogʻchaga navbat", ru: "Очередь в детские сады", en: "Kindergarten queue" },
  subtitle: {
    uz: "Tuman navbatlari: oʻrinlar, imtiyozlar, oʻrin boʻshatish va audit",
    ru: "Места, льготы, освобождение мест и аудит очередей района",
    en: "Seats, priority claims, seat release and audit of a district's queues",
  },
  homeLink: {
    uz: "Bogʻchaga navbat: oʻrinlar, imtiyozlar, taqsimot, audit",
    ru: "Очередь в детские сады: места, льготы, распределение, аудит",
    en: "Kindergarten queue: seats, claims, allocations, audit",
  },
  backHome: {
    uz: "Tashkilotlar va rollarga qaytish",
    ru: "К организациям и ролям",
    en: "Back to organizations and roles",
  },
  backQueue: {
    uz: "Tuman navbatlariga qaytish",
    ru: "К очередям района",
    en: "Back to the district's queues",
  },
  district: {
    label: {
      uz: "Tuman taʼlim boʻlimi",
      ru: "Районный отдел образования",
      en: "District education department",
    },
    choose: { uz: "Tumanni tanlang", ru: "Выберите район", en: "Choose a district" },
    show: { uz: "Koʻrsatish", ru: "Показать", en: "Show" },
    none: {
      uz: "Indeksda hali birorta tuman taʼlim boʻlimi yoʻq.",
      ru: "В индексе пока нет ни одного районного отдела образования.",
      en: "The index knows no district education department yet.",
    },
    pick: {
      uz: "Bogʻchalar, imtiyozlar va taqsimotni koʻrish uchun tumanni tanlang.",
      ru: "Выберите район, чтобы увидеть его детские сады, льготы и распределение.",
      en: "Choose a district to see its kindergartens, claims and allocations.",
    },
  },
  seats: {
    heading: {
      uz: "Bogʻchalar va oʻrinlar",
      ru: "Детские сады и места",
      en: "Kindergartens and seats",
    },
    source: {
      uz: "Blokcheyndan oʻqildi, blok {block}",
      ru: "Прочитано из блокчейна, блок {block}",
      en: "Read from the chain at block {block}",
    },
    noKindergartens: {
      uz: "Indeksda bu tumanning bogʻchalari yoʻq.",
      ru: "В индексе нет детских садов этого района.",
      en: "This district has no kindergarten in the index.",
    },
    kindergarten: { uz: "Bogʻcha", ru: "Детский сад", en: "Kindergarten" },
    ageGroup: { uz: "Yosh guruhi", ru: "Возрастная группа", en: "Age group" },
    capacity: { uz: "Oʻrinlar", ru: "Мест", en: "Capacity" },
    vacant: { uz: "Boʻsh", ru: "Свободно", en: "Vacant" },
    offered: { uz: "Taklif qilingan", ru: "Предложено", en: "Offered" },
    enrolled: { uz: "Qabul qilingan", ru: "Зачислено", en: "Enrolled" },
    waiting: { uz: "Navbatda", ru: "В очереди", en: "Waiting" },
    audit: { uz: "Audit", ru: "Аудит", en: "Audit" },
    auditLink: { uz: "Navbat auditi", ru: "Аудит очереди", en: "Audit queue" },
    notOffered: { uz: "guruh yoʻq", ru: "нет группы", en: "not offered" },
  },
  ageGroup: {
    uz: "{min}–{max} oy ({id}-guruh)",
    ru: "{min}–{max} мес. (группа {id})",
    en: "{min}–{max} months (group {id})",
  },
  capacityForm: {
    heading: {
      uz: "Guruhdagi oʻrinlar soni",
      ru: "Число мест в группе",
      en: "Set a group's capacity",
    },
    kindergarten: { uz: "Bogʻcha", ru: "Детский сад", en: "Kindergarten" },
    ageGroup: { uz: "Yosh guruhi", ru: "Возрастная группа", en: "Age group" },
    capacity: { uz: "Guruhdagi oʻrinlar", ru: "Мест в группе", en: "Seats in the group" },
    capacityHint: {
      uz: "0 guruhni yangi arizalar uchun yopadi; koʻpi bilan {max}.",
      ru: "0 закрывает группу для новых заявлений; не более {max}.",
      en: "0 closes the group to new applications; at most {max}.",
    },
    submit: { uz: "Oʻrnatish", ru: "Установить", en: "Set capacity" },
    done: {
      uz: "{kindergarten}-bogʻchaning {ageGroup}-guruhida endi {capacity} ta oʻrin bor",
      ru: "В группе {ageGroup} детского сада {kindergarten} теперь {capacity} мест",
      en: "Capacity of group {ageGroup} in kindergarten {kindergarten} is now {capacity}",
    },
  },
  releaseForm: {
    heading: {
      uz: "Boʻsh oʻrinlarni eʼlon qilish",
      ru: "Объявить свободные места",
      en: "Declare free seats",
    },
    seats: { uz: "Boʻsh oʻrinlar", ru: "Свободных мест", en: "Free seats" },
    seatsHint: {
      uz: "Har bir oʻrin darhol navbatdagi birinchi bolaga taklif qilinadi.",
      ru: "Каждое место сразу предлагается первому ожидающему ребёнку по порядку.",
      en: "Each seat is offered at once to the first waiting child, in order.",
    },
    submit: { uz: "Oʻrinlarni boʻshatish", ru: "Освободить места", en: "Release seats" },
    done: {
      uz: "{seats} ta oʻrin boʻshatildi: {kindergarten}-bogʻcha, {ageGroup}-guruh",
      ru: "Освобождено мест: {seats}, детский сад {kindergarten}, группа {ageGroup}",
      en: "{seats} seat(s) released in kindergarten {kindergarten}, group {ageGroup}",
    },
    offers: {
      uz: "Shu boʻshatishda berilgan takliflar",
      ru: "Предложения, сделанные при освобождении",
      en: "Offers made by this release",
    },
    noOffers: {
      uz: "Navbatda hech kim yoʻq: oʻrinlar bola kelguncha boʻsh turadi.",
      ru: "Никто не ждёт: места свободны, пока не появится ребёнок.",
      en: "Nobody waits: the seats stay vacant until a child joins.",
    },
  },
  claims: {
    heading: {
      uz: "Tekshiriladigan imtiyoz arizalari",
      ru: "Заявленные льготы на проверку",
      en: "Priority claims to review",
    },
    empty: {
      uz: "Bu tumanda qaror kutayotgan imtiyoz yoʻq.",
      ru: "В этом районе нет льгот, ожидающих решения.",
      en: "No claim waits for a decision in this district.",
    },
    application: { uz: "Ariza", ru: "Заявление", en: "Application" },
    category: { uz: "Soʻralgan imtiyoz", ru: "Заявленная льгота", en: "Claimed category" },
    submittedAt: { uz: "Topshirilgan", ru: "Подано", en: "Submitted" },
    kindergartens: { uz: "Bogʻchalar", ru: "Детские сады", en: "Kindergartens" },
    reason: { uz: "Asos", ru: "Основание", en: "Reason" },
    approve: { uz: "Tasdiqlash", ru: "Подтвердить", en: "Approve" },
    reject: { uz: "Rad etish", ru: "Отклонить", en: "Reject" },
    approved: {
      uz: "{application}-arizaning imtiyozi tasdiqlandi",
      ru: "Льгота по заявлению {application} подтверждена",
      en: "Claim of application {application} approved",
    },
    rejected: {
      uz: "{application}-arizaning imtiyozi rad etildi",
      ru: "Льгота по заявлению {application} отклонена",
      en: "Claim of application {application} rejected",
    },
  },
  offers: {
    heading: { uz: "Oʻrinlar taqsimoti", ru: "Распределение мест", en: "Allocations" },
    empty: {
      uz: "Bu tumanda hali oʻrin taklif qilinmagan.",
      ru: "В этом районе ещё не было предложений мест.",
      en: "No offer has been made in this district yet.",
    },
    offer: { uz: "Taklif", ru: "Предложение", en: "Offer" },
    application: { uz: "Ariza", ru: "Заявление", en: "Application" },
    kindergarten: { uz: "Bogʻcha", ru: "Детский сад", en: "Kindergarten" },
    ageGroup: { uz: "Guruh", ru: "Группа", en: "Group" },
    order: {
      uz: "Tartib (daraja, raqam)",
      ru: "Порядок (уровень, номер)",
      en: "Order (tier, number)",
    },
    status: { uz: "Holat", ru: "Статус", en: "Status" },
    expiresAt: { uz: "Javob muddati", ru: "Ответить до", en: "Answer by" },
    expired: { uz: "muddati oʻtgan", ru: "срок истёк", en: "expired" },
    fairness: { uz: "Adolat", ru: "Честность", en: "Fairness" },
    passOn: {
      uz: "Muddati oʻtgan taklifni keyingisiga berish",
      ru: "Передать истёкшее предложение",
      en: "Pass on expired offer",
    },
    passedOn: {
      uz: "{offer}-taklif navbatdagi bolaga oʻtdi",
      ru: "Предложение {offer} передано следующему ребёнку",
      en: "Offer {offer} passed to the next child",
    },
  },
  tier: { uz: "{tier}-daraja", ru: "Уровень {tier}", en: "Tier {tier}" },
  generalTier: { uz: "Umumiy", ru: "Общий", en: "General" },
  relayers: {
    heading: {
      uz: "Tuman relayerlari",
      ru: "Ретрансляторы района",
      en: "Relayers of the district",
    },
    intro: {
      uz: "Ota-onalar arizalarini topshiradigan fuqarolar xizmati hisoblari. Ularni faqat tuman administratori oʻzgartira oladi.",
      ru: "Учётные записи службы для граждан, которые подают заявления родителей. Менять их может только администратор района.",
      en: "Accounts of the citizen service that submit parents' applications. Only the district's administrator may change them.",
    },
    account: { uz: "Relayer hisobi", ru: "Учётная запись ретранслятора", en: "Relayer account" },
    allow: { uz: "Ruxsat berish", ru: "Разрешить", en: "Allow" },
    remove: { uz: "Olib tashlash", ru: "Убрать", en: "Remove" },
    allowed: {
      uz: "{account} endi {district}-tumanga ariza topshira oladi",
      ru: "{account} может подавать заявления в район {district}",
      en: "{account} may now submit applications for district {district}",
    },
    removed: {
      uz: "{account} endi {district}-tumanga ariza topshira olmaydi",
      ru: "{account} больше не может подавать заявления в район {district}",
      en: "{account} may no longer submit applications for district {district}",
    },
  },
  audit: {
    heading: { uz: "Navbat auditi", ru: "Аудит очереди", en: "Audit of the queue" },
    intro: {
      uz: "Bu navbatga yozilgan har bir bola navbat tartibida, blokcheyndan: oʻrinlar shu yerda qayta sanaladi va kontraktniki bilan solishtiriladi; har bir taklif oldindagi har bir bolaga nisbatan tekshiriladi.",
      ru: "Все дети, когда-либо вставшие в эту очередь, по порядку, из блокчейна: позиции пересчитаны здесь и сверены с контрактом; каждое предложение проверено по каждому ребёнку впереди.",
      en: "Every child who ever joined this queue, in queue order, read from the chain: positions are recounted here and compared with the contract's own; each offer is checked against every child ahead.",
    },
    source: {
      uz: "Blokcheyndan oʻqildi, blok {block}",
      ru: "Прочитано из блокчейна, блок {block}",
      en: "Read from the chain at block {block}",
    },
    choose: {
      uz: "Bogʻcha va yosh guruhini tanlang",
      ru: "Выберите детский сад и возрастную группу",
      en: "Choose a kindergarten and an age group",
    },
    show: { uz: "Tekshirish", ru: "Проверить", en: "Audit" },
    empty: {
      uz: "Bu navbatga hech kim yozilmagan.",
      ru: "В эту очередь никто не вставал.",
      en: "Nobody has joined this queue.",
    },
    order: { uz: "Tartib", ru: "Порядок", en: "Order" },
    application: { uz: "Ariza", ru: "Заявление", en: "Application" },
    tier: { uz: "Daraja", ru: "Уровень", en: "Tier" },
    seq: { uz: "Raqam", ru: "Номер", en: "Number" },
    status: { uz: "Holat", ru: "Статус", en: "Status" },
    ahead: {
      uz: "Oldindagi bolalar (qayta sanoq)",
      ru: "Впереди детей (пересчёт)",
      en: "Children ahead (recounted)",
    },
    contractAhead: {
      uz: "Oldindagi bolalar (kontrakt)",
      ru: "Впереди детей (контракт)",
      en: "Children ahead (contract)",
    },
    offer: { uz: "Taklif", ru: "Предложение", en: "Offer" },
    check: { uz: "Tekshiruv", ru: "Проверка", en: "Check" },
    ok: { uz: "Toʻgʻri", ru: "Верно", en: "OK" },
    mismatch: {
      uz: "Oʻrin kontraktnikidan farq qiladi",
      ru: "Позиция расходится с контрактом",
      en: "Position differs from the contract",
    },
    skipped: {
      uz: "{offers}-taklifda chetlab oʻtilgan",
      ru: "Пропущен предложением {offers}",
      en: "Skipped by offer {offers}",
    },
    verdictOk: {
      uz: "Hech bir bola chetlab oʻtilmagan: {members} ta bola, {offers} ta taklif tekshirildi.",
      ru: "Ни один ребёнок не пропущен: проверено детей {members}, предложений {offers}.",
      en: "No child skipped: {members} children, {offers} offers checked.",
    },
    verdictBad: {
      uz: "{count} ta bola chetlab oʻtilgan yoki notoʻgʻri sanalgan: belgilangan qatorlarga qarang.",
      ru: "Пропущено или неверно посчитано детей: {count}. См. отмеченные строки.",
      en: "{count} child(ren) skipped or miscounted: see the marked rows.",
    },
    truncated: {
      uz: "{total} ta boladan birinchi {shown} tasi koʻrsatilgan.",
      ru: "Показаны первые {shown} из {total} детей.",
      en: "Showing the first {shown} of {total} children.",
    },
    unknownQueue: {
      uz: "Bu bogʻchada bu yosh guruhi uchun oʻrin yoʻq.",
      ru: "В этом детском саду нет мест в этой группе.",
      en: "This kindergarten has no seats in this age group.",
    },
  },
  chainUnavailable: {
    uz: "Blokcheynni hozir oʻqib boʻlmaydi: {reason}",
    ru: "Блокчейн сейчас недоступен: {reason}",
    en: "The chain cannot be read right now: {reason}",
  },
  validation: {
    kindergartenRequired: {
      uz: "Bogʻchani tanlang.",
      ru: "Выберите детский сад.",
      en: "Choose a kindergarten.",
    },
    ageGroupRequired: {
      uz: "Yosh guruhini tanlang.",
      ru: "Выберите возрастную группу.",
      en: "Choose an age group.",
    },
    capacityInvalid: {
      uz: "Oʻrinlar sonini 0 dan {max} gacha butun son bilan kiriting.",
      ru: "Введите целое число мест от 0 до {max}.",
      en: "Enter a whole number of seats from 0 to {max}.",
    },
    seatsInvalid: {
      uz: "Oʻrinlar sonini 1 dan {max} gacha butun son bilan kiriting.",
      ru: "Введите целое число мест от 1 до {max}.",
      en: "Enter a whole number of seats from 1 to {max}.",
    },
    reasonRequired: { uz: "Asosni tanlang.", ru: "Выберите основание.", en: "Choose a reason." },
  },
} satisfies WordTree;
