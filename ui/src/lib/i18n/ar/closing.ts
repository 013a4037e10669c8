// The Arabic catalogue: the end of the event, a staff checklist of what is
// still only on this laptop and the steps that take it off.

import type { ClosingMessages } from '../en/closing';
import { plural } from '../plural';
import { AR, n$, pledgesAr } from './words';

export const closing: ClosingMessages = {
  closing: {
    heading: 'نهاية الفعالية',
    intro:
      'قبل حفظ هذا الحاسوب، تحقق مما لا يوجد إلا عليه وانقله إلى مكان آمن: زامِن، وصدّر حزمة، واحتفظ بملف المطابقة.',
    loading: 'جارٍ فحص هذا الحاسوب…',
    failed: (message) => `تعذّر عرض القائمة: ${message}`,
    nothingLeft: 'لم يبقَ شيء على هذا الحاسوب وحده.',
    left: 'لا تزال بعض التعهدات أو المسودات على هذا الحاسوب وحده. اتبع القائمة أدناه.',
    onlyHereNone: 'وصل كل تعهد إلى المنصة أو إلى حزمة',
    listHeading: 'ما زال على هذا الحاسوب',
    held: (n) =>
      plural(AR, n, {
        zero: 'لا تعهدات معلّقة للمراجعة',
        one: 'تعهد واحد معلّق للمراجعة',
        two: 'تعهدان معلّقان للمراجعة',
        few: `${n$(n)} تعهدات معلّقة للمراجعة`,
        many: `${n$(n)} تعهدًا معلّقًا للمراجعة`,
        other: `${n$(n)} تعهد معلّق للمراجعة`,
      }),
    heldHint: 'قدّم دفعاتها في علامة تبويب الدفعات، أو أوقف التعليق في الإعدادات.',
    unsent: (n) => `بانتظار الإرسال: ${pledgesAr(n)}`,
    unsentHint: 'زامِن عند اتصال هذا الحاسوب بالإنترنت، أو صدّر حزمة.',
    refused: (n) => `رفضتها المنصة أو فيها تعارض: ${pledgesAr(n)}`,
    refusedHint: 'تعرض علامة تبويب المراجعة سبب المنصة لكل منها.',
    drafts: (n) =>
      plural(AR, n, {
        zero: 'لا مسودات غير موقّعة',
        one: 'مسودة واحدة لم تُوقَّع',
        two: 'مسودتان لم تُوقَّعا',
        few: `${n$(n)} مسودات لم تُوقَّع`,
        many: `${n$(n)} مسودة لم تُوقَّع`,
        other: `${n$(n)} مسودة لم تُوقَّع`,
      }),
    draftsHint: 'افتحها في علامة تبويب المسودات لتوقيعها، أو احذفها.',
    syncHeading: 'المزامنة مع المنصة',
    syncIntro: 'يُرسل ما ينتظر فور اتصال هذا الحاسوب بالإنترنت.',
    syncing: 'جارٍ المزامنة…',
    syncDone: 'لا شيء بانتظار الإرسال.',
    exportHeading: 'تصدير حزمة بكل ما لم تؤكد المنصة استلامه بعد',
    saveHeading: 'حفظ المطابقة',
    saveIntro:
      'ملف CSV يسرد كل تعهد وكل مسودة غير موقّعة على هذا الحاسوب بمعرّفه، مع حالته. احتفظ به مع سجلات الفعالية.',
    save: 'حفظ المطابقة',
    saving: 'جارٍ الحفظ…',
    done: 'تم',
  },
};
