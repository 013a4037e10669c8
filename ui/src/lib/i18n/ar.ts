// الفهرس العربي. مصطلحات الأمم المتحدة: «تعهد» (pledge)، أقل البلدان نمواً،
// البلدان النامية غير الساحلية، الدول الجزرية الصغيرة النامية، أهداف التنمية
// المستدامة. تُكتب الأعداد كما يكتبها Intl للعربية، وتُختار صيغ الجمع بقواعد
// CLDR (صفر، واحد، اثنان، قليل، كثير، غير ذلك).

import type { Messages } from './en';
import { plural } from './plural';
import { AR, n$, at } from './ar/words';
import { reference } from './ar/reference';
import { settings } from './ar/settings';
import { staff } from './ar/staff';
import { closing } from './ar/closing';

const ar: Messages = {
  productName: 'Pledge Desk',

  // الترويسة وعلامات التبويب
  tabsLabel: 'أقسام Pledge Desk',
  tabPledge: 'التعهد',
  tabDrafts: 'المسودات',
  tabSettings: 'الإعدادات',
  listSeparator: '، ',
  newPledge: 'تعهد جديد',
  firstRunHeading: 'إعداد هذا الحاسوب',
  firstRunIntro:
    'لموظفي الفعالية، مرة واحدة لكل حاسوب: الفعالية التي يخدمها هذا الحاسوب، والرمز السري للموظفين الذي يفتح وضع الموظفين (المراجعة والدفعات والتصدير والإعدادات). لا تُطلع على الرمز السري إلا موظفي الفعالية.',
  firstRunDelegates: 'هل أنت مندوب؟ يُرجى أن تطلب من موظفي الفعالية إعداد هذا الحاسوب قبل أن تبدأ تعهدك.',
  firstRunSubmit: 'الإعداد والتسليم للمندوبين',
  sittingIdleCleared:
    'مُسح النموذج بعد مدة دون نشاط. ويُحفظ ما كُتب مسودةً لموظفي الفعالية.',
  leaveFormHeading: 'هل تريد بدء تعهد جديد؟',
  leaveFormBody: (name) =>
    `يُحفظ التعهد المعروض مسودةً، ويمكن لموظفي الفعالية فتحه من «${name}». ولن يُعرض هنا بعد الآن.`,
  leaveFormKeep: 'متابعة الكتابة',
  leaveFormNew: 'بدء تعهد جديد',
  uiLanguage: 'لغة Pledge Desk',

  // حالة الحفظ
  statusNew: '',
  statusSaving: 'جارٍ الحفظ…',
  statusSaved: (time) => `تم الحفظ · ${time}`,
  statusError: (message) => `لم يتم الحفظ: ${message}`,

  // بدء التشغيل والأعطال
  loading: 'جارٍ التحميل…',
  storeUnavailableTitle: 'تعذّر فتح مسوداتك',
  startupFailedTitle: 'تعذّر تشغيل Pledge Desk',
  fatalHint: 'لم تتغير مسوداتك. أغلق Pledge Desk واتبع الإرشادات أعلاه، ثم شغّله من جديد.',
  unknownError: 'حدث خطأ ما. يُرجى المحاولة مرة أخرى.',

  // ملخص ما تبقّى
  problemSummary: (n) =>
    plural(AR, n, {
      zero: 'لا بنود متبقية قبل التوقيع على هذا التعهد',
      one: 'بند واحد متبقٍّ قبل التوقيع على هذا التعهد',
      two: 'بندان متبقيان قبل التوقيع على هذا التعهد',
      few: `${n$(n)} بنود متبقية قبل التوقيع على هذا التعهد`,
      many: `${n$(n)} بندًا متبقيًا قبل التوقيع على هذا التعهد`,
      other: `${n$(n)} بند متبقٍّ قبل التوقيع على هذا التعهد`,
    }),
  readyToSign: 'جاهز للتوقيع',
  summaryUnknown: 'ابدأ من أي مكان: تُحفظ مسودتك تلقائيًا أثناء الكتابة.',
  showAllProblems: 'عرض الكل',
  formLabel: 'التعهد',
  reviewSign: 'المراجعة والتوقيع',
  reviewSignHint: 'راجع التعهد مع الموقّعين، ثم وقّعه على هذا الحاسوب.',
  notSavedYet: 'لم تُحفظ آخر التغييرات بعد. يُرجى المحاولة مرة أخرى بعد لحظة.',

  // عناصر مشتركة
  charCount: (n, max) => `${n$(n)} / ${n$(max)}`,
  choose: 'اختر…',
  remove: 'إزالة',
  optional: '(اختياري)',
  required: '(إلزامي)',

  // 1. عن التعهد
  aboutHeading: 'عن التعهد',
  aboutIntro: 'عنوان قصير ووصف لما سيُنجز، باللغة التي كُتب بها التعهد.',
  title: 'العنوان',
  titleHint: 'مثلًا: «ربط 500 مدرسة ريفية في منطقة البحيرات الكبرى».',
  description: 'الوصف',
  descriptionHint: 'ما الذي سيُنجز، ومن سينجزه، وكيف. يمكنك العودة إلى ذلك لاحقًا.',
  language: 'لغة نص التعهد',
  languageOption: (name, tag) => (name === tag ? tag : `${name} (${tag})`),
  languageOther: 'لغة أخرى…',
  languageOtherTag: 'رمز اللغة',
  languageOtherHint: 'رمز وفق BCP 47 مثل pt-BR أو zh-Hant أو yo.',

  // 2. الجهات المتعهدة
  pledgersHeading: 'الجهات المتعهدة',
  pledgersIntro: 'الجهة التي تقطع التعهد، وأي جهات تشاركها فيه. حدّد إحداها بوصفها الجهة الرائدة.',
  pledgerRow: (n) => `الجهة المتعهدة ${n$(n)}`,
  pledgerName: 'اسم الجهة',
  pledgerKind: 'نوع الجهة',
  pledgerCountry: 'البلد',
  pledgerCountryNone: 'لا يُحدَّد بلد للمنظمات الدولية.',
  pledgerLead: 'الجهة الرائدة',
  pledgerLeadHint: 'تتحدث الجهة الرائدة باسم التعهد.',
  addPledger: 'إضافة جهة متعهدة مشاركة',
  removePledger: (n) => `إزالة الجهة المتعهدة ${n$(n)}`,
  pledgersMax: (max) => `يمكن أن يضم التعهد ${n$(max)} جهة متعهدة على الأكثر.`,

  // 3. ما يشمله التعهد
  coverageHeading: 'ما يشمله التعهد',
  focusAreas: 'مجالات التركيز',
  focusAreasHint: 'اختر كل مجالات التركيز في مبادرة P2C التي يسهم فيها التعهد.',
  supportTypes: 'أنواع الدعم',
  supportTypesHint: 'اختر كل أنواع الدعم التي يقدّمها التعهد.',
  beneficiaries: 'المستفيدون',
  beneficiariesHint: 'اختياري: الفئات التي يستهدف التعهد الوصول إليها.',
  sdgs: 'أهداف التنمية المستدامة',
  sdgsHint: 'اختياري: أهداف التنمية المستدامة التي يسهم فيها التعهد.',

  // 4. النطاق الجغرافي
  whereHeading: 'النطاق الجغرافي',
  scope: 'النطاق',
  geoCountries: 'البلدان المستهدفة',
  geoCountriesHintGlobal: 'اختياري للتعهد العالمي: لا تذكر البلدان إلا إذا كان التعهد يركّز عليها.',
  geoCountriesHint: 'اختر كل البلدان التي يستهدفها التعهد.',

  // 5. الغايات والتمويل
  targetsHeading: 'الغايات والتمويل',
  targetsIntro: 'تساعد الغايات القابلة للقياس الأمانة على متابعة التقدم. أضف منها ما ينطبق.',
  targetRow: (n) => `الغاية ${n$(n)}`,
  targetMetric: 'ما يُحسب',
  targetValue: 'العدد',
  targetUnit: 'الوحدة',
  targetUnitHint: 'ما تحسبه غاية من نوع «أخرى»، مثل «نقاط اتصال لاسلكي مركّبة».',
  addTarget: 'إضافة غاية',
  removeTarget: (n) => `إزالة الغاية ${n$(n)}`,
  targetsMax: (max) => `يمكن أن يتضمن التعهد ${n$(max)} غاية على الأكثر.`,
  noTargets: 'لا توجد غايات بعد.',
  financialHeading: 'الالتزام المالي',
  financialAmount: 'المبلغ',
  financialCurrency: 'العملة',
  currencyOption: (code, name) => `${code} — ${name}`,
  financialDisabled: 'حدّد «مالي» ضمن أنواع الدعم لإدخال مبلغ.',

  // 6. المدة
  whenHeading: 'المدة',
  periodStart: 'تاريخ البدء',
  periodEnd: 'تاريخ الانتهاء',
  datePlaceholder: 'YYYY-MM-DD',
  dateHint: 'السنة والشهر واليوم، مثل 2026-01-31.',

  // 7. جهة الاتصال
  contactHeading: 'جهة الاتصال',
  contactNote: 'لا تستخدمها إلا أمانة مبادرة P2C للمتابعة.',
  contactName: 'الشخص المسؤول عن الاتصال',
  contactEmail: 'البريد الإلكتروني',

  // منتقي البلدان
  countrySearchPlaceholder: 'اكتب اسم بلد أو رمزه',
  countryChangePlaceholder: 'اكتب لتغيير البلد',
  countryAddPlaceholder: 'اكتب لإضافة بلد',
  countryNoMatch: 'لا يوجد بلد مطابق.',
  countryClear: (name) => `إزالة ${name}`,
  tagLdc: 'أقل البلدان نموًا',
  tagLdcTitle: 'أقل البلدان نموًا',
  tagLldc: 'البلدان النامية غير الساحلية',
  tagLldcTitle: 'البلدان النامية غير الساحلية',
  tagSids: 'الدول الجزرية الصغيرة النامية',
  tagSidsTitle: 'الدول الجزرية الصغيرة النامية',
  countryUnknown: (code) => `بلد غير معروف (${code})`,

  // المسودات
  draftsHeading: 'المسودات',
  deletedHeading: 'المسودات المحذوفة',
  draftsSearch: 'البحث في المسودات',
  draftsSearchPlaceholder: 'العنوان أو الجهة أو البلد',
  showDeleted: 'عرض المسودات المحذوفة',
  untitled: 'مسودة بلا عنوان',
  noPledger: 'لا توجد جهة متعهدة بعد',
  unnamedLead: 'الجهة الرائدة بلا اسم بعد',
  withOthers: (lead, others) => (others.length === 0 ? lead : `${lead} · مع ${others.join('، ')}`),
  moreCountries: (n) => `+${n$(n)} أخرى`,
  edited: (moment) => `عُدّلت ${at(moment)}`,
  deletedAt: (moment) => `حُذفت ${at(moment)}`,
  justNow: 'الآن',
  deleteDraft: 'حذف',
  deleteDraftLabel: (title) => `حذف «${title}»`,
  restoreDraft: 'استعادة',
  restoreDraftLabel: (title) => `استعادة «${title}»`,
  draftsEmpty: 'لا توجد مسودات بعد. ابدأ تعهدًا جديدًا وسيظهر هنا.',
  draftsEmptySearch: (text) => `لا توجد مسودات تطابق «${text}».`,
  deletedEmpty: 'لا توجد مسودات محذوفة.',
  draftsLoading: 'جارٍ تحميل المسودات…',
  draftsError: (message) => `تعذّر عرض قائمة المسودات: ${message}`,
  draftDeleted: 'حُذفت المسودة.',
  draftRestored: 'استُعيدت المسودة.',
  undo: 'تراجع',
  dismiss: 'إغلاق',
  actionFailed: (message) => `لم ينجح ذلك: ${message}`,

  // المراجعة
  reviewHeading: 'المراجعة قبل التوقيع',
  reviewIntro: 'هذا بالضبط ما سيوقّع عليه الموقّعون. اقرأه معهم قبل التوقيع.',
  reviewLoading: 'جارٍ إعداد المراجعة…',
  reviewFailed: (message) => `تتعذّر مراجعة التعهد: ${message}`,
  reviewRetry: 'إعادة المحاولة',
  reviewBack: 'العودة إلى التحرير',
  reviewProblems: (n) =>
    plural(AR, n, {
      zero: 'لا بنود متبقية قبل التوقيع على هذا التعهد',
      one: 'بند واحد متبقٍّ قبل التوقيع على هذا التعهد',
      two: 'بندان متبقيان قبل التوقيع على هذا التعهد',
      few: `${n$(n)} بنود متبقية قبل التوقيع على هذا التعهد`,
      many: `${n$(n)} بندًا متبقيًا قبل التوقيع على هذا التعهد`,
      other: `${n$(n)} بند متبقٍّ قبل التوقيع على هذا التعهد`,
    }),
  reviewProblemsIntro: 'عُد إلى الاستمارة لاستكمالها. ينقلك كل زر إلى الحقل المعني.',
  reviewFix: 'الانتقال إلى الحقل',
  reviewFixLabel: (message) => `الانتقال إلى الحقل: ${message}`,
  reviewNoEventTitle: 'هذا الحاسوب غير مُعدّ لفعالية',
  reviewNoEvent:
    'يُسجَّل في كل تعهد موقّع اسم الفعالية التي وُقّع فيها. اطلب من فريق الفعالية إدخالها في الإعدادات، ثم عُد إلى هنا.',
  goSettings: 'فتح الإعدادات',
  reviewAmends: 'هذا التعهد يعدّل تعهدًا سابقًا',
  reviewAmendsDetail: (id) => `بعد التوقيع عليه يحلّ محلّ التعهد ${id}. ويبقى التعهد السابق مسجّلًا.`,
  reviewEvent: (name, id) => (name.trim() ? `${name} (${id})` : id),
  reviewEventLabel: 'الفعالية',
  reviewContentHeading: 'ما سيُوقَّع عليه',
  reviewSigners: (n) =>
    plural(AR, n, {
      zero: 'لا يوجد موقّعون.',
      one: 'سيوقّع موقّع واحد باسم الجهة التي تقطع التعهد.',
      two: 'سيوقّع موقّعان، واحد عن كل جهة.',
      few: `سيوقّع ${n$(n)} موقّعين، واحد عن كل جهة.`,
      many: `سيوقّع ${n$(n)} موقّعًا، واحد عن كل جهة.`,
      other: `سيوقّع ${n$(n)} موقّع، واحد عن كل جهة.`,
    }),
  startSigning: 'بدء التوقيع',

  // تفاصيل التعهد
  detailLanguage: 'اللغة',
  detailPledgers: 'الجهات المتعهدة',
  detailLead: 'الجهة الرائدة',
  detailFocusAreas: 'مجالات التركيز',
  detailSupportTypes: 'أنواع الدعم',
  detailScope: 'النطاق',
  detailCountries: 'البلدان المستهدفة',
  detailBeneficiaries: 'المستفيدون',
  detailTargets: 'الغايات',
  detailFinancial: 'الالتزام المالي',
  detailPeriod: 'المدة',
  detailSdgs: 'أهداف التنمية المستدامة',
  detailContact: 'جهة الاتصال',
  detailNone: 'لا شيء',
  detailNoDescription: 'لا يوجد وصف.',
  kindAndCountry: (kind, country) => (country ? `${kind} · ${country}` : kind),
  money: (amount, currency) => `${amount} ${currency}`,
  periodRange: (start, end) => `من ${start} إلى ${end}`,
  sdgLabel: (n, name) => `${n$(n)} · ${name}`,

  // التوقيع
  signingLabel: 'التوقيع',
  signingProgress: 'الموقّعون',
  signingStep: (i, n) => `الخطوة ${n$(i)} من ${n$(n)}`,
  signingHeading: 'التوقيع باسم:',
  signingIntro: 'يكتب الشخص الذي يوقّع عن هذه الجهة اسمه ومنصبه، ثم يوقّع في الإطار.',
  signatoryName: 'الاسم الكامل',
  signatoryTitle: 'المنصب أو الصفة',
  signatoryTitleHint: 'مثلًا: وزير تكنولوجيا المعلومات والاتصالات، أو الرئيس التنفيذي.',
  signature: 'التوقيع',
  signatureCanvas: 'مساحة رسم التوقيع',
  signatureInstruction: 'وقّع فوق الخط بالفأرة أو القلم أو الإصبع. استخدم «مسح» للبدء من جديد.',
  signatureBaseline: 'وقّع فوق الخط',
  signatureMark: '×',
  signatureClear: 'مسح',
  signatureNext: 'التوقيع والمتابعة',
  signatureSeal: 'التوقيع على التعهد وختمه',
  signatureNeeds: 'اكتب الاسم والمنصب ووقّع في الإطار للمتابعة.',
  signatureNeedsTyped: 'اكتب الاسم والمنصب للمتابعة.',
  signatureTyped: 'كتابة توقيعي بلوحة المفاتيح بدلًا من رسمه',
  signatureTypedHint: 'يصبح الاسم الكامل المكتوب أعلاه هو التوقيع، ويُسجَّل بوصفه توقيعًا مكتوبًا.',
  signatureTypedPreview: (name) => `التوقيع المكتوب لـ ${name}`,
  signatureTypedEmpty: 'يظهر التوقيع هنا بمجرد كتابة الاسم الكامل.',
  signatureTooComplex: 'هذا التوقيع مفصّل أكثر مما يمكن حفظه. امسحه ووقّع مرة أخرى بشكل أبسط.',
  signingBackToReview: 'العودة إلى المراجعة',
  signingPrevious: 'الموقّع السابق',
  signingDone: 'تم التوقيع',
  signingCurrent: 'يوقّع الآن',
  sealing: 'جارٍ الختم…',
  sealFailedTitle: 'لم يتم التوقيع على التعهد',
  sealRetry: 'إعادة المحاولة',
  backToForm: 'العودة إلى الاستمارة',

  // الإيصال
  receiptHeading: 'تم التوقيع على التعهد',
  receiptIntro: 'احتفظ بهذا الإيصال. تحدّد البصمة بدقة ما تم التوقيع عليه.',
  receiptFingerprint: 'البصمة',
  receiptPledgeId: 'معرّف التعهد',
  receiptSeq: 'الرقم التسلسلي على الجهاز',
  receiptSignedAt: 'تاريخ التوقيع',
  receiptEvent: 'الفعالية',
  receiptAmends: 'يعدّل التعهد',
  receiptPledge: 'التعهد',
  receiptSignatories: 'الموقّعون',
  receiptQrCaption: 'معرّف التعهد وبصمة محتواه',
  receiptQrLabel: 'رمز QR لمعرّف التعهد وبصمة محتواه',
  receiptPrint: 'الطباعة أو الحفظ بصيغة PDF',
  receiptClose: 'تم',
  receiptLoading: 'جارٍ تحميل الإيصال…',
  receiptFailed: (message) => `يتعذّر عرض الإيصال: ${message}`,
  signatureOf: (name) => `توقيع ${name}`,
  signatoryRole: (title, organisation) => `${title}، ${organisation}`,
  signedAtShort: (when) => `وُقّع في ${when}`,
  signatureWasTyped: 'توقيع مكتوب',

  // إرسال التعهد الموقّع
  deliveryPrefix: 'الإرسال: ',
  delivery: {
    signed: 'موقّع',
    queued: 'في قائمة الانتظار',
    sending: 'جارٍ الإرسال',
    sent: 'أُرسل',
    received: 'استُلم',
    verified: 'تم التحقق منه',
    published: 'نُشر',
    rejected: 'رُفض',
    conflict: 'تعارض',
    superseded: 'حلّ محلّه تعهد آخر',
  },
  deliveryRejectedBecause: (reason) => `رُفض — ${reason}`,
  deliveryHints: {
    signed: 'موقّع ومحفوظ هنا ريثما يراجعه فريق الفعالية قبل إرساله.',
    queued: 'في انتظار الإرسال إلى منصة التعهدات؛ يُرسل عندما يتصل هذا الحاسوب بالإنترنت.',
    sending: 'يجري إرساله الآن إلى منصة التعهدات.',
    sent: 'أكّدت منصة التعهدات استلامه.',
    received: 'استلمته منصة التعهدات.',
    verified: 'تحققت منه منصة التعهدات.',
    published: 'نشرته منصة التعهدات.',
    rejected: 'لم تقبله منصة التعهدات.',
    conflict: 'لدى منصة التعهدات تعهد آخر يحمل المعرّف نفسه. أبلغ فريق الفعالية.',
    superseded: 'حلّ محلّه تعهد معدَّل.',
  },

  // المسودات الموقّعة والتعديلات
  sealedBanner: 'موقّع — لم يعد بالإمكان تحرير هذا التعهد',
  sealedHint: 'لتغييره، عدّله: تبدأ مسودة جديدة من هذا التعهد، وبعد التوقيع عليها تحلّ محلّه.',
  sealedContent: 'ما تم التوقيع عليه',
  viewReceipt: 'عرض الإيصال',
  amend: 'تعديل هذا التعهد',
  amendBanner: 'هذه المسودة تعدّل تعهدًا موقّعًا',
  amendHint: (id) => `بعد التوقيع عليها تحلّ محلّ التعهد ${id}.`,
  signedBadge: 'موقّع',

  ...settings,
  ...staff,
  ...closing,
  ...reference,
};

export default ar;
