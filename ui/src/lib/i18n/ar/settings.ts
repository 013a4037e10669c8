// The Arabic catalogue: Settings, backups and support; sync with the platform and enrolment.

import type { SettingsMessages } from '../en/settings';
import { plural } from '../plural';
import { AR, n$, pledgesAr, at } from './words';

export const settings: SettingsMessages = {
  // الإعدادات
  settingsHeading: 'الإعدادات',
  settingsLoading: 'جارٍ تحميل الإعدادات…',
  settingsFailed: (message) => `يتعذّر عرض الإعدادات: ${message}`,

  // Settings › Backups and Support
  supportHeading: 'الدعم',
  supportIntro: 'ما يحتاجه فريق الدعم عند حدوث مشكلة. لا تحتوي بيانات التشخيص أبداً على بيانات الاتصال أو الرموز المميزة أو المفاتيح.',
  logFolder: 'مجلد السجلات',
  logsWriting: 'يُكتب هنا ملف سجل كل يوم، وتُحفظ آخر 7 ملفات.',
  logsNotWritten: 'تتعذّر كتابة السجلات، لذا ستتوفر لفريق الدعم معلومات أقل. يواصل Pledge Desk العمل. السبب:',
  copyDiagnostics: 'نسخ بيانات التشخيص',
  diagnosticsCopied: 'نُسخت بيانات التشخيص إلى الحافظة.',
  diagnosticsFallback: 'الحافظة غير متاحة: حدّد هذا النص وانسخه.',
  diagnosticsFailed: (message) => `يتعذّر إعداد بيانات التشخيص: ${message}`,
  backupsHeading: 'النسخ الاحتياطية',
  backupsIntro: 'ينسخ Pledge Desk قاعدة بياناته إلى مجلد النسخ الاحتياطية كل 5 دقائق ما دام هناك تغيير، وعند إغلاقه. تُفحص كل نسخة، وتُحفظ أحدث 10 نسخ.',
  backupsFolder: 'مجلد النسخ الاحتياطية',
  backupsLast: 'آخر نسخة احتياطية',
  backupsNone: 'لا توجد بعد',
  backupFailed: 'فشلت آخر نسخة احتياطية، ويواصل Pledge Desk العمل. أفرغ بعض المساحة على القرص أو تحقق من المجلد. السبب:',
  snapshotsUnreadable: 'تتعذّر قراءة مجلد النسخ الاحتياطية. السبب:',
  backupNow: 'نسخ احتياطي الآن',
  backingUp: 'جارٍ النسخ الاحتياطي…',
  backupDone: 'تم أخذ نسخة احتياطية.',
  snapshotsCaption: 'النسخ الاحتياطية على هذا الحاسوب، الأحدث أولاً',
  snapshotTaken: 'التاريخ',
  snapshotSize: 'الحجم',
  snapshotRestore: 'استعادة…',
  restoreConfirm: (time) => `هل تريد استعادة النسخة الاحتياطية من ${time}؟ لن يكون ما حُفظ بعدها في قاعدة البيانات المستعادة. تُحفظ قاعدة البيانات الحالية بجانبها في ملف منفصل ولا تُحذف أبداً.`,
  restoreYes: 'استعادة هذه النسخة',
  restoreCancel: 'إلغاء',
  restorePending: 'ستحل النسخة المختارة محل قاعدة البيانات عند إعادة تشغيل Pledge Desk.',
  restartNow: 'إعادة التشغيل الآن',
  restoredAtStart: 'استُعيدت نسخة احتياطية عند بدء Pledge Desk، وحُفظت قاعدة البيانات السابقة في ملف منفصل.',
  fatalBackupOffer: (time) => `اجتازت نسخة احتياطية من ${time} الفحص. تعيد استعادتها كل ما حُفظ حتى ذلك الوقت، ويُنحّى الملف التالف جانباً دون حذفه.`,
  fatalRestore: 'استعادة هذه النسخة وإعادة التشغيل',
  eventHeading: 'الفعالية',
  eventIntro: 'الفعالية التي يُستخدم فيها هذا الحاسوب. ويُسجَّل اسمها في كل تعهد يوقَّع هنا.',
  eventId: 'معرّف الفعالية',
  eventIdPlaceholder: 'kigali-2022',
  eventIdHint: 'حروف لاتينية صغيرة وأرقام وشرطات',
  eventName: 'اسم الفعالية',
  eventNamePlaceholder: 'مائدة P2C المستديرة بشأن التنمية الرقمية',
  eventSave: 'حفظ',
  eventSaving: 'جارٍ الحفظ…',
  eventSaved: 'تم الحفظ',
  eventNotSet: 'لم تُحدَّد أي فعالية بعد: لا يمكن التوقيع على التعهدات في هذا الحاسوب حتى تُحدَّد فعالية.',
  deviceHeading: 'هذا الجهاز',
  deviceId: 'معرّف الجهاز',
  deviceFingerprint: 'بصمة المفتاح',
  devicePublicKey: 'المفتاح العام',
  deviceKeyNote:
    'تحمل التعهدات الموقّعة هنا توقيع هذا الحاسوب. لا يغادر المفتاح الخاص هذا الحاسوب أبدًا؛ وتتحقق منصة التعهدات من التوقيعات بالمفتاح العام.',
  deviceRetiredHeading: 'الهويات السابقة لهذا الحاسوب',
  deviceRetiredNote:
    'اتخذ هذا الحاسوب هوية جهاز جديدة. المفاتيح السابقة محفوظة على هذا الحاسوب، والتعهدات الموقّعة بها لم تتغير ويمكن التحقق منها.',
  deviceRetiredReason: {
    other_machine: 'جاء مجلد البيانات من حاسوب آخر (نسخة من صورة قرص).',
    device_seq_reused: 'رأت منصة التعهدات حاسوبًا آخر يوقّع بهوية هذا الحاسوب.',
  },
  deviceRetiredAt: 'تاريخ الإيقاف',

  // المزامنة: شريط الحالة
  syncBarLabel: 'المزامنة مع منصة التعهدات',
  connection: {
    online: 'متصل',
    offline: 'غير متصل',
    unknown: 'لم يتصل بعد',
    not_enrolled: 'غير مسجَّل',
  },
  syncPending: (n) => `في الانتظار: ${n$(n)}`,
  syncPendingTitle: (n) =>
    plural(AR, n, {
      zero: 'لا توجد تعهدات موقّعة في انتظار الإرسال',
      one: 'تعهد موقّع واحد في انتظار الإرسال',
      two: 'تعهدان موقّعان في انتظار الإرسال',
      few: `${n$(n)} تعهدات موقّعة في انتظار الإرسال`,
      many: `${n$(n)} تعهدًا موقّعًا في انتظار الإرسال`,
      other: `${n$(n)} تعهد موقّع في انتظار الإرسال`,
    }),
  syncHeld: (n) => `معلّق: ${n$(n)}`,
  syncHeldTitle: (n) =>
    plural(AR, n, {
      zero: 'لا توجد تعهدات موقّعة معلّقة لمراجعة الموظفين',
      one: 'تعهد موقّع واحد معلّق لمراجعة الموظفين، ولا يوجد إلا على هذا الحاسوب إلى أن تُقدَّم دفعته',
      two: 'تعهدان موقّعان معلّقان لمراجعة الموظفين، ولا يوجدان إلا على هذا الحاسوب إلى أن تُقدَّم دفعتهما',
      few: `${n$(n)} تعهدات موقّعة معلّقة لمراجعة الموظفين، ولا توجد إلا على هذا الحاسوب إلى أن تُقدَّم دفعتها`,
      many: `${n$(n)} تعهدًا موقّعًا معلّقًا لمراجعة الموظفين، ولا توجد إلا على هذا الحاسوب إلى أن تُقدَّم دفعتها`,
      other: `${n$(n)} تعهد موقّع معلّق لمراجعة الموظفين، ولا توجد إلا على هذا الحاسوب إلى أن تُقدَّم دفعتها`,
    }),
  syncLast: (moment) => `آخر مزامنة ${at(moment)}`,
  syncNever: 'لم تتم المزامنة قط',
  syncRunning: 'جارٍ المزامنة…',
  syncProgress: (done, total) => `إرسال التعهدات: ${n$(done)} من ${n$(total)}`,
  syncNextTry: (moment) => `المحاولة التالية ${at(moment)}`,
  syncRequeued: (n) => `أُعيد إرسال ${pledgesAr(n, true)} كانت المنصة قد فقدتها`,
  syncMissing: (n) =>
    `تفتقد المنصة ${pledgesAr(n, true)} سبق أن أكّدت استلامها — أبلغ فريق الفعالية`,
  syncNow: 'المزامنة الآن',
  syncSetUp: 'إعداد',
  syncSetUpLabel: 'إعداد الاتصال بمنصة التعهدات في الإعدادات',
  syncSummary: (connection, last, pending) => `${connection} · ${last} · ${pending}`,


  // المزامنة: الإعدادات
  platformHeading: 'المنصة المركزية',
  platformIntro:
    'تُرسل التعهدات الموقّعة إلى منصة تعهدات P2C كلما اتصل هذا الحاسوب بالإنترنت. وتبقى حتى ذلك الحين محفوظة بأمان على هذا الحاسوب.',
  platformStatus: 'الحالة',
  platformError: 'آخر مشكلة',
  platformAddress: 'عنوان الخادوم',
  platformRole: 'هذا الحاسوب',
  platformLoading: 'جارٍ تحميل إعدادات الاتصال…',
  platformFailed: (message) => `يتعذّر عرض إعدادات الاتصال: ${message}`,
  platformNotEnrolled: 'هذا الحاسوب غير متصل بمنصة تعهدات بعد: تُحفظ التعهدات هنا إلى أن يتصل.',
  platformReconnect: 'للاتصال بمنصة أخرى، أو للاتصال من جديد برمز جديد، املأ الاستمارة أدناه.',
  roleLabels: {
    delegate: 'حاسوب المندوبين',
    staff: 'حاسوب فريق الفعالية',
  },
  serverUrl: 'عنوان الخادوم',
  serverUrlPlaceholder: 'https://pledges.example.org',
  serverUrlHint: 'يبدأ بـ https://. ولا يُسمح بـ http:// إلا لهذا الحاسوب (localhost).',
  enrollCode: 'رمز التسجيل',
  enrollCodeHint: 'رمز المندوبين أو رمز فريق الفعالية، ويقدّمه فريق الفعالية.',
  deviceName: 'اسم الحاسوب',
  deviceNameDefault: 'حاسوب Pledge Desk',
  deviceNameHint: 'الاسم الذي تعرض به المنصة هذا الحاسوب، مثل «مكتب التسجيل 2».',
  enroll: 'اتصال',
  enrolling: 'جارٍ الاتصال…',
  enrollConnected: (role) =>
    role === null ? 'متصل' : `متصل بوصفه ${role === 'staff' ? 'حاسوب فريق الفعالية' : 'حاسوب المندوبين'}`,
  enrollNeedsAddress: 'أدخل عنوان خادوم منصة التعهدات.',
  enrollNeedsCode: 'أدخل رمز التسجيل الذي قدّمه فريق الفعالية.',
};
