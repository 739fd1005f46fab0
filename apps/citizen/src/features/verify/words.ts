/**
 * The diploma check, read by an employer on a phone. The names of verdicts, revocation
 * reasons, document fields and document errors are @ishonch/i18n's `certificateWords`; these
 * are the pages' own. The page's script gets the words it needs in one language, as JSON.
 */
import type { WordTree } from "@ishonch/i18n";

export const verifyWords = {
  homeLink: { uz: "Diplomni tekshirish", ru: "Проверить диплом", en: "Check a diploma" },
  homeText: {
    uz: "QR kod, diplom fayli yoki seriya va raqam boʻyicha: haqiqiymi, bekor qilinganmi.",
    ru: "По QR-коду, файлу диплома или серии и номеру: подлинный ли он и не аннулирован ли.",
    en: "By its QR code, its file, or its series and number: genuine, revoked or forged.",
  },
  title: { uz: "Diplomni tekshirish", ru: "Проверка диплома", en: "Check a diploma" },
  intro: {
    uz: "Diplomdagi QR kodni skanerlang, uning rasmini yoki diplom faylini yuklang. Natija blokcheyndan oʻqiladi, operatorga ishonish shart emas.",
    ru: "Отсканируйте QR-код с диплома, загрузите его фото или файл диплома. Ответ читается из блокчейна: доверять оператору не нужно.",
    en: "Scan the QR code on the diploma, or upload a photo of it or the diploma file. The answer is read from the blockchain: no need to trust the operator.",
  },
  scanHeading: {
    uz: "Kamera bilan skanerlash",
    ru: "Сканировать камерой",
    en: "Scan with the camera",
  },
  scanStart: { uz: "Kamerani yoqish", ru: "Включить камеру", en: "Start the camera" },
  scanStop: { uz: "Kamerani oʻchirish", ru: "Выключить камеру", en: "Stop the camera" },
  scanHint: {
    uz: "Kamerani diplomdagi QR kodga qarating.",
    ru: "Наведите камеру на QR-код диплома.",
    en: "Point the camera at the diploma's QR code.",
  },
  cameraUnavailable: {
    uz: "Kamerani ochib boʻlmadi (ruxsat berilmagan yoki kamera yoʻq). QR kodni suratga olib, rasmni yuklang.",
    ru: "Не удалось открыть камеру (нет разрешения или камеры). Сфотографируйте QR-код и загрузите снимок.",
    en: "The camera could not be opened (no permission, or no camera). Take a photo of the QR code and upload it instead.",
  },
  photoHeading: { uz: "QR kod rasmi", ru: "Фото QR-кода", en: "Photo of the QR code" },
  photoLabel: {
    uz: "QR kod suratini tanlang",
    ru: "Выберите снимок QR-кода",
    en: "Choose a photo of the QR code",
  },
  unreadableImage: {
    uz: "Bu rasmda QR kodni oʻqib boʻlmadi. Kodni toʻliq, yaqinroqdan va aniqroq suratga oling.",
    ru: "На этом изображении не удалось прочитать QR-код. Сфотографируйте код целиком, ближе и резче.",
    en: "Could not read a QR code in this image. Take a closer, sharper photo with the whole code in the frame.",
  },
  fileHeading: { uz: "Diplom fayli", ru: "Файл диплома", en: "Diploma file" },
  fileLabel: { uz: "Diplom fayli (.json)", ru: "Файл диплома (.json)", en: "Diploma file (.json)" },
  numberHeading: {
    uz: "Seriya va raqam boʻyicha",
    ru: "По серии и номеру",
    en: "By series and number",
  },
  numberPrivacy: {
    uz: "Faqat beruvchi tashkilot, sana va holat koʻrsatiladi; shaxsiy maʼlumotlar hech qachon koʻrsatilmaydi.",
    ru: "Показываются только организация, дата и статус; персональные данные не показываются никогда.",
    en: "Shows only the issuer, the date and the status; never any personal data.",
  },
  seriesLabel: { uz: "Seriya", ru: "Серия", en: "Series" },
  numberLabel: { uz: "Raqam", ru: "Номер", en: "Number" },
  numberSubmit: { uz: "Tekshirish", ru: "Проверить", en: "Check" },
  numberMissing: {
    uz: "Diplomning seriyasi va raqamini kiriting.",
    ru: "Введите серию и номер диплома.",
    en: "Enter the diploma's series and number.",
  },
  numberNotListed: {
    uz: "{series} {number} seriya va raqamli diplom roʻyxatda yoʻq. Seriya va raqamni diplomdan qayta tekshiring.",
    ru: "Диплом серии {series} № {number} не найден. Сверьте серию и номер с дипломом.",
    en: "No diploma with series {series} and number {number} is listed. Compare the series and number with the diploma.",
  },
  scriptNeeded: {
    uz: "Skanerlash va fayllarni tekshirish uchun brauzerda JavaScript yoqilgan boʻlishi kerak. Seriya va raqam boʻyicha tekshiruv usiz ishlaydi.",
    ru: "Для сканирования и проверки файлов в браузере должен быть включён JavaScript. Проверка по серии и номеру работает без него.",
    en: "Scanning and checking files need JavaScript in the browser. The check by series and number works without it.",
  },
  checking: {
    uz: "Blokcheynda tekshirilmoqda…",
    ru: "Проверяем в блокчейне…",
    en: "Checking on the blockchain…",
  },
  documentNotStored: {
    uz: "Bu QR kod boʻyicha saqlangan diplom topilmadi. Kod toʻliq skanerlanganini tekshiring yoki diplom faylini yuklang.",
    ru: "По этому QR-коду не найден сохранённый диплом. Проверьте, что код отсканирован полностью, или загрузите файл диплома.",
    en: "No diploma is stored under this QR code. Check that the whole code was scanned, or upload the diploma file.",
  },
  chainUnavailable: {
    uz: "Blokcheyn tuguni hozir javob bermayapti, shuning uchun diplomni tasdiqlab boʻlmaydi. Birozdan soʻng qayta urinib koʻring.",
    ru: "Узел блокчейна сейчас не отвечает, поэтому подтвердить диплом нельзя. Повторите попытку чуть позже.",
    en: "The blockchain node is not answering right now, so the diploma cannot be confirmed. Please try again shortly.",
  },
  indexUnavailable: {
    uz: "Diplomlar roʻyxati hozir mavjud emas. Birozdan soʻng qayta urinib koʻring.",
    ru: "Список дипломов сейчас недоступен. Повторите попытку чуть позже.",
    en: "The list of diplomas is not available right now. Please try again shortly.",
  },
  badRequest: {
    uz: "Soʻrovni tushunib boʻlmadi.",
    ru: "Запрос не удалось разобрать.",
    en: "The request could not be understood.",
  },
  explanation: {
    valid: {
      uz: "Bu diplomni {issuer} bergan va u blokcheynda qayd etilgan. Quyidagi maʼlumotlar ushbu yozuvga toʻliq mos keladi.",
      ru: "Этот диплом выдан организацией {issuer} и записан в блокчейне. Данные ниже полностью совпадают с этой записью.",
      en: "This diploma was issued by {issuer} and is recorded on the blockchain. The details below match that record exactly.",
    },
    revoked: {
      uz: "Bu diplom {revokedAt} kuni bekor qilingan. Sabab: {reason}. U endi haqiqiy emas.",
      ru: "Этот диплом аннулирован {revokedAt}. Причина: {reason}. Он больше не действителен.",
      en: "This diploma was revoked on {revokedAt}. Reason: {reason}. It is no longer valid.",
    },
    tampered: {
      uz: "Bu diplomdagi maʼlumotlar berilganidan keyin oʻzgartirilgan: ular blokcheyndagi yozuvga mos kelmaydi. Diplomni qalbaki deb hisoblang.",
      ru: "Данные этого диплома изменены после выдачи: они не совпадают с записью в блокчейне. Считайте диплом поддельным.",
      en: "The details of this diploma were changed after it was issued: they do not match the record on the blockchain. Treat it as forged.",
    },
    notIssued: {
      uz: "Bunday diplom blokcheynda qayd etilmagan. U Ishonch orqali berilmagan yoki qalbaki.",
      ru: "Такой диплом не записан в блокчейне. Он не выдавался через Ishonch или является подделкой.",
      en: "No such diploma is recorded on the blockchain. It was not issued through Ishonch, or it is forged.",
    },
    issuerNotAccredited: {
      uz: "Diplom blokcheynda qayd etilgan, lekin uni bergan tashkilot hozir akkreditatsiyadan oʻtmagan yoki faoliyati toʻxtatilgan.",
      ru: "Диплом записан в блокчейне, но выдавшая его организация сейчас не аккредитована или её деятельность приостановлена.",
      en: "The diploma is recorded on the blockchain, but the organization that issued it is not accredited now, or is suspended.",
    },
  },
  evidenceHeading: {
    uz: "Blokcheyndagi dalillar",
    ru: "Доказательства из блокчейна",
    en: "Evidence from the blockchain",
  },
  evidence: {
    issuer: { uz: "Beruvchi tashkilot", ru: "Выдавшая организация", en: "Issued by" },
    accreditation: { uz: "Akkreditatsiya holati", ru: "Статус аккредитации", en: "Accreditation" },
    issuedAt: { uz: "Berilgan vaqti", ru: "Время выдачи", en: "Issued at" },
    block: { uz: "Blok", ru: "Блок", en: "Block" },
    transaction: { uz: "Tranzaksiya", ru: "Транзакция", en: "Transaction" },
    revokedAt: { uz: "Bekor qilingan vaqti", ru: "Время аннулирования", en: "Revoked at" },
    reason: { uz: "Sabab", ru: "Причина", en: "Reason" },
    revokedWithBatch: {
      uz: "Butun toʻplam bilan birga bekor qilingan",
      ru: "Аннулирован вместе со всем пакетом",
      en: "Revoked together with its whole batch",
    },
    replacedBy: {
      uz: "Oʻrniga berilgan tuzatilgan diplom",
      ru: "Заменён исправленным дипломом",
      en: "Replaced by a corrected diploma",
    },
    contract: { uz: "Reyestr shartnomasi", ru: "Контракт реестра", en: "Registry contract" },
  },
  unknownIssuer: {
    uz: "{orgId}-raqamli tashkilot",
    ru: "организация № {orgId}",
    en: "organization no. {orgId}",
  },
  holderHeading: {
    uz: "Diplom egasining maʼlumotlari",
    ru: "Данные владельца диплома",
    en: "The holder's details",
  },
  hiddenField: { uz: "egasi yashirgan", ru: "скрыто владельцем", en: "hidden by the holder" },
  bulkLink: {
    uz: "Koʻp diplomni birdaniga tekshirish",
    ru: "Проверить много дипломов сразу",
    en: "Check many diplomas at once",
  },
  bulkTitle: {
    uz: "Diplomlarni ommaviy tekshirish",
    ru: "Массовая проверка дипломов",
    en: "Check diplomas in bulk",
  },
  bulkIntro: {
    uz: "Diplom seriyalari va raqamlari yozilgan CSV faylini (har qatorda: seriya; raqam) yoki diplom fayllari joylangan zip arxivni yuklang.",
    ru: "Загрузите CSV-файл с сериями и номерами дипломов (в каждой строке: серия; номер) или zip-архив с файлами дипломов.",
    en: "Upload a CSV file of diploma series and numbers (one a line: series; number) or a zip archive of diploma files.",
  },
  bulkNumbersLabel: {
    uz: "Raqamlar roʻyxati (.csv)",
    ru: "Список номеров (.csv)",
    en: "List of numbers (.csv)",
  },
  bulkDocumentsLabel: {
    uz: "Diplom fayllari (.zip)",
    ru: "Файлы дипломов (.zip)",
    en: "Diploma files (.zip)",
  },
  bulkCheck: { uz: "Tekshirish", ru: "Проверить", en: "Check" },
  bulkTooMany: {
    uz: "Bir martada koʻpi bilan {max} ta diplom tekshiriladi.",
    ru: "За один раз проверяется не более {max} дипломов.",
    en: "At most {max} diplomas can be checked at once.",
  },
  bulkEmpty: {
    uz: "Faylda tekshiriladigan diplom topilmadi.",
    ru: "В файле не найдено дипломов для проверки.",
    en: "The file holds no diploma to check.",
  },
  bulkDownload: {
    uz: "Hisobotni yuklab olish (CSV)",
    ru: "Скачать отчёт (CSV)",
    en: "Download the report (CSV)",
  },
  bulkColumns: {
    row: { uz: "№", ru: "№", en: "No." },
    diploma: { uz: "Diplom", ru: "Диплом", en: "Diploma" },
    verdict: { uz: "Natija", ru: "Результат", en: "Verdict" },
    issuer: { uz: "Beruvchi", ru: "Организация", en: "Issued by" },
    issuedAt: { uz: "Berilgan", ru: "Выдан", en: "Issued" },
    detail: { uz: "Izoh", ru: "Пояснение", en: "Detail" },
  },
  bulkTotal: { uz: "Tekshirildi", ru: "Проверено", en: "Checked" },
  bulkValid: { uz: "Haqiqiy", ru: "Действительных", en: "Valid" },
} satisfies WordTree;
