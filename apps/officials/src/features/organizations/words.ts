/** The main page's words: the account's roles, the registrar's and administrators' forms, the lists. Shared vocabulary (types, regions, statuses, roles) comes from @ishonch/i18n. */
import type { WordTree } from "@ishonch/i18n";

export const organizationWords = {
  header: {
    title: {
      uz: "Ishonch — mansabdorlar uchun",
      ru: "Ishonch для должностных лиц",
      en: "Ishonch for officials",
    },
    subtitle: {
      uz: "Tashkilotlar va xodimlar rollari, hamyoningiz imzosi bilan",
      ru: "Организации и роли сотрудников, подписанные вашим кошельком",
      en: "Organizations and staff roles, signed with your wallet",
    },
  },
  roles: {
    heading: {
      uz: "Tashkilotlaringiz va rollaringiz",
      ru: "Ваши организации и роли",
      en: "Your organizations and roles",
    },
    connectFirst: {
      uz: "Rollaringizni koʻrish uchun Ishonch tarmogʻidagi hamyonni ulang.",
      ru: "Подключите кошелёк в сети Ishonch, чтобы увидеть свои роли.",
      en: "Connect a wallet on the Ishonch network to see your roles.",
    },
    registrar: {
      uz: "Bu hisob registrator roliga ega (vazirlik maʼmuri).",
      ru: "У этого счёта есть роль регистратора (администратор министерства).",
      en: "This account holds the registrar role (ministry administrator).",
    },
    notRegistrar: {
      uz: "Bu hisob registrator roliga ega emas.",
      ru: "У этого счёта нет роли регистратора.",
      en: "This account does not hold the registrar role.",
    },
    councilMember: {
      uz: "Bu hisob agentliklar kengashi aʼzosi.",
      ru: "Этот счёт — член совета агентств.",
      en: "This account is a member of the council of agencies.",
    },
    none: {
      uz: "Bu hisob hech bir tashkilotda xodim roliga ega emas.",
      ru: "У этого счёта нет ролей сотрудника ни в одной организации.",
      en: "This account holds no staff role in any organization.",
    },
    organization: { uz: "Tashkilot", ru: "Организация", en: "Organization" },
    status: { uz: "Holati", ru: "Статус", en: "Status" },
    roles: { uz: "Rollar", ru: "Роли", en: "Roles" },
  },
  warnings: {
    notStaffAdmin: {
      uz: "Hisobingiz blokcheynda na registrator, na bu tashkilot maʼmuri: shartnoma buni rad etadi.",
      ru: "Ваш счёт в блокчейне не является ни регистратором, ни администратором этой организации: контракт откажет в этом действии.",
      en: "Your account is neither the registrar nor an administrator of this organization on chain: the contract will refuse this.",
    },
    notRegistrar: {
      uz: "Hisobingiz blokcheynda na registrator, na agentliklar kengashi aʼzosi: shartnoma buni rad etadi.",
      ru: "Ваш счёт в блокчейне не является ни регистратором, ни членом совета агентств: контракт откажет в этом действии.",
      en: "Your account is neither the registrar nor a member of the council of agencies on chain: the contract will refuse this.",
    },
    councilProposal: {
      uz: "Siz agentliklar kengashi aʼzosisiz: bu kengash taklifiga aylanadi va yetarli aʼzolar tasdiqlab, ochiq kutish muddati tugagach bajariladi.",
      ru: "Вы член совета агентств: это станет предложением совета, которое выполняется после одобрения нужного числа членов и публичного срока ожидания.",
      en: "You are a member of the council of agencies: this becomes a council proposal, carried out once enough members approve and a public delay is over.",
    },
  },
  register: {
    heading: {
      uz: "Tashkilotni roʻyxatdan oʻtkazish",
      ru: "Регистрация организации",
      en: "Register an organization",
    },
    orgType: { uz: "Tashkilot turi", ru: "Тип организации", en: "Organization type" },
    region: { uz: "Hudud", ru: "Регион", en: "Region" },
    parent: { uz: "Yuqori tashkilot", ru: "Вышестоящая организация", en: "Parent organization" },
    noParent: {
      uz: "Yoʻq (eng yuqori daraja)",
      ru: "Нет (верхний уровень)",
      en: "None (top level)",
    },
    name: { uz: "Nomi", ru: "Название", en: "Name" },
    nameHint: {
      uz: "UTF-8 da 1 dan {max} baytgacha (oʻ yoki я kabi harflar 2 bayt oladi).",
      ru: "От 1 до {max} байт UTF-8 (буквы вроде я или oʻ занимают 2 байта).",
      en: "1 to {max} bytes of UTF-8 (letters such as oʻ or я take 2 bytes).",
    },
    nameBytes: {
      uz: "{bytes} / {max} bayt",
      ru: "{bytes} из {max} байт",
      en: "{bytes} of {max} bytes",
    },
    submit: {
      uz: "Tashkilotni roʻyxatdan oʻtkazish",
      ru: "Зарегистрировать организацию",
      en: "Register organization",
    },
    propose: {
      uz: "Kengashga taklif qilish",
      ru: "Предложить совету",
      en: "Propose to the council",
    },
    success: {
      uz: "Tashkilot roʻyxatdan oʻtkazildi: ID {id}",
      ru: "Организация зарегистрирована: id {id}",
      en: "Organization registered: id {id}",
    },
  },
  staff: {
    heading: {
      uz: "Xodim rolini berish yoki olib qoʻyish",
      ru: "Выдать или отозвать роль сотрудника",
      en: "Grant or revoke a staff role",
    },
    organization: { uz: "Tashkilot", ru: "Организация", en: "Organization" },
    chooseOrganization: {
      uz: "Tashkilotni tanlang",
      ru: "Выберите организацию",
      en: "Choose an organization",
    },
    role: { uz: "Rol", ru: "Роль", en: "Role" },
    account: { uz: "Hisob manzili", ru: "Адрес счёта", en: "Account address" },
    accountHint: {
      uz: "0x va undan keyin 40 ta oʻn oltilik belgi.",
      ru: "0x и 40 шестнадцатеричных символов.",
      en: "0x followed by 40 hexadecimal characters.",
    },
    grant: { uz: "Rolni berish", ru: "Выдать роль", en: "Grant role" },
    revoke: { uz: "Rolni olib qoʻyish", ru: "Отозвать роль", en: "Revoke role" },
    granted: {
      uz: "Rol berildi: {role}, tashkilot {id}",
      ru: "Роль выдана: {role} в организации {id}",
      en: "Role granted: {role} in organization {id}",
    },
    revoked: {
      uz: "Rol olib qoʻyildi: {role}, tashkilot {id}",
      ru: "Роль отозвана: {role} в организации {id}",
      en: "Role revoked: {role} in organization {id}",
    },
    adminNote: {
      uz: "Tashkilot maʼmurlarini agentliklar kengashi tayinlaydi: kengash aʼzosining soʻrovi kengash taklifiga aylanadi.",
      ru: "Администраторов организаций назначает совет агентств: запрос члена совета становится предложением совета.",
      en: "Organization administrators are appointed by the council of agencies: a member's request becomes a council proposal.",
    },
  },
  status: {
    heading: {
      uz: "Tashkilot faoliyatini toʻxtatish yoki tiklash",
      ru: "Приостановить или возобновить организацию",
      en: "Suspend or reactivate an organization",
    },
    organization: { uz: "Tashkilot", ru: "Организация", en: "Organization" },
    suspend: { uz: "Toʻxtatish", ru: "Приостановить", en: "Suspend" },
    reactivate: { uz: "Tiklash", ru: "Возобновить", en: "Reactivate" },
    suspended: {
      uz: "{id}-tashkilot faoliyati toʻxtatildi",
      ru: "Организация {id} приостановлена",
      en: "Organization {id} suspended",
    },
    reactivated: {
      uz: "{id}-tashkilot faoliyati tiklandi",
      ru: "Организация {id} возобновлена",
      en: "Organization {id} reactivated",
    },
  },
  organizations: {
    heading: { uz: "Tashkilotlar", ru: "Организации", en: "Organizations" },
    search: { uz: "Tashkilotlarni qidirish", ru: "Поиск организаций", en: "Search organizations" },
    text: { uz: "Nomida bor", ru: "Название содержит", en: "Name contains" },
    any: { uz: "Istalgan", ru: "Любой", en: "Any" },
    submit: { uz: "Qidirish", ru: "Найти", en: "Search" },
    reset: { uz: "Tozalash", ru: "Сбросить", en: "Clear" },
    shown: {
      uz: "{total} tadan {shown} tasi koʻrsatilmoqda",
      ru: "Показано {shown} из {total}",
      en: "Showing {shown} of {total}",
    },
    empty: {
      uz: "Tashkilot topilmadi.",
      ru: "Организации не найдены.",
      en: "No organizations found.",
    },
    id: { uz: "ID", ru: "Id", en: "Id" },
    name: { uz: "Nomi", ru: "Название", en: "Name" },
    orgType: { uz: "Turi", ru: "Тип", en: "Type" },
    region: { uz: "Hudud", ru: "Регион", en: "Region" },
    status: { uz: "Holati", ru: "Статус", en: "Status" },
    parent: { uz: "Yuqori tashkilot", ru: "Вышестоящая", en: "Parent" },
    registeredAt: { uz: "Roʻyxatga olingan", ru: "Зарегистрирована", en: "Registered" },
  },
  staffList: {
    heading: { uz: "Xodimlar", ru: "Сотрудники", en: "Staff" },
    search: { uz: "Xodimlarni qidirish", ru: "Поиск сотрудников", en: "Search staff" },
    text: {
      uz: "Tashkilot nomi yoki hisob",
      ru: "Название организации или счёт",
      en: "Organization name or account",
    },
    organization: { uz: "Tashkilot ID", ru: "Id организации", en: "Organization id" },
    role: { uz: "Rol", ru: "Роль", en: "Role" },
    any: { uz: "Istalgan", ru: "Любая", en: "Any" },
    submit: { uz: "Qidirish", ru: "Найти", en: "Search" },
    reset: { uz: "Tozalash", ru: "Сбросить", en: "Clear" },
    shown: {
      uz: "{total} tadan {shown} tasi koʻrsatilmoqda",
      ru: "Показано {shown} из {total}",
      en: "Showing {shown} of {total}",
    },
    empty: { uz: "Xodim topilmadi.", ru: "Сотрудники не найдены.", en: "No staff found." },
    account: { uz: "Hisob", ru: "Счёт", en: "Account" },
    grantedAt: { uz: "Berilgan", ru: "Выдана", en: "Granted" },
  },
} satisfies WordTree;
