import type { IshonchErrorCode } from "@ishonch/sdk";
import type { Words } from "../locales.ts";

/**
 * Errors of KindergartenQueue: parents see those of applying and answering an offer, district
 * and kindergarten officers those of seats and priority claims, the ministry those of the
 * settings. Organization numbers stand in parentheses; the app names the kindergartens.
 */
export const queueErrorWords = {
  AgeGroupNotOffered: {
    uz: "Tanlangan bogʻchada ({kindergarten}) bu yosh guruhi uchun joy yoʻq. Boshqa bogʻchani tanlang.",
    ru: "В выбранном детском саду ({kindergarten}) нет мест для этой возрастной группы. Выберите другой детский сад.",
    en: "The chosen kindergarten ({kindergarten}) has no places for this age group. Choose another kindergarten.",
  },
  ApplicationNotActive: {
    uz: "{application} raqamli ariza endi amalda emas: bola bogʻchaga qabul qilingan, ariza qaytarib olingan yoki u hech bir navbatda qolmagan.",
    ru: "Заявление № {application} больше не действует: ребёнок зачислен, заявление отозвано или оно не осталось ни в одной очереди.",
    en: "Application No. {application} is no longer active: the child was enrolled, the application was withdrawn, or it has left every queue.",
  },
  ChildAlreadyApplied: {
    uz: "Bu bola uchun tumanda amaldagi ariza bor (ariza raqami: {application}). Uning holatini shu raqam orqali tekshiring.",
    ru: "На этого ребёнка в районе уже есть действующее заявление (№ {application}). Проверьте его статус по этому номеру.",
    en: "This child already has an active application in this district (No. {application}). Check its status with that number.",
  },
  ClaimNotPending: {
    uz: "{application} raqamli arizada koʻrib chiqilishi kutilayotgan imtiyoz soʻrovi yoʻq: u berilmagan yoki allaqachon hal qilingan.",
    ru: "По заявлению № {application} нет льготы, ожидающей решения: её не заявляли или решение уже принято.",
    en: "Application No. {application} has no priority claim awaiting a decision: none was made, or it has already been decided.",
  },
  DuplicatePreference: {
    uz: "Bitta bogʻcha ({kindergarten}) ikki marta tanlangan. Turli bogʻchalarni tanlang.",
    ru: "Один и тот же детский сад ({kindergarten}) выбран дважды. Выберите разные детские сады.",
    en: "The same kindergarten ({kindergarten}) is chosen twice. Choose different kindergartens.",
  },
  InvalidAgeRange: {
    uz: "Eng kichik yosh ({minMonths} oy) eng katta yoshdan ({maxMonths} oy) kichik boʻlishi kerak.",
    ru: "Нижняя граница возраста ({minMonths} мес.) должна быть меньше верхней ({maxMonths} мес.).",
    en: "The lower age ({minMonths} months) must be below the upper age ({maxMonths} months).",
  },
  InvalidOfferPeriod: {
    uz: "Taklifga javob berish muddati 1 soatdan 90 kungacha boʻlishi kerak.",
    ru: "Срок ответа на предложение места должен быть от 1 часа до 90 дней.",
    en: "The time to answer an offer must be between 1 hour and 90 days.",
  },
  InvalidPreferenceCount: {
    uz: "Kamida bitta, koʻpi bilan {max} ta bogʻcha tanlang (tanlangani: {count} ta).",
    ru: "Выберите от 1 до {max} детских садов (выбрано: {count}).",
    en: "Choose from 1 to {max} kindergartens (you chose {count}).",
  },
  InvalidTier: {
    uz: "Imtiyoz toifasiga {tier}-daraja berilmaydi: 0 dan 6 gacha daraja tanlang (7-daraja imtiyozsiz bolalar uchun).",
    ru: "Льготной категории нельзя присвоить уровень {tier}: выберите уровень от 0 до 6 (уровень 7 — для детей без льгот).",
    en: "A priority category cannot have tier {tier}: choose a tier from 0 to 6 (tier 7 is for children without priority).",
  },
  KindergartenNotInDistrict: {
    uz: "Tanlangan bogʻcha ({kindergarten}) bu tumanga qarashli emas. Oʻz tumaningizdagi bogʻchalarni tanlang.",
    ru: "Выбранный детский сад ({kindergarten}) не относится к этому району. Выберите детские сады своего района.",
    en: "The chosen kindergarten ({kindergarten}) is not in this district. Choose kindergartens in your district.",
  },
  NotADistrict: {
    uz: "{district} raqamli tashkilot faoliyat yuritayotgan tuman taʼlim boʻlimi emas.",
    ru: "Организация {district} не является действующим районным отделом образования.",
    en: "Organization {district} is not an active district education department.",
  },
  NotAKindergarten: {
    uz: "{kindergarten} raqamli tashkilot faoliyat yuritayotgan bogʻcha emas.",
    ru: "Организация {kindergarten} не является действующим детским садом.",
    en: "Organization {kindergarten} is not an operating kindergarten.",
  },
  NotDistrictAdmin: {
    uz: "Buni faqat tuman taʼlim boʻlimining administratori bajara oladi.",
    ru: "Это может сделать только администратор районного отдела образования.",
    en: "Only an administrator of the district education department can do this.",
  },
  NotParent: {
    uz: "Tasdiq {application} raqamli arizaga mos kelmadi. Arizaning maxfiy kodini tekshirib, qaytadan urinib koʻring.",
    ru: "Подтверждение не подходит к заявлению № {application}. Проверьте секретный код заявления и повторите попытку.",
    en: "The confirmation does not match application No. {application}. Check the application's secret code and try again.",
  },
  NotQueueOfficer: {
    uz: "Buni faqat {orgId} raqamli tashkilotning navbat boʻyicha masʼul xodimi bajara oladi.",
    ru: "Это может сделать только ответственный за очередь сотрудник организации {orgId}.",
    en: "Only a queue officer of organization {orgId} can do this.",
  },
  // Reaches the parent: the citizen app submits through the district's relayer account.
  NotRelayer: {
    uz: "Hozircha bu tuman uchun arizalarni shu xizmat orqali qabul qilib boʻlmaydi. Tuman taʼlim boʻlimiga murojaat qiling.",
    ru: "Сейчас заявления для этого района через этот сервис не принимаются. Обратитесь в районный отдел образования.",
    en: "Applications for this district cannot be accepted through this service right now. Please contact the district education department.",
  },
  OfferExpired: {
    uz: "Bu taklifga javob berish muddati tugagan: joy navbatdagi bolaga oʻtadi.",
    ru: "Срок ответа на это предложение истёк: место переходит следующему ребёнку.",
    en: "The time to answer this offer has run out; the place passes to the next child.",
  },
  OfferNotExpired: {
    uz: "Bu taklif hali amalda: muddati tugamaguncha uni boshqa bolaga oʻtkazib boʻlmaydi.",
    ru: "Это предложение ещё действует: до истечения срока его нельзя передать другому ребёнку.",
    en: "This offer is still open: it cannot pass to another child before its time runs out.",
  },
  OfferNotPending: {
    uz: "Bu taklif endi amalda emas: unga javob berilgan, muddati tugagan yoki u bekor qilingan.",
    ru: "Это предложение больше не действует: на него уже ответили, срок истёк или оно отменено.",
    en: "This offer is no longer open: it has been answered, has expired or was cancelled.",
  },
  QueueFull: {
    uz: "Bu bogʻchaning ({kindergarten}) shu yosh guruhiga navbat endi yangi arizalarni qabul qilmaydi. Boshqa bogʻchani tanlang.",
    ru: "Очередь этого детского сада ({kindergarten}) в эту возрастную группу больше не принимает заявления. Выберите другой детский сад.",
    en: "The queue of this kindergarten ({kindergarten}) for this age group takes no more applications. Choose another kindergarten.",
  },
  ReservedCategory: {
    uz: "0 raqami «imtiyozsiz» degan maʼnoni bildiradi va toifa boʻla olmaydi. Boshqa raqam tanlang.",
    ru: "Номер 0 означает «без льгот» и не может быть категорией. Выберите другой номер.",
    en: "Number 0 means “no priority” and cannot be a category. Choose another number.",
  },
  SeatsExceedCapacity: {
    uz: "Boʻshatilayotgan joylar: {requested} ta, bu guruhda esa koʻpi bilan {available} ta joyni boʻshatish mumkin: qolganlari allaqachon boʻsh yoki taklif qilingan.",
    ru: "Освобождаемых мест: {requested}, а в этой группе можно освободить не более {available}: остальные места уже свободны или предложены детям.",
    en: "Places to release: {requested}; this group allows at most {available}, as the others are already free or on offer.",
  },
  UnknownAgeGroup: {
    uz: "Bunday yosh guruhi yoʻq yoki unga hozir ariza qabul qilinmaydi.",
    ru: "Такой возрастной группы нет, или в неё сейчас не принимают заявления.",
    en: "This age group does not exist or is not open for applications.",
  },
  UnknownApplication: {
    uz: "{application} raqamli ariza topilmadi. Raqamni tekshiring.",
    ru: "Заявление № {application} не найдено. Проверьте номер.",
    en: "There is no application No. {application}. Check the number.",
  },
  UnknownOffer: {
    uz: "Bunday joy taklifi topilmadi.",
    ru: "Такое предложение места не найдено.",
    en: "No such offer of a place was found.",
  },
  UnknownPriorityCategory: {
    uz: "Bunday imtiyoz toifasi yoʻq yoki hozir qoʻllanilmaydi.",
    ru: "Такой льготной категории нет, или она сейчас не применяется.",
    en: "This priority category does not exist or is not in use now.",
  },
  ZeroChildTag: {
    uz: "Bola maʼlumotlarini qayta ishlab boʻlmadi. Keyinroq qayta urinib koʻring yoki tuman taʼlim boʻlimiga murojaat qiling.",
    ru: "Не удалось обработать данные ребёнка. Повторите попытку позже или обратитесь в районный отдел образования.",
    en: "The child's details could not be processed. Try again later or contact the district education department.",
  },
  ZeroParentKey: {
    uz: "Arizaning maxfiy kodi yaratilmadi. Arizani qaytadan topshiring.",
    ru: "Секретный код заявления не создан. Подайте заявление заново.",
    en: "The application's secret code was not created. Please submit the application again.",
  },
  ZeroSeats: {
    uz: "Boʻshayotgan joylar sonini kiriting (kamida bitta).",
    ru: "Укажите число освобождаемых мест (не меньше одного).",
    en: "Enter how many places are being released (at least one).",
  },
} satisfies Partial<Record<IshonchErrorCode, Words>>;
