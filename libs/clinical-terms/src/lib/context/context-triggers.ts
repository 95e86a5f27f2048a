/**
 * Trigger phrases (after normalisation and case folding). Longer phrases are tried first so
 * "待排除" (to be excluded: uncertain) is never read as "排除" (excluded: negated).
 */
export type TriggerKind = 'negation' | 'uncertainty' | 'family' | 'pseudo';

interface Trigger {
  readonly phrase: string;
  readonly kind: TriggerKind;
}

function triggers(kind: TriggerKind, phrases: readonly string[]): Trigger[] {
  return phrases.map((phrase) => ({ phrase, kind }));
}

/** Phrases before a concept. */
export const PRE_TRIGGERS: readonly Trigger[] = [
  // Look like negations but are not: "无明显诱因出现胸痛" is chest pain without an obvious cause.
  ...triggers('pseudo', [
    '无明显诱因', '无诱因', '无明显原因', '无原因', '不明原因', '原因不明', 'not only', 'no change', 'no improvement',
    'no obvious cause', 'without obvious cause', 'no clear cause', 'no known cause',
    // 无 inside a word or a compound adjective is no negation: 肢体无力 (weakness), 无痛性肉眼血尿 (painless haematuria).
    '无力', '无痛性', '无症状性', '无菌性', '无热性', '无黄疸性', '无结石性', '无先兆',
    // 不/未/没 that start a modifier, not a denial: 不典型胸痛, 不规则阴道流血, 不慎跌倒, 未规律服药.
    '不典型', '不规则', '不规律', '不稳定', '不完全', '不对称', '不均匀', '不明', '不定期', '不同程度', '不自主',
    '不间断', '不断', '不停', '不久', '不慎', '不洁', '不当', '不佳', '不良', '不足', '不适', '不畅', '不利', '不全',
    '未明', '未规律', '未系统', '未正规', '未予', '未经', '未治疗', '未控制', '未足月', '未分化', '未婚', '未孕',
    '未育', '未绝经', '未重视', '未在意', '未注意', '未诊治', '未就诊', '未服药', '没多久', '没注意', '没在意',
  ]),
  ...triggers('uncertainty', [
    '疑似', '可疑', '疑为', '疑诊', '怀疑', '可能为', '可能是', '可能', '待排', '待排除', '待除外', '需排除', '需除外',
    '不除外', '不排除', '不能排除', '不能除外', '无法排除', '?', 'possible', 'possibly', 'probable', 'probably',
    'suspected', 'suspect', 'suspicion of', 'suspicious for', 'r/o', 'rule out', 'query', 'questionable', 'likely',
    'cannot exclude', 'cannot rule out', 'can not rule out', 'concern for', 'concerning for', 'differential includes',
    // 考虑 (consider): the working diagnosis, not a confirmed one.
    '考虑', '考虑为', '考虑是', '初步考虑', '拟诊',
  ]),
  ...triggers('negation', [
    '无', '否认', '否认有', '排除', '已排除', '未见', '未见明显', '未发现', '未见有', '不伴', '不伴有', '没有', '未诉',
    '未闻及', '未触及', '未出现', '从未', '无明显', 'no', 'not', 'denies', 'denied', 'deny', 'denying',
    'no history of', 'no evidence of', 'no signs of', 'no sign of', 'ruled out', 'negative for', 'without',
    'free of', 'absence of', 'never had', 'no known', 'nor', 'neither',
    // "also no / nor": 也不咳嗽, 亦未发热 (也无/亦无/并无 already end in 无).
    '也不', '亦不', '并不', '均不', '都不', '也未', '亦未', '并未', '均未', '都未', '也没有', '并没有',
    // Colloquial and narrative denial: 没发烧, 不咳嗽, 未发热, 未再胸痛; 不考虑 rules a diagnosis out.
    '没', '不', '未', '未再', '没再', '不再', '不考虑',
  ]),
  // Every kinship term a clinician writes: parents, siblings (single characters as in "兄患冠心病"),
  // children, grandparents, uncles and aunts, cousins, grandchildren; zh and en. "孩子"/"child" and
  // "家中"/"家人" are left out: in a paediatric note the child is the patient ("孩子发热3天").
  ...triggers('family', [
    '家族史', '家族中', '家族里', '母亲', '父亲', '父母', '母', '父', '妈妈', '爸爸', '其母', '其父',
    '兄弟', '姐妹', '兄弟姐妹', '哥哥', '姐姐', '弟弟', '妹妹', '兄', '弟', '姐', '妹', '胞兄', '胞弟', '胞姐', '胞妹',
    '同胞', '双胞胎', '孪生',
    '祖父', '祖母', '外祖父', '外祖母', '爷爷', '奶奶', '外公', '外婆', '祖父母', '外祖父母',
    '儿子', '女儿', '子女', '长子', '次子', '长女', '次女', '孙子', '孙女', '外孙', '外孙女',
    '叔叔', '叔父', '伯父', '伯伯', '舅舅', '舅父', '姑姑', '姑妈', '姑母', '阿姨', '姨妈', '姨母', '婶婶', '舅妈',
    '堂兄', '堂弟', '堂姐', '堂妹', '表兄', '表弟', '表姐', '表妹', '表哥', '堂哥', '侄子', '侄女', '外甥', '外甥女',
    '一级亲属', '二级亲属', '亲属', '亲戚',
    'family history of', 'family history', 'family hx', 'family hx of', 'fam hx', 'fam hx of', 'fhx', 'fhx of',
    'fh of', 'f/h of', 'f/h', 'mother', "mother's", 'mum', 'mom', 'father',
    "father's", 'dad', 'brother', "brother's", 'brothers', 'sister', "sister's", 'sisters', 'sibling', 'siblings',
    'twin', 'maternal', 'paternal', 'grandmother', 'grandfather', 'grandparent', 'grandparents', 'son', 'sons',
    'daughter', 'daughters', 'grandson', 'granddaughter', 'grandchild', 'uncle', 'uncles',
    'aunt', 'aunts', 'auntie', 'cousin', 'cousins', 'nephew', 'niece', 'parents', 'parent',
    'first-degree relative', 'first-degree relatives', 'relative', 'relatives', 'family member', 'family members',
  ]),
];

