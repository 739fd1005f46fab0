import type { Locale } from "./locales.ts";

/**
 * The citizen app's diploma check, read by an employer on a phone. Plain strings with
 * `{placeholders}` (filled by `format`) so that the server can hand the words of one
 * language to the page's small script as JSON. The names of verdicts, revocation reasons,
 * document fields and document errors are `certificateWords`; these are the page's own.
 */
export interface VerifyWords {
  homeLink: string;
  homeText: string;
  title: string;
  intro: string;
  scanHeading: string;
  scanStart: string;
  scanStop: string;
  scanHint: string;
  cameraUnavailable: string;
  photoHeading: string;
  photoLabel: string;
  unreadableImage: string;
  fileHeading: string;
  fileLabel: string;
  numberHeading: string;
  numberPrivacy: string;
  seriesLabel: string;
  numberLabel: string;
  numberSubmit: string;
  numberMissing: string;
  numberNotListed: string;
  scriptNeeded: string;
  checking: string;
  documentNotStored: string;
  chainUnavailable: string;
  indexUnavailable: string;
  badRequest: string;
  explanation: {
    valid: string;
    revoked: string;
    tampered: string;
    notIssued: string;
    issuerNotAccredited: string;
  };
  evidenceHeading: string;
  evidence: {
    issuer: string;
    accreditation: string;
    issuedAt: string;
    block: string;
    transaction: string;
    revokedAt: string;
    reason: string;
    revokedWithBatch: string;
    replacedBy: string;
    contract: string;
  };
  unknownIssuer: string;
  holderHeading: string;
  hiddenField: string;
  bulkLink: string;
  bulkTitle: string;
  bulkIntro: string;
  bulkNumbersLabel: string;
  bulkDocumentsLabel: string;
  bulkCheck: string;
  bulkTooMany: string;
  bulkEmpty: string;
  bulkDownload: string;
  bulkColumns: {
    row: string;
    diploma: string;
    verdict: string;
    issuer: string;
    issuedAt: string;
    detail: string;
  };
  bulkTotal: string;
  bulkValid: string;
}

