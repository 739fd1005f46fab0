import type { IshonchErrorCode } from "@ishonch/sdk";
import type { Words } from "../locales.ts";

/**
 * Errors of CertificateRegistry, read by school and university staff who issue, revoke and
 * correct diplomas. Roots and certificate hashes are never shown.
 */
export const certificateErrorWords = {
  BatchAlreadyIssued: {
    uz: "Bu diplomlar avval roʻyxatga olingan: ular ikkinchi marta berilmaydi.",
    ru: "Эти дипломы уже выданы: повторно они не выдаются.",
    en: "These diplomas have already been issued; they cannot be issued twice.",
  },
  BatchAlreadyRevoked: {
    uz: "Bu diplomlar toʻplami allaqachon toʻliq bekor qilingan.",
    ru: "Этот пакет дипломов уже аннулирован целиком.",
    en: "This batch of diplomas has already been revoked in full.",
  },
  CertificateAlreadyRevoked: {
    uz: "Bu diplom allaqachon bekor qilingan.",
    ru: "Этот диплом уже аннулирован.",
    en: "This diploma has already been revoked.",
  },
  RevokedCertificateReissued: {
    uz: "Bu diplom bekor qilingan. Bekor qilish doimiy: uni qaytadan berib boʻlmaydi.",
    ru: "Этот диплом аннулирован. Аннулирование бессрочно: повторно выдать его нельзя.",
    en: "This diploma was revoked. A revocation is permanent: it cannot be issued again.",
  },
  CertificateNotInBatch: {
    uz: "Bu diplom koʻrsatilgan toʻplamga kirmaydi. Toʻgʻri fayl tanlanganini tekshiring.",
    ru: "Этот диплом не входит в указанный пакет. Проверьте, что выбран правильный файл.",
    en: "This diploma is not part of the batch it names. Check that you chose the right file.",
  },
  IssuerNotActive: {
    uz: "Tashkilot roʻyxatda yoʻq yoki faoliyati toʻxtatilgan: uning nomidan diplom berib yoki bekor qilib boʻlmaydi.",
    ru: "Организации нет в реестре или её деятельность приостановлена: выдавать и аннулировать дипломы от её имени нельзя.",
    en: "The organization is not registered or is suspended: no diplomas can be issued or revoked in its name.",
  },
  EmptyBatch: {
    uz: "Toʻplamda birorta ham diplom yoʻq. Kamida bitta diplom qoʻshing.",
    ru: "В пакете нет ни одного диплома. Добавьте хотя бы один.",
    en: "The batch holds no diplomas. Add at least one.",
  },
  InvalidRevocationReason: {
    uz: "Bekor qilish sababini tanlang. «Tuzatilgan diplom bilan almashtirilgan» sababi faqat tuzatilgan diplom berilganda qoʻyiladi.",
    ru: "Выберите причину аннулирования. Причина «заменён исправленным дипломом» ставится только при выдаче исправленного диплома.",
    en: "Choose a reason for the revocation. “Replaced by a corrected diploma” is set only when a corrected diploma is issued.",
  },
  MissingStaffRole: {
    uz: "Hisobingiz {orgId} raqamli tashkilot nomidan bu amalni bajara olmaydi: kerakli lavozim yoʻq. Tashkilot administratoriga murojaat qiling.",
    ru: "У вашей учётной записи нет нужной роли в организации {orgId}. Обратитесь к администратору организации.",
    en: "Your account does not hold the role needed for this in organization {orgId}. Ask the organization's administrator.",
  },
  SuccessorAlreadyLinked: {
    uz: "Tuzatilgan diplom allaqachon boshqa diplom oʻrniga berilgan.",
    ru: "Исправленный диплом уже заменяет другой диплом.",
    en: "The corrected diploma already replaces another diploma.",
  },
  SuccessorRevoked: {
    uz: "Tuzatilgan diplomning oʻzi bekor qilingan. Yangi tuzatilgan diplom bering.",
    ru: "Исправленный диплом сам аннулирован. Выдайте новый исправленный диплом.",
    en: "The corrected diploma has itself been revoked. Issue a new corrected diploma.",
  },
  SupersedesItself: {
    uz: "Diplom oʻz oʻrniga berilishi mumkin emas. Tuzatilgan diplomni tanlang.",
    ru: "Диплом не может заменить сам себя. Выберите исправленный диплом.",
    en: "A diploma cannot replace itself. Choose the corrected diploma.",
  },
  UnknownBatch: {
    uz: "Bunday diplomlar toʻplami berilmagan.",
    ru: "Такой пакет дипломов не выдавался.",
    en: "No such batch of diplomas was ever issued.",
  },
  ZeroHash: {
    uz: "Diplom maʼlumotlari boʻsh: hujjat notoʻgʻri tayyorlangan. Uni qaytadan tayyorlang.",
    ru: "Данные диплома пусты: документ подготовлен неверно. Подготовьте его заново.",
    en: "The diploma's data is empty: the document was not prepared correctly. Prepare it again.",
  },
} satisfies Partial<Record<IshonchErrorCode, Words>>;
