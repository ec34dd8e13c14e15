// The rule table's Chinese texts: the settings panel, and a label for every rule and each of
// its fields. RuleCatalogue makes tsc fail when a rule key or field has no label.
import type { RuleKey, RuleValue } from '../../../../electron/contract/rules';

type Program<K> = K extends `${infer P}.${string}` ? P : never;
type Name<K> = K extends `${string}.${infer N}` ? N : never;
type Labels<V> = V extends readonly unknown[]
  ? { readonly unit: string }
  : V extends object
    ? { readonly fields: { readonly [F in keyof V]: string } }
    : { readonly unit: string };

/** program → rule name → its label and its fields' labels (or the unit of a plain value). */
export type RuleCatalogue = {
  readonly [P in Program<RuleKey>]: {
    readonly [K in RuleKey as Program<K> extends P ? Name<K> : never]: { readonly label: string } & Labels<RuleValue<K>>;
  };
};

export const zhCNRules = {
  rules: {
    title: '规则与标准',
    intro: '献血间隔、年龄、表彰标准等按施行日期分版本保存。修改时新增一个版本，此前日期的记录仍按原规定核对。',
    value: '现行值',
    effectiveFrom: '施行日期',
    source: '依据',
    shipped: '出厂默认',
    since: '自 {{date}} 起',
    history: '历史版本（{{count}}）',
    edit: '修改',
    yes: '是',
    no: '否',
    note: '备注',
    by: '录入：{{who}}，{{at}}',
    form: {
      title: '修改：{{label}}',
      effectiveFrom: '施行日期',
      source: '依据',
      sourcePlaceholder: '文件名称及文号，如：某省卫生健康委关于……的通知',
      sourceRequired: '请注明依据',
      note: '备注',
      add: '添加',
      valueRequired: '请填写',
      confirmTitle: '保存新版本？',
      confirmBody: '自 {{date}} 起按新值执行；此前的日期仍按原值核对。',
      saved: '已保存新版本',
    },
    catalogue: {
      blood: {
        age: { label: '献血年龄', fields: { min: '最低年龄（周岁）', max: '初次献血最高年龄（周岁）', repeatDonorMax: '多次献血者最高年龄（周岁）' } },
        intervals: {
          label: '献血间隔',
          fields: {
            wholeToWholeDays: '全血 → 全血（天）',
            wholeToPlateletsDays: '全血 → 单采血小板（天）',
            plateletsToWholeDays: '单采血小板 → 全血（天）',
            plateletsToPlateletsDays: '单采血小板 → 单采血小板（天）',
            plateletsToPlateletsApprovedDays: '经医师批准的单采间隔（天）',
          },
        },
        platelets: {
          label: '单采血小板',
          fields: { minUnitsPerDonation: '每次最少治疗量', maxUnitsPerDonation: '每次最多治疗量', maxDonationsPerYear: '每年最多次数' },
        },
        wholeBloodVolumes: { label: '全血献血量', unit: '毫升' },
        honourCounting: { label: '表彰献血次数折算', fields: { wholeBloodMlPerCount: '全血折算（毫升/次）', countsPerPlateletUnit: '血小板折算（次/治疗量）' } },
        nationalHonours: {
          label: '全国无偿献血奉献奖标准（次）',
          fields: { bronze: '铜奖', silver: '银奖', gold: '金奖', lifetime: '终身荣誉奖（估算）' },
        },
        provincialHonour: { label: '省无偿献血奉献奖标准', fields: { enabled: '本省设有此奖', count: '累计次数' } },
      },
      cmdp: {
        age: { label: '造血干细胞入库年龄', fields: { min: '最低年龄（周岁）', max: '最高年龄（周岁）' } },
        coolingOff: { label: '入库静思期', fields: { enabled: '启用', days: '天数' } },
        priorBloodDonations: { label: '入库前献血次数要求', fields: { enabled: '启用', count: '献血次数' } },
      },
      organ: {
        minAge: { label: '器官捐献登记最低年龄', unit: '周岁' },
      },
    } satisfies RuleCatalogue,
  },
};