const uz: VerifyWords = {
  homeLink: "Diplomni tekshirish",
  homeText: "QR kod, diplom fayli yoki seriya va raqam boʻyicha: haqiqiymi, bekor qilinganmi.",
  title: "Diplomni tekshirish",
  intro:
    "Diplomdagi QR kodni skanerlang, uning rasmini yoki diplom faylini yuklang. Natija blokcheyndan oʻqiladi, operatorga ishonish shart emas.",
  scanHeading: "Kamera bilan skanerlash",
  scanStart: "Kamerani yoqish",
  scanStop: "Kamerani oʻchirish",
  scanHint: "Kamerani diplomdagi QR kodga qarating.",
  cameraUnavailable:
    "Kamerani ochib boʻlmadi (ruxsat berilmagan yoki kamera yoʻq). QR kodni suratga olib, rasmni yuklang.",
  photoHeading: "QR kod rasmi",
  photoLabel: "QR kod suratini tanlang",
  unreadableImage:
    "Bu rasmda QR kodni oʻqib boʻlmadi. Kodni toʻliq, yaqinroqdan va aniqroq suratga oling.",
  fileHeading: "Diplom fayli",
  fileLabel: "Diplom fayli (.json)",
  numberHeading: "Seriya va raqam boʻyicha",
  numberPrivacy:
    "Faqat beruvchi tashkilot, sana va holat koʻrsatiladi; shaxsiy maʼlumotlar hech qachon koʻrsatilmaydi.",
  seriesLabel: "Seriya",
  numberLabel: "Raqam",
  numberSubmit: "Tekshirish",
  numberMissing: "Diplomning seriyasi va raqamini kiriting.",
  numberNotListed:
    "{series} {number} seriya va raqamli diplom roʻyxatda yoʻq. Seriya va raqamni diplomdan qayta tekshiring.",
  scriptNeeded:
    "Skanerlash va fayllarni tekshirish uchun brauzerda JavaScript yoqilgan boʻlishi kerak. Seriya va raqam boʻyicha tekshiruv usiz ishlaydi.",
  checking: "Blokcheynda tekshirilmoqda…",
  documentNotStored:
    "Bu QR kod boʻyicha saqlangan diplom topilmadi. Kod toʻliq skanerlanganini tekshiring yoki diplom faylini yuklang.",
  chainUnavailable:
    "Blokcheyn tuguni hozir javob bermayapti, shuning uchun diplomni tasdiqlab boʻlmaydi. Birozdan soʻng qayta urinib koʻring.",
  indexUnavailable: "Diplomlar roʻyxati hozir mavjud emas. Birozdan soʻng qayta urinib koʻring.",
  badRequest: "Soʻrovni tushunib boʻlmadi.",
  explanation: {
    valid:
      "Bu diplomni {issuer} bergan va u blokcheynda qayd etilgan. Quyidagi maʼlumotlar ushbu yozuvga toʻliq mos keladi.",
    revoked: "Bu diplom {revokedAt} kuni bekor qilingan. Sabab: {reason}. U endi haqiqiy emas.",
    tampered:
      "Bu diplomdagi maʼlumotlar berilganidan keyin oʻzgartirilgan: ular blokcheyndagi yozuvga mos kelmaydi. Diplomni qalbaki deb hisoblang.",
    notIssued:
      "Bunday diplom blokcheynda qayd etilmagan. U Ishonch orqali berilmagan yoki qalbaki.",
    issuerNotAccredited:
      "Diplom blokcheynda qayd etilgan, lekin uni bergan tashkilot hozir akkreditatsiyadan oʻtmagan yoki faoliyati toʻxtatilgan.",
  },
  evidenceHeading: "Blokcheyndagi dalillar",
  evidence: {
    issuer: "Beruvchi tashkilot",
    accreditation: "Akkreditatsiya holati",
    issuedAt: "Berilgan vaqti",
    block: "Blok",
    transaction: "Tranzaksiya",
    revokedAt: "Bekor qilingan vaqti",
    reason: "Sabab",
    revokedWithBatch: "Butun toʻplam bilan birga bekor qilingan",
    replacedBy: "Oʻrniga berilgan tuzatilgan diplom",
    contract: "Reyestr shartnomasi",
  },
  unknownIssuer: "{orgId}-raqamli tashkilot",
  holderHeading: "Diplom egasining maʼlumotlari",
  hiddenField: "egasi yashirgan",
  bulkLink: "Koʻp diplomni birdaniga tekshirish",
  bulkTitle: "Diplomlarni ommaviy tekshirish",
  bulkIntro:
    "Diplom seriyalari va raqamlari yozilgan CSV faylini (har qatorda: seriya; raqam) yoki diplom fayllari joylangan zip arxivni yuklang.",
  bulkNumbersLabel: "Raqamlar roʻyxati (.csv)",
  bulkDocumentsLabel: "Diplom fayllari (.zip)",
  bulkCheck: "Tekshirish",
  bulkTooMany: "Bir martada koʻpi bilan {max} ta diplom tekshiriladi.",
  bulkEmpty: "Faylda tekshiriladigan diplom topilmadi.",
  bulkDownload: "Hisobotni yuklab olish (CSV)",
  bulkColumns: {
    row: "№",
    diploma: "Diplom",
    verdict: "Natija",
    issuer: "Beruvchi",
    issuedAt: "Berilgan",
    detail: "Izoh",
  },
  bulkTotal: "Tekshirildi",
  bulkValid: "Haqiqiy",
};

