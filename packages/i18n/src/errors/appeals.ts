import type { IshonchErrorCode } from "@ishonch/sdk";
import type { Words } from "../locales.ts";

/**
 * Errors of CitizenAppeals: citizens see those of filing, rating and escalating, agency
 * officers those of reviewing, forwarding, extending and answering. Appeals are named by
 * their tracking number; deadlines are never shown here (the app shows them as dates).
 */
export const appealErrorWords = {
  AgencyNotActive: {
    uz: "{agencyId} raqamli tashkilot roʻyxatda yoʻq yoki faoliyati toʻxtatilgan: u hozir murojaat qabul qila olmaydi.",
    ru: "Организации {agencyId} нет в реестре или её деятельность приостановлена: сейчас она не может принимать обращения.",
    en: "Organization {agencyId} is not registered or is suspended, so it cannot receive appeals now.",
  },
  AlreadyAnswered: {
    uz: "{id} raqamli murojaatga allaqachon javob berilgan.",
    ru: "На обращение № {id} уже дан ответ.",
    en: "Appeal No. {id} has already been answered.",
  },
  AlreadyExtended: {
    uz: "{id} raqamli murojaatning muddati allaqachon uzaytirilgan, uni qayta oʻzgartirib boʻlmaydi.",
    ru: "Срок рассмотрения обращения № {id} уже продлён, изменить его ещё раз нельзя.",
    en: "The deadline of appeal No. {id} has already been extended and cannot be changed again.",
  },
  AlreadyRated: {
    uz: "Siz {id} raqamli murojaatga berilgan javobni allaqachon baholagansiz.",
    ru: "Вы уже оценили ответ на обращение № {id}.",
    en: "You have already rated the answer to appeal No. {id}.",
  },
  DuplicateCommitment: {
    uz: "Bu murojaat allaqachon {existingId} raqami bilan roʻyxatga olingan.",
    ru: "Это обращение уже зарегистрировано под № {existingId}.",
    en: "This appeal is already registered as No. {existingId}.",
  },
  EmptyCommitment: {
    uz: "Matn boʻsh. Murojaat, javob yoki sabab matnini kiriting.",
    ru: "Текст пуст. Введите текст обращения, ответа или причины.",
    en: "The text is empty. Enter the text of the appeal, the answer or the reason.",
  },
  ExtraCheckingAlreadyApplies: {
    uz: "{id} raqamli murojaat uchun bir oylik koʻrib chiqish muddati allaqachon belgilangan.",
    ru: "Для обращения № {id} уже действует месячный срок рассмотрения.",
    en: "Appeal No. {id} already has the one-month period for consideration.",
  },
  ForwardToAgencyWithoutOfficer: {
    uz: "{agencyId} raqamli tashkilotda murojaatlar bilan ishlovchi xodim yoʻq: unga yuborilgan murojaatga hech kim javob bera olmaydi. Boshqa tashkilotni tanlang.",
    ru: "В организации {agencyId} нет сотрудника по обращениям: на перенаправленное туда обращение никто не сможет ответить. Выберите другую организацию.",
    en: "Organization {agencyId} has no appeals officer, so nobody there could answer the appeal. Choose another organization.",
  },
  ForwardToAgencyWithoutSuperior: {
    uz: "{agencyId} raqamli tashkilotning yuqori turuvchi tashkiloti yoʻq: u yerdan fuqaro shikoyat qila olmaydi. Boshqa tashkilotni tanlang.",
    ru: "У организации {agencyId} нет вышестоящей организации: оттуда гражданин не сможет обжаловать ответ. Выберите другую организацию.",
    en: "Organization {agencyId} has no higher organization, so the citizen could not escalate from there. Choose another organization.",
  },
  ForwardToEscalatedAgency: {
    uz: "{id} raqamli shikoyat {agencyId} raqamli tashkilot ustidan berilgan: uni oʻsha tashkilotga qaytarib yuborib boʻlmaydi.",
    ru: "Жалоба № {id} подана на организацию {agencyId}: перенаправить её обратно туда нельзя.",
    en: "Complaint No. {id} is about organization {agencyId}, so it cannot be forwarded back there.",
  },
  ForwardToHolder: {
    uz: "{id} raqamli murojaat allaqachon shu tashkilotda. Yuborish uchun boshqa tashkilotni tanlang.",
    ru: "Обращение № {id} уже находится в этой организации. Выберите другую организацию для перенаправления.",
    en: "Appeal No. {id} is already with this organization. Choose another organization to forward it to.",
  },
  ForwardWindowClosed: {
    uz: "{id} raqamli murojaatni boshqa tashkilotga yuborish uchun berilgan 5 kunlik muddat oʻtib ketgan: unga shu tashkilot javob berishi kerak.",
    ru: "Пятидневный срок для перенаправления обращения № {id} истёк: ответить на него должна эта организация.",
    en: "The five days for forwarding appeal No. {id} have passed; this organization must answer it itself.",
  },
  InvalidCitizenSignature: {
    uz: "Tasdiq {appealId} raqamli murojaatga mos kelmadi. Murojaatning maxfiy kodini tekshirib, qaytadan urinib koʻring.",
    ru: "Подтверждение не подходит к обращению № {appealId}. Проверьте секретный код обращения и повторите попытку.",
    en: "The confirmation does not match appeal No. {appealId}. Check the appeal's secret code and try again.",
  },
  InvalidExtensionDays: {
    uz: "Muddatni 1 kundan 30 kungacha uzaytirish mumkin (kiritilgani: {extensionDays}).",
    ru: "Срок можно продлить на 1–30 дней (указано: {extensionDays}).",
    en: "The deadline can be extended by 1 to 30 days (you entered {extensionDays}).",
  },
  InvalidRating: {
    uz: "1 dan 5 gacha baho tanlang.",
    ru: "Выберите оценку от 1 до 5.",
    en: "Choose a rating from 1 to 5.",
  },
  InvalidTransition: {
    uz: "{id} raqamli murojaatning hozirgi bosqichida bu amalni bajarib boʻlmaydi. Sahifani yangilab, uning holatini tekshiring.",
    ru: "На текущем этапе обращения № {id} это действие невозможно. Обновите страницу и проверьте его статус.",
    en: "This cannot be done at the current stage of appeal No. {id}. Refresh the page to see its status.",
  },
  NoSuperiorOrganization: {
    uz: "Bu tashkilotning platformada yuqori turuvchi tashkiloti yoʻq, shikoyatni yuborib boʻlmaydi.",
    ru: "У этой организации нет вышестоящей организации на платформе: жалобу направить некуда.",
    en: "This organization has no higher organization on the platform to send the complaint to.",
  },
  NotEscalable: {
    uz: "{id} raqamli murojaat yuzasidan yuqori turuvchi tashkilotga faqat javob muddati oʻtib ketganda yoki javobni qoniqarsiz deb baholaganingizda shikoyat qilish mumkin.",
    ru: "Обжаловать обращение № {id} в вышестоящей организации можно, только если срок ответа истёк или вы оценили ответ как неудовлетворительный.",
    en: "Appeal No. {id} can be taken to the higher organization only if its deadline passed without an answer or you rated the answer as unsatisfactory.",
  },
  NotHoldingAgency: {
    uz: "{id} raqamli murojaat bilan faqat uni koʻrib chiqayotgan tashkilotning ({agencyId}) tegishli vakolatga ega xodimi ishlay oladi.",
    ru: "С обращением № {id} может работать только сотрудник рассматривающей его организации ({agencyId}) с соответствующими полномочиями.",
    en: "Only staff with the right role at the organization handling appeal No. {id} ({agencyId}) can do this.",
  },
  NotOverdue: {
    uz: "{id} raqamli murojaatga javob berish muddati hali oʻtmagan.",
    ru: "Срок ответа на обращение № {id} ещё не истёк.",
    en: "The deadline for answering appeal No. {id} has not passed yet.",
  },
  TooManyForwards: {
    uz: "{id} raqamli murojaat allaqachon 3 marta boshqa tashkilotga yuborilgan, bu eng koʻp ruxsat etilgan son. Endi unga shu tashkilot javob berishi kerak.",
    ru: "Обращение № {id} уже перенаправлялось 3 раза, больше нельзя. Теперь ответить на него должна эта организация.",
    en: "Appeal No. {id} has already been forwarded 3 times, the most allowed; this organization must now answer it.",
  },
  UnknownAppeal: {
    uz: "{id} raqamli murojaat topilmadi. Raqamni tekshiring.",
    ru: "Обращение № {id} не найдено. Проверьте номер.",
    en: "There is no appeal No. {id}. Check the number.",
  },
  ZeroCitizenKey: {
    uz: "Murojaatning maxfiy kodi yaratilmadi. Murojaatni qaytadan yuboring.",
    ru: "Секретный код обращения не создан. Отправьте обращение заново.",
    en: "The appeal's secret code was not created. Please send the appeal again.",
  },
} satisfies Partial<Record<IshonchErrorCode, Words>>;
