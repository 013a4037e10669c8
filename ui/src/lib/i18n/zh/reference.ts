// The Chinese catalogue: Labels of the wire values, the validator's problems, the SDGs.

import type { ReferenceMessages } from '../en/reference';
import { n$ } from './words';

export const reference: ReferenceMessages = {
  // 各取值的标签
  kinds: {
    government: '政府',
    private_sector: '私营部门',
    civil_society: '民间社会',
    academia: '学术界',
    international_organization: '国际组织',
    other: '其他',
  },

  focusAreaCards: {
    access: {
      title: '接入',
      description: '连接民众：基础设施、覆盖范围和负担得起的接入',
    },
    adoption: {
      title: '采用',
      description: '增强社区能力：数字技能、包容和安全使用',
    },
    value_creation: {
      title: '创造价值',
      description: '建设数字生态系统：本地内容、服务和创新',
    },
    investment: {
      title: '投资',
      description: '促进投资：融资模式以及政策和监管的确定性',
    },
  },

  supportTypeCards: {
    financial: {
      title: '资金',
      description: '承诺的资金：赠款、贷款或投资（请在下方填写金额）',
    },
    policy: {
      title: '政策',
      description: '修改法律、法规或公共政策',
    },
    advocacy: {
      title: '倡导',
      description: '提高认识并动员其他各方',
    },
    programmatic: {
      title: '项目',
      description: '在实地开展项目、方案或服务',
    },
  },

  scopes: {
    global: '全球',
    regional: '区域',
    national: '国家',
  },

  beneficiaryLabels: {
    women_and_girls: '妇女和女童',
    youth: '青年',
    older_persons: '老年人',
    persons_with_disabilities: '残疾人',
    rural_communities: '农村社区',
    indigenous_peoples: '土著人民',
    refugees_and_migrants: '难民和移民',
    smes: '中小企业',
    general_public: '公众',
  },

  metrics: {
    people_connected: '连接的人数',
    people_trained: '培训的人数',
    people_reached: '惠及的人数',
    schools_connected: '连接的学校',
    health_facilities_connected: '连接的卫生机构',
    population_coverage: '覆盖的人口',
    jobs_created: '创造的就业岗位',
    startups_supported: '支持的初创企业',
    other: '其他（请说明）',
  },

  // 验证器报告的问题
  fieldInRow: (field, row) => `${field}（${row}）`,
  signatoryRow: (n) => `签署人 ${n$(n)}`,
  problems: {
    required: (a) => `请填写“${a.field}”。`,
    too_short: (a) => `“${a.field}”至少需要${a.limit}个字符。`,
    too_long: (a) => (a.limit ? `“${a.field}”最多${a.limit}个字符。` : `“${a.field}”过长。`),
    too_many: (a) => (a.limit ? `“${a.field}”：最多${a.limit}个。` : `“${a.field}”：数量过多。`),
    control_characters: (a) => `“${a.field}”包含不可见的控制字符，请重新输入。`,
    invalid_language: () => '语言必须是 BCP 47 代码，例如 en、fr 或 pt-BR。',
    invalid_country: () => '请从列表中选择国家。',
    country_not_allowed: () => '国际组织不填写国家，请留空。',
    invalid_currency: () => '请从列表中选择货币。',
    invalid_date: (a) => `“${a.field}”必须是有效日期（YYYY-MM-DD）。`,
    end_before_start: () => '结束日期必须与开始日期相同或在其之后。',
    no_lead: () => '请将一个承诺方标记为牵头方。',
    multiple_leads: () => '只能有一个承诺方作为牵头方。',
    duplicate: (a) => `“${a.field}”：同一项被选择了两次。`,
    out_of_range: (a) => (a.limit ? `“${a.field}”不能超过${a.limit}。` : `“${a.field}”超出允许范围。`),
    not_whole_number: (a) => `“${a.field}”须为整数，只能填写数字：不得含小数、负号、指数或字母。`,
    unit_required: () => '请说明“其他”类目标计量的内容（单位）。',
    invalid_email: () => '请输入电子邮件地址，例如 name@example.org。',
    unsupported_version: () => '此承诺由较新版本的 Pledge Desk 创建。',
    invalid_id: (a) => `“${a.field}”不是有效的编号。`,
    invalid_timestamp: (a) => `“${a.field}”不是有效的时间。`,
    missing_signatory: () => '每个组织签署一次：每个承诺方一名签署人。',
    invalid_drawing: () => '无法记录签名。请清除后重新签名。',
    not_normalised: () => '此承诺不是最终格式。请返回表单并重新核对。',
  },
  problemChoose: (a) => `请选择“${a.field}”。`,
  problemChooseSome: (a) => `请在“${a.field}”中至少选择一项。`,

  // 可持续发展目标（A/RES/70/1）
  sdgNames: [
    '无贫穷',
    '零饥饿',
    '良好健康与福祉',
    '优质教育',
    '性别平等',
    '清洁饮水和卫生设施',
    '经济适用的清洁能源',
    '体面工作和经济增长',
    '产业、创新和基础设施',
    '减少不平等',
    '可持续城市和社区',
    '负责任消费和生产',
    '气候行动',
    '水下生物',
    '陆地生物',
    '和平、正义与强大机构',
    '促进目标实现的伙伴关系',
  ],
  sdgTitles: [
    '在全世界消除一切形式的贫困',
    '消除饥饿，实现粮食安全，改善营养状况和促进可持续农业',
    '确保健康的生活方式，促进各年龄段人群的福祉',
    '确保包容和公平的优质教育，让全民终身享有学习机会',
    '实现性别平等，增强所有妇女和女童的权能',
    '为所有人提供水和环境卫生并对其进行可持续管理',
    '确保人人获得负担得起的、可靠和可持续的现代能源',
    '促进持久、包容和可持续的经济增长，促进充分的生产性就业和人人获得体面工作',
    '建造具备抵御灾害能力的基础设施，促进具有包容性的可持续工业化，推动创新',
    '减少国家内部和国家之间的不平等',
    '建设包容、安全、有抵御灾害能力和可持续的城市和人类住区',
    '采用可持续的消费和生产模式',
    '采取紧急行动应对气候变化及其影响',
    '保护和可持续利用海洋和海洋资源以促进可持续发展',
    '保护、恢复和促进可持续利用陆地生态系统，可持续管理森林，防治荒漠化，制止和扭转土地退化，遏制生物多样性的丧失',
    '创建和平、包容的社会以促进可持续发展，让所有人都能诉诸司法，在各级建立有效、负责和包容的机构',
    '加强执行手段，重振可持续发展全球伙伴关系',
  ],
};