const ru: VerifyWords = {
  homeLink: "Проверить диплом",
  homeText: "По QR-коду, файлу диплома или серии и номеру: подлинный ли он и не аннулирован ли.",
  title: "Проверка диплома",
  intro:
    "Отсканируйте QR-код с диплома, загрузите его фото или файл диплома. Ответ читается из блокчейна: доверять оператору не нужно.",
  scanHeading: "Сканировать камерой",
  scanStart: "Включить камеру",
  scanStop: "Выключить камеру",
  scanHint: "Наведите камеру на QR-код диплома.",
  cameraUnavailable:
    "Не удалось открыть камеру (нет разрешения или камеры). Сфотографируйте QR-код и загрузите снимок.",
  photoHeading: "Фото QR-кода",
  photoLabel: "Выберите снимок QR-кода",
  unreadableImage:
    "На этом изображении не удалось прочитать QR-код. Сфотографируйте код целиком, ближе и резче.",
  fileHeading: "Файл диплома",
  fileLabel: "Файл диплома (.json)",
  numberHeading: "По серии и номеру",
  numberPrivacy:
    "Показываются только организация, дата и статус; персональные данные не показываются никогда.",
  seriesLabel: "Серия",
  numberLabel: "Номер",
  numberSubmit: "Проверить",
  numberMissing: "Введите серию и номер диплома.",
  numberNotListed: "Диплом серии {series} № {number} не найден. Сверьте серию и номер с дипломом.",
  scriptNeeded:
    "Для сканирования и проверки файлов в браузере должен быть включён JavaScript. Проверка по серии и номеру работает без него.",
  checking: "Проверяем в блокчейне…",
  documentNotStored:
    "По этому QR-коду не найден сохранённый диплом. Проверьте, что код отсканирован полностью, или загрузите файл диплома.",
  chainUnavailable:
    "Узел блокчейна сейчас не отвечает, поэтому подтвердить диплом нельзя. Повторите попытку чуть позже.",
  indexUnavailable: "Список дипломов сейчас недоступен. Повторите попытку чуть позже.",
  badRequest: "Запрос не удалось разобрать.",
  explanation: {
    valid:
      "Этот диплом выдан организацией {issuer} и записан в блокчейне. Данные ниже полностью совпадают с этой записью.",
    revoked: "Этот диплом аннулирован {revokedAt}. Причина: {reason}. Он больше не действителен.",
    tampered:
      "Данные этого диплома изменены после выдачи: они не совпадают с записью в блокчейне. Считайте диплом поддельным.",
    notIssued:
      "Такой диплом не записан в блокчейне. Он не выдавался через Ishonch или является подделкой.",
    issuerNotAccredited:
      "Диплом записан в блокчейне, но выдавшая его организация сейчас не аккредитована или её деятельность приостановлена.",
  },
  evidenceHeading: "Доказательства из блокчейна",
  evidence: {
    issuer: "Выдавшая организация",
    accreditation: "Статус аккредитации",
    issuedAt: "Время выдачи",
    block: "Блок",
    transaction: "Транзакция",
    revokedAt: "Время аннулирования",
    reason: "Причина",
    revokedWithBatch: "Аннулирован вместе со всем пакетом",
    replacedBy: "Заменён исправленным дипломом",
    contract: "Контракт реестра",
  },
  unknownIssuer: "организация № {orgId}",
  holderHeading: "Данные владельца диплома",
  hiddenField: "скрыто владельцем",
  bulkLink: "Проверить много дипломов сразу",
  bulkTitle: "Массовая проверка дипломов",
  bulkIntro:
    "Загрузите CSV-файл с сериями и номерами дипломов (в каждой строке: серия; номер) или zip-архив с файлами дипломов.",
  bulkNumbersLabel: "Список номеров (.csv)",
  bulkDocumentsLabel: "Файлы дипломов (.zip)",
  bulkCheck: "Проверить",
  bulkTooMany: "За один раз проверяется не более {max} дипломов.",
  bulkEmpty: "В файле не найдено дипломов для проверки.",
  bulkDownload: "Скачать отчёт (CSV)",
  bulkColumns: {
    row: "№",
    diploma: "Диплом",
    verdict: "Результат",
    issuer: "Организация",
    issuedAt: "Выдан",
    detail: "Пояснение",
  },
  bulkTotal: "Проверено",
  bulkValid: "Действительных",
};

