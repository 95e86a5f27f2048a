/**
 * Word lists for the reasoning check. Kept together so a clinician can review them in one
 * place; each list is matched case-insensitively for Latin script.
 */

/** Hedges: fine when the same sentence gives a source, flagged otherwise. */
export const HEDGE_WORDS: readonly string[] = [
  '一般认为',
  '通常认为',
  '可能',
  '大概',
  '也许',
  '或许',
  '估计',
  '似乎',
  'generally believed',
  'it is believed',
  'it is thought',
  'probably',
  'likely',
  'possibly',
  'perhaps',
  'presumably',
];

/** Procedures that carry procedural risk (puncture, instrumentation, contrast catheterisation). */
export const INVASIVE_PROCEDURES: readonly string[] = [
  '冠状动脉造影',
  '冠脉造影',
  '血管造影',
  '心导管',
  '穿刺',
  '活检',
  '内镜',
  '胃镜',
  '肠镜',
  '结肠镜',
  '支气管镜',
  '腰穿',
  '经皮冠状动脉介入',
  'PCI',
  'biopsy',
  'angiography',
  'angiogram',
  'catheterisation',
  'catheterization',
  'endoscopy',
  'gastroscopy',
  'colonoscopy',
  'bronchoscopy',
  'lumbar puncture',
  'paracentesis',
  'thoracentesis',
];

/**
 * Non-invasive steps: history, examination, bedside tests, laboratory tests and imaging.
 * CT / MR angiography are here so that "CT血管造影" is not read as an invasive angiogram.
 */
export const NON_INVASIVE_STEPS: readonly string[] = [
  'CT血管造影',
  'CTA',
  'CT angiography',
  'CT coronary angiography',
  'MR angiography',
  'MRA',
  '心电图',
  '超声心动图',
  '超声',
  '彩超',
  '胸片',
  'X线',
  'CT',
  '磁共振',
  'MRI',
  '化验',
  '检验',
  '实验室检查',
  '血常规',
  '尿常规',
  '大便潜血',
  '便潜血',
  '肌钙蛋白',
  '肌酐',
  '血气',
  'D-二聚体',
  'BNP',
  '查体',
  '体格检查',
  '病史',
  '生命体征',
  '血压',
  '呼气试验',
  'ECG',
  'EKG',
  'electrocardiogram',
  'echocardiography',
  'echocardiogram',
  'echo',
  'ultrasound',
  'X-ray',
  'chest radiograph',
  'MRI',
  'lab',
  'labs',
  'laboratory',
  'blood test',
  'troponin',
  'creatinine',
  'eGFR',
  'D-dimer',
  'history',
  'physical examination',
  'physical exam',
  'vital signs',
  'stool test',
  'urea breath test',
];

/** Words before an invasive procedure that mean it is not being proposed. */
export const DECLINING_WORDS = /(?:无需|不需要|不需|不必|暂缓|避免|不建议|no need for|avoid|defer|without)\s*$/i;

/**
 * ALL-CAPS tokens that are not abbreviations to spell out: ECG wave and segment names
 * (named after letters) and names better known than their expansion.
 */
export const ABBREVIATIONS_NEEDING_NO_EXPANSION: readonly string[] = ['ST', 'QT', 'QRS', 'PR', 'QTC', 'CT', 'MRI', 'DNA', 'RNA', 'HIV'];