/** Phrases right after a concept ("肺栓塞待排", "PE ruled out", "糖尿病家族史"). */
export const POST_TRIGGERS: readonly Trigger[] = [
  ...triggers('uncertainty', [
    '待排', '待排除', '待除外', '可能', '可能性大', '可能性', '不除外', '?', '待查', '疑似', '疑似病例', 'possible', 'suspected',
    'likely', 'most likely', 'probable', 'probably', 'is likely', 'is probable',
    'not excluded', 'not ruled out', 'cannot be excluded', 'cannot be ruled out', 'is suspected', 'was suspected',
  ]),
  ...triggers('negation', [
    '已排除', '除外', '(-)', '阴性', 'ruled out', 'was ruled out', 'has been ruled out', 'is ruled out',
    'excluded', 'was excluded', 'negative', 'was negative', 'is negative', 'absent', 'not present', 'not seen',
  ]),
  ...triggers('family', ['家族史', '家族遗传史', '家族性病史']),
];

/** Kinship words that, written right after a disease, name whose disease it is ("DM (father)", "HTN in mother"). */
export const KINSHIP_TERMS: readonly string[] = PRE_TRIGGERS.filter(
  (trigger) => trigger.kind === 'family' && !/family|fam hx|fhx|fh of|f\/h|家族|亲属|亲戚|relative/.test(trigger.phrase),
).map((trigger) => trigger.phrase);

/** Words that name a finding and deny it at once ("afebrile": no fever). */
export const SELF_NEGATING_TERMS: ReadonlySet<string> = new Set(['afebrile', 'apyrexial']);

/** A clause that names its own subject: the relative of an earlier clause no longer speaks. */
export const PATIENT_SUBJECT = /患者|病人|本人|自身|该患|(?<![a-z])(?:patient|pt|he|she|the patient)(?![a-z])/;

/** Words that end a trigger's scope inside a clause. */
export const SCOPE_BREAKERS: readonly string[] = [
  '但', '但是', '然而', '而', '出现', '伴有', 'but', 'however', 'although', 'though', 'except', 'apart from',
  'presented with', 'presents with', 'presenting with', 'complains of', 'complaining of', 'reports', 'which',
];

const ESCAPE = /[.*+?^${}()|[\]\\/]/g;

function escape(phrase: string): string {
  return phrase.replace(ESCAPE, '\\$&');
}

/** Latin phrases match on word boundaries; Chinese and punctuation anywhere. */
export function phraseAlternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => {
      const body = escape(phrase);
      const before = /^[a-z]/.test(phrase) ? '(?<![a-z0-9])' : '';
      const after = /[a-z]$/.test(phrase) ? '(?![a-z0-9])' : '';
      return `${before}${body}${after}`;
    })
    .join('|');
}