const en: VerifyWords = {
  homeLink: "Check a diploma",
  homeText: "By its QR code, its file, or its series and number: genuine, revoked or forged.",
  title: "Check a diploma",
  intro:
    "Scan the QR code on the diploma, or upload a photo of it or the diploma file. The answer is read from the blockchain: no need to trust the operator.",
  scanHeading: "Scan with the camera",
  scanStart: "Start the camera",
  scanStop: "Stop the camera",
  scanHint: "Point the camera at the diploma's QR code.",
  cameraUnavailable:
    "The camera could not be opened (no permission, or no camera). Take a photo of the QR code and upload it instead.",
  photoHeading: "Photo of the QR code",
  photoLabel: "Choose a photo of the QR code",
  unreadableImage:
    "Could not read a QR code in this image. Take a closer, sharper photo with the whole code in the frame.",
  fileHeading: "Diploma file",
  fileLabel: "Diploma file (.json)",
  numberHeading: "By series and number",
  numberPrivacy: "Shows only the issuer, the date and the status; never any personal data.",
  seriesLabel: "Series",
  numberLabel: "Number",
  numberSubmit: "Check",
  numberMissing: "Enter the diploma's series and number.",
  numberNotListed:
    "No diploma with series {series} and number {number} is listed. Compare the series and number with the diploma.",
  scriptNeeded:
    "Scanning and checking files need JavaScript in the browser. The check by series and number works without it.",
  checking: "Checking on the blockchain…",
  documentNotStored:
    "No diploma is stored under this QR code. Check that the whole code was scanned, or upload the diploma file.",
  chainUnavailable:
    "The blockchain node is not answering right now, so the diploma cannot be confirmed. Please try again shortly.",
  indexUnavailable: "The list of diplomas is not available right now. Please try again shortly.",
  badRequest: "The request could not be understood.",
  explanation: {
    valid:
      "This diploma was issued by {issuer} and is recorded on the blockchain. The details below match that record exactly.",
    revoked: "This diploma was revoked on {revokedAt}. Reason: {reason}. It is no longer valid.",
    tampered:
      "The details of this diploma were changed after it was issued: they do not match the record on the blockchain. Treat it as forged.",
    notIssued:
      "No such diploma is recorded on the blockchain. It was not issued through Ishonch, or it is forged.",
    issuerNotAccredited:
      "The diploma is recorded on the blockchain, but the organization that issued it is not accredited now, or is suspended.",
  },
  evidenceHeading: "Evidence from the blockchain",
  evidence: {
    issuer: "Issued by",
    accreditation: "Accreditation",
    issuedAt: "Issued at",
    block: "Block",
    transaction: "Transaction",
    revokedAt: "Revoked at",
    reason: "Reason",
    revokedWithBatch: "Revoked together with its whole batch",
    replacedBy: "Replaced by a corrected diploma",
    contract: "Registry contract",
  },
  unknownIssuer: "organization no. {orgId}",
  holderHeading: "The holder's details",
  hiddenField: "hidden by the holder",
  bulkLink: "Check many diplomas at once",
  bulkTitle: "Check diplomas in bulk",
  bulkIntro:
    "Upload a CSV file of diploma series and numbers (one a line: series; number) or a zip archive of diploma files.",
  bulkNumbersLabel: "List of numbers (.csv)",
  bulkDocumentsLabel: "Diploma files (.zip)",
  bulkCheck: "Check",
  bulkTooMany: "At most {max} diplomas can be checked at once.",
  bulkEmpty: "The file holds no diploma to check.",
  bulkDownload: "Download the report (CSV)",
  bulkColumns: {
    row: "No.",
    diploma: "Diploma",
    verdict: "Verdict",
    issuer: "Issued by",
    issuedAt: "Issued",
    detail: "Detail",
  },
  bulkTotal: "Checked",
  bulkValid: "Valid",
};

const byLocale: Record<Locale, VerifyWords> = { uz, ru, en };

/** The verify page's words in one language. */
export function verifyWordsFor(locale: Locale): VerifyWords {
  return byLocale[locale];
}
