// The Chinese catalogue: the end of the event, a staff checklist of what is
// still only on this laptop and the steps that take it off.

import type { ClosingMessages } from '../en/closing';
import { plural } from '../plural';
import { n$, pledgesZh } from './words';

export const closing: ClosingMessages = {
  closing: {
    heading: '活动结束',
    intro: '收起本电脑之前，请检查哪些内容仍只保存在本电脑上，并将其转移：同步、导出数据包，并保存比对结果。',
    loading: '正在检查本电脑…',
    failed: (message) => `无法显示清单：${message}`,
    nothingLeft: '本电脑上已没有只保存在这里的内容。',
    left: '仍有承诺或草稿只保存在本电脑上。请按下面的清单处理。',
    onlyHereNone: '每项承诺均已送达认捐平台或已导出到数据包',
    listHeading: '仍在本电脑上',
    held: (n) => `${pledgesZh(n)}暂存待审核`,
    heldHint: '请在“批次”标签页中提交其批次，或在“设置”中关闭暂存。',
    unsent: (n) => `${pledgesZh(n)}等待发送`,
    unsentHint: '本电脑联网后请同步，或导出数据包。',
    refused: (n) => `${pledgesZh(n)}被拒绝或存在冲突`,
    refusedHint: '“审核”标签页显示认捐平台对每项的理由。',
    drafts: (n) => plural('zh', n, { other: `${n$(n)} 份草稿从未签署` }),
    draftsHint: '在“草稿”标签页中打开它们以完成签署，或将其删除。',
    syncHeading: '与认捐平台同步',
    syncIntro: '本电脑一联网即发送等待中的内容。',
    syncing: '正在同步…',
    syncDone: '没有等待发送的内容。',
    exportHeading: '将尚未确认的全部内容导出为数据包',
    saveHeading: '保存比对结果',
    saveIntro: '一个 CSV 文件，按编号列出本电脑上的每项承诺和每份未签署的草稿及其状态。请与活动记录一起保存。',
    save: '保存比对结果',
    saving: '正在保存…',
    done: '已完成',
  },
};
