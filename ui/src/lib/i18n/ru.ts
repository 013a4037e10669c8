// Русский каталог. Терминология ООН: «обязательство» (pledge), НРС, РСНВМ,
// МОСРГ, цели в области устойчивого развития (ЦУР). Формы множественного
// числа выбираются по правилам CLDR (one, few, many).

import type { Messages } from './en';
import { plural } from './plural';
import { RU, n$, at } from './ru/words';
import { reference } from './ru/reference';
import { settings } from './ru/settings';
import { staff } from './ru/staff';

const ru: Messages = {
  productName: 'Pledge Desk',

  // Заголовок и вкладки
  tabsLabel: 'Разделы Pledge Desk',
  tabPledge: 'Обязательство',
  tabDrafts: 'Черновики',
  tabSettings: 'Настройки',
  newPledge: 'Новое обязательство',
  uiLanguage: 'Язык Pledge Desk',

  // Состояние сохранения
  statusNew: '',
  statusSaving: 'Сохранение…',
  statusSaved: (time) => `Сохранено · ${time}`,
  statusError: (message) => `Не сохранено: ${message}`,

  // Запуск и критические ошибки
  loading: 'Загрузка…',
  storeUnavailableTitle: 'Не удаётся открыть ваши черновики',
  startupFailedTitle: 'Не удалось запустить Pledge Desk',
  fatalHint: 'Ваши черновики не изменились. Закройте Pledge Desk, выполните указания выше и запустите программу снова.',
  unknownError: 'Что-то пошло не так. Повторите попытку.',

  // Сводка незаполненного
  problemSummary: (n) =>
    plural(RU, n, {
      one: `Осталось заполнить ${n$(n)} пункт, прежде чем обязательство можно будет подписать`,
      few: `Осталось заполнить ${n$(n)} пункта, прежде чем обязательство можно будет подписать`,
      many: `Осталось заполнить ${n$(n)} пунктов, прежде чем обязательство можно будет подписать`,
      other: `Осталось заполнить ${n$(n)} пункта, прежде чем обязательство можно будет подписать`,
    }),
  readyToSign: 'Готово к подписанию',
  summaryUnknown: 'Начинайте с любого места: черновик сохраняется автоматически по мере ввода.',
  showAllProblems: 'Показать все',
  formLabel: 'Обязательство',
  reviewSign: 'Проверить и подписать',
  reviewSignHint: 'Проверьте обязательство вместе с подписантами, затем подпишите его на этом компьютере.',
  notSavedYet: 'Последние изменения ещё не сохранены. Повторите попытку через минуту.',

  // Общее
  charCount: (n, max) => `${n$(n)} / ${n$(max)}`,
  choose: 'Выберите…',
  remove: 'Удалить',
  optional: '(необязательно)',
  required: '(обязательно)',

  // 1. Об обязательстве
  aboutHeading: 'Об обязательстве',
  aboutIntro: 'Краткое название и описание того, что будет сделано, на языке, на котором составлено обязательство.',
  title: 'Название',
  titleHint: 'Например: «Подключение 500 сельских школ в регионе Великих озёр».',
  description: 'Описание',
  descriptionHint: 'Что будет сделано, кем и как. К этому можно вернуться позже.',
  language: 'Язык текста обязательства',
  languageOption: (name, tag) => (name === tag ? tag : `${name} (${tag})`),
  languageOther: 'Другой…',
  languageOtherTag: 'Код языка',
  languageOtherHint: 'Код BCP 47, например pt-BR, zh-Hant или yo.',

  // 2. Участники
  pledgersHeading: 'Кто берёт обязательство',
  pledgersIntro:
    'Организация, которая берёт обязательство, и организации, которые берут его вместе с ней. Отметьте одну как ведущую.',
  pledgerRow: (n) => `Организация ${n$(n)}`,
  pledgerName: 'Название организации',
  pledgerKind: 'Тип организации',
  pledgerCountry: 'Страна',
  pledgerCountryNone: 'Для международных организаций страна не указывается.',
  pledgerLead: 'Ведущая',
  pledgerLeadHint: 'Ведущая организация выступает от имени обязательства.',
  addPledger: 'Добавить организацию-партнёра',
  removePledger: (n) => `Удалить организацию ${n$(n)}`,
  pledgersMax: (max) =>
    plural(RU, max, {
      one: `В обязательстве может участвовать не более ${n$(max)} организации.`,
      few: `В обязательстве может участвовать не более ${n$(max)} организаций.`,
      many: `В обязательстве может участвовать не более ${n$(max)} организаций.`,
      other: `В обязательстве может участвовать не более ${n$(max)} организации.`,
    }),

  // 3. Охват
  coverageHeading: 'Что охватывает',
  focusAreas: 'Приоритетные направления',
  focusAreasHint: 'Выберите все приоритетные направления P2C, которым способствует обязательство.',
  supportTypes: 'Виды поддержки',
  supportTypesHint: 'Выберите все виды поддержки, которые предусматривает обязательство.',
  beneficiaries: 'Бенефициары',
  beneficiariesHint: 'Необязательно: группы, на которые рассчитано обязательство.',
  sdgs: 'Цели в области устойчивого развития',
  sdgsHint: 'Необязательно: ЦУР, достижению которых способствует обязательство.',

  // 4. География
  whereHeading: 'География',
  scope: 'Масштаб',
  geoCountries: 'Целевые страны',
  geoCountriesHintGlobal:
    'Для глобального обязательства необязательно: указывайте страны, только если обязательство ориентировано на них.',
  geoCountriesHint: 'Выберите все страны, на которые направлено обязательство.',

  // 5. Целевые показатели и финансирование
  targetsHeading: 'Целевые показатели и финансирование',
  targetsIntro: 'Измеримые целевые показатели помогают секретариату следить за ходом работы. Добавьте все подходящие.',
  targetRow: (n) => `Показатель ${n$(n)}`,
  targetMetric: 'Что считается',
  targetValue: 'Число',
  targetUnit: 'Единица',
  targetUnitHint: 'Что считает показатель типа «другое», например «установленные точки доступа».',
  addTarget: 'Добавить показатель',
  removeTarget: (n) => `Удалить показатель ${n$(n)}`,
  targetsMax: (max) =>
    plural(RU, max, {
      one: `В обязательстве может быть не более ${n$(max)} показателя.`,
      few: `В обязательстве может быть не более ${n$(max)} показателей.`,
      many: `В обязательстве может быть не более ${n$(max)} показателей.`,
      other: `В обязательстве может быть не более ${n$(max)} показателя.`,
    }),
  noTargets: 'Показателей пока нет.',
  financialHeading: 'Финансовое обязательство',
  financialAmount: 'Сумма',
  financialCurrency: 'Валюта',
  currencyOption: (code, name) => `${code} — ${name}`,
  financialDisabled: 'Чтобы указать сумму, отметьте «Финансовая» в видах поддержки.',

  // 6. Сроки
  whenHeading: 'Сроки',
  periodStart: 'Дата начала',
  periodEnd: 'Дата окончания',
  datePlaceholder: 'ГГГГ-ММ-ДД',
  dateHint: 'Год, месяц и день, например 2026-01-31.',

  // 7. Контактное лицо
  contactHeading: 'Контактное лицо',
  contactNote: 'Используется только секретариатом P2C для последующей связи.',
  contactName: 'Контактное лицо',
  contactEmail: 'Адрес электронной почты',

  // Выбор страны
  countrySearchPlaceholder: 'Введите название или код страны',
  countryChangePlaceholder: 'Введите, чтобы сменить страну',
  countryAddPlaceholder: 'Введите, чтобы добавить страну',
  countryNoMatch: 'Подходящих стран нет.',
  countryClear: (name) => `Убрать: ${name}`,
  tagLdc: 'НРС',
  tagLdcTitle: 'Наименее развитая страна',
  tagLldc: 'РСНВМ',
  tagLldcTitle: 'Развивающаяся страна, не имеющая выхода к морю',
  tagSids: 'МОСРГ',
  tagSidsTitle: 'Малое островное развивающееся государство',
  countryUnknown: (code) => `Неизвестная страна (${code})`,

  // Вкладка «Черновики»
  draftsHeading: 'Черновики',
  deletedHeading: 'Удалённые черновики',
  draftsSearch: 'Поиск по черновикам',
  draftsSearchPlaceholder: 'Название, организация или страна',
  showDeleted: 'Показать удалённые черновики',
  untitled: 'Черновик без названия',
  noPledger: 'Организаций пока нет',
  unnamedLead: 'Ведущая организация не названа',
  withOthers: (lead, others) => (others.length === 0 ? lead : `${lead} · совместно с ${others.join(', ')}`),
  moreCountries: (n) => `ещё ${n$(n)}`,
  edited: (moment) => `Изменено ${at(moment)}`,
  deletedAt: (moment) => `Удалено ${at(moment)}`,
  justNow: 'только что',
  deleteDraft: 'Удалить',
  deleteDraftLabel: (title) => `Удалить «${title}»`,
  restoreDraft: 'Восстановить',
  restoreDraftLabel: (title) => `Восстановить «${title}»`,
  draftsEmpty: 'Черновиков пока нет. Начните новое обязательство, и оно появится здесь.',
  draftsEmptySearch: (text) => `Нет черновиков, соответствующих запросу «${text}».`,
  deletedEmpty: 'Удалённых черновиков нет.',
  draftsLoading: 'Загрузка черновиков…',
  draftsError: (message) => `Не удалось получить список черновиков: ${message}`,
  draftDeleted: 'Черновик удалён.',
  draftRestored: 'Черновик восстановлен.',
  undo: 'Отменить',
  dismiss: 'Закрыть',
  actionFailed: (message) => `Не получилось: ${message}`,

  // Проверка
  reviewHeading: 'Проверка перед подписанием',
  reviewIntro: 'Именно это подпишут подписанты. Прочитайте текст вместе с ними перед подписанием.',
  reviewLoading: 'Подготовка к проверке…',
  reviewFailed: (message) => `Обязательство невозможно проверить: ${message}`,
  reviewRetry: 'Повторить',
  reviewBack: 'Вернуться к редактированию',
  reviewProblems: (n) =>
    plural(RU, n, {
      one: `Осталось заполнить ${n$(n)} пункт, прежде чем обязательство можно будет подписать`,
      few: `Осталось заполнить ${n$(n)} пункта, прежде чем обязательство можно будет подписать`,
      many: `Осталось заполнить ${n$(n)} пунктов, прежде чем обязательство можно будет подписать`,
      other: `Осталось заполнить ${n$(n)} пункта, прежде чем обязательство можно будет подписать`,
    }),
  reviewProblemsIntro: 'Вернитесь к форме, чтобы заполнить их. Каждая кнопка ведёт к нужному полю.',
  reviewFix: 'Перейти к полю',
  reviewFixLabel: (message) => `Перейти к полю: ${message}`,
  reviewNoEventTitle: 'Этот компьютер не настроен на мероприятие',
  reviewNoEvent:
    'В каждом подписанном обязательстве указывается мероприятие, на котором оно подписано. Попросите сотрудников мероприятия указать его в настройках, затем вернитесь сюда.',
  goSettings: 'Открыть настройки',
  reviewAmends: 'Это изменение ранее взятого обязательства',
  reviewAmendsDetail: (id) => `После подписания оно заменит обязательство ${id}. Прежнее обязательство сохранится в записях.`,
  reviewEvent: (name, id) => (name.trim() ? `${name} (${id})` : id),
  reviewEventLabel: 'Мероприятие',
  reviewContentHeading: 'Что будет подписано',
  reviewSigners: (n) =>
    plural(RU, n, {
      one: `Подпишет ${n$(n)} подписант — за организацию, которая берёт обязательство.`,
      few: `Подпишут ${n$(n)} подписанта — по одному от каждой организации.`,
      many: `Подпишут ${n$(n)} подписантов — по одному от каждой организации.`,
      other: `Подпишут ${n$(n)} подписанта — по одному от каждой организации.`,
    }),
  startSigning: 'Начать подписание',

  // Сведения об обязательстве
  detailLanguage: 'Язык',
  detailPledgers: 'Организации',
  detailLead: 'Ведущая',
  detailFocusAreas: 'Приоритетные направления',
  detailSupportTypes: 'Виды поддержки',
  detailScope: 'Масштаб',
  detailCountries: 'Целевые страны',
  detailBeneficiaries: 'Бенефициары',
  detailTargets: 'Целевые показатели',
  detailFinancial: 'Финансовое обязательство',
  detailPeriod: 'Период',
  detailSdgs: 'Цели в области устойчивого развития',
  detailContact: 'Контактное лицо',
  detailNone: 'Нет',
  detailNoDescription: 'Описания нет.',
  kindAndCountry: (kind, country) => (country ? `${kind} · ${country}` : kind),
  money: (amount, currency) => `${amount} ${currency}`,
  periodRange: (start, end) => `${start} – ${end}`,
  sdgLabel: (n, name) => `${n$(n)} · ${name}`,

  // Подписание
  signingLabel: 'Подписание',
  signingProgress: 'Подписанты',
  signingStep: (i, n) => `Шаг ${n$(i)} из ${n$(n)}`,
  signingHeading: 'Подпись от имени организации:',
  signingIntro: 'Человек, подписывающий от имени этой организации, вводит имя и должность, затем расписывается в рамке.',
  signatoryName: 'Полное имя',
  signatoryTitle: 'Должность или роль',
  signatoryTitleHint: 'Например: министр ИКТ или генеральный директор.',
  signature: 'Подпись',
  signatureCanvas: 'Поле для подписи',
  signatureInstruction: 'Распишитесь над линией мышью, пером или пальцем. Кнопка «Очистить» позволяет начать заново.',
  signatureBaseline: 'Распишитесь над линией',
  signatureMark: '×',
  signatureClear: 'Очистить',
  signatureNext: 'Подписать и продолжить',
  signatureSeal: 'Подписать и скрепить обязательство',
  signatureNeeds: 'Чтобы продолжить, введите имя и должность и распишитесь в рамке.',
  signatureNeedsTyped: 'Чтобы продолжить, введите имя и должность.',
  signatureTyped: 'Ввести подпись с клавиатуры',
  signatureTypedHint: 'Полное имя, введённое выше, станет подписью. Она записывается как введённая с клавиатуры.',
  signatureTypedPreview: (name) => `Введённая подпись: ${name}`,
  signatureTypedEmpty: 'Подпись появится здесь, как только будет введено полное имя.',
  signatureTypedNoFont: 'Ни в одном шрифте на этом компьютере нет букв этого имени, поэтому оно нарисовано упрощённым алфавитом.',
  signatureTooComplex: 'Эта подпись слишком детальна для сохранения. Очистите её и распишитесь ещё раз, проще.',
  signingBackToReview: 'Вернуться к проверке',
  signingPrevious: 'Предыдущий подписант',
  signingDone: 'Подписано',
  signingCurrent: 'Подписывает сейчас',
  sealing: 'Скрепление…',
  sealFailedTitle: 'Обязательство не подписано',
  sealRetry: 'Повторить',
  backToForm: 'Вернуться к форме',

  // Квитанция
  receiptHeading: 'Обязательство подписано',
  receiptIntro: 'Сохраните эту квитанцию. Отпечаток точно определяет, что было подписано.',
  receiptFingerprint: 'Отпечаток',
  receiptPledgeId: 'Идентификатор обязательства',
  receiptSeq: 'Порядковый номер на устройстве',
  receiptSignedAt: 'Время подписания',
  receiptEvent: 'Мероприятие',
  receiptAmends: 'Изменяет обязательство',
  receiptPledge: 'Обязательство',
  receiptSignatories: 'Подписанты',
  receiptQrCaption: 'Идентификатор обязательства и хеш содержания',
  receiptQrLabel: 'QR-код идентификатора обязательства и хеша его содержания',
  receiptSavePdf: 'Сохранить квитанцию в PDF',
  receiptSavePath: 'Куда сохранить PDF (папка или USB-накопитель)',
  receiptSaved: 'Квитанция сохранена:',
  receiptSaveFailed: (message) => `Не удалось сохранить квитанцию: ${message}`,
  receiptSaveUnwritable: 'Не удалось записать файл в это место. Проверьте, что папка существует и USB-накопитель по-прежнему подключён.',
  receiptSaveNoPath: 'Укажите, куда сохранить PDF.',
  receiptClose: 'Готово',
  receiptLoading: 'Загрузка квитанции…',
  receiptFailed: (message) => `Не удаётся показать квитанцию: ${message}`,
  signatureOf: (name) => `Подпись: ${name}`,
  signatoryRole: (title, organisation) => `${title}, ${organisation}`,
  signedAtShort: (when) => `Подписано ${when}`,
  signatureWasTyped: 'Подпись введена с клавиатуры',

  // Доставка подписанного обязательства
  deliveryPrefix: 'Доставка: ',
  delivery: {
    signed: 'Подписано',
    queued: 'В очереди',
    sending: 'Отправляется',
    sent: 'Отправлено',
    received: 'Получено',
    verified: 'Проверено',
    published: 'Опубликовано',
    rejected: 'Отклонено',
    conflict: 'Конфликт',
    superseded: 'Заменено',
  },
  deliveryRejectedBecause: (reason) => `Отклонено — ${reason}`,
  deliveryHints: {
    signed: 'Подписано и хранится здесь до проверки сотрудниками мероприятия перед отправкой.',
    queued: 'Ожидает отправки на платформу обязательств; уйдёт, когда компьютер будет подключён к сети.',
    sending: 'Сейчас отправляется на платформу обязательств.',
    sent: 'Платформа обязательств подтвердила получение.',
    received: 'Платформа обязательств получила его.',
    verified: 'Платформа обязательств проверила его.',
    published: 'Опубликовано платформой обязательств.',
    rejected: 'Платформа обязательств его не приняла.',
    conflict: 'На платформе обязательств есть другое обязательство с тем же идентификатором. Сообщите сотрудникам мероприятия.',
    superseded: 'Заменено изменённым обязательством.',
  },

  // Подписанные черновики и изменения
  sealedBanner: 'Подписано — это обязательство больше нельзя редактировать',
  sealedHint:
    'Чтобы изменить его, внесите изменение: на основе этого обязательства создаётся новый черновик, который после подписания заменит его.',
  sealedContent: 'Что было подписано',
  viewReceipt: 'Открыть квитанцию',
  amend: 'Изменить это обязательство',
  amendBanner: 'Этот черновик изменяет подписанное обязательство',
  amendHint: (id) => `После подписания он заменит обязательство ${id}.`,
  signedBadge: 'Подписано',

  ...settings,
  ...staff,
  ...reference,
};

export default ru;
