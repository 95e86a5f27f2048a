import { clinicalTermLengthAt } from '../clinical-vocabulary';
import type { Detection } from '../deid.types';
import { surnameLengthAt } from './chinese-name-lexicon';
import { wordSegments } from './han-word-boundary.util';

/**
 * The value of a person's field is a name whatever its surname: forms and exports print the person right after the
 * label, so a rare or minority surname that no list holds (保志坚, 杞明, 卯丽, Yi names such as 吉克木呷 and
 * 阿苏拉则) is found there as 王芳 is. A kin or role word may stand between the label and the name (监护人：父 吉克木呷,
 * 陪护：孙子王浩然, 发现人：校医 阿苏拉则), and JSON's person keys are labels too ("name":"高蕾", "resident":"葛宁").
 * Traditional text reaches this scanner through its simplified copy.
 *
 * The value must stand alone, two to four Han characters between the label and a separator, a bracket, a digit or the
 * end of the line, so a sentence after a label ("医生：建议复查血常规") is never read. What such a field also holds is
 * left: words of no person (本人, 不详, 同上, 值班医生), values opening with a word ICU knows when no surname opens
 * them (建议复查, 交班, 疾控中心), clinical terms (阿莫西林) and characters no given name holds (已执行).
 */
const PERSON_LABEL =
  '(?:(?:接诊|经治|主治|主管|转诊|会诊|申请|送检|报告|审核|复核|诊断|值班|管床|责任|手术|麻醉|签字|记录)?(?:医生|医师|护士|护师|药师|技师)|治疗师|联系人|亲属|家属|监护人|陪护人?|陪同人?|代理人|委托人|报告人|审核人|复核人|核对人|记录人|发现人|申请人|见证人|受托人|操作者|检查者|送检者|社工|校医|班主任|助产士|翻译员?|签名|签字)';
const KIN_OR_ROLE_BEFORE =
  '(?:父亲|母亲|外婆|外公|奶奶|爷爷|姥姥|姥爷|丈夫|妻子|儿子|女儿|孙子|孙女|外孙女|外孙|儿媳|女婿|哥哥|姐姐|弟弟|妹妹|侄子|侄女|父|母|夫|妻|校医|社工|护士|医生|老师)';
/** A name of two to four Han characters, or a transliterated one with its middle dot (阿依古丽·买买提). */
const NAME = String.raw`([\u4e00-\u9fa5]{2,4}|[\u4e00-\u9fa5]{1,6}·[\u4e00-\u9fa5]{1,8})`;
/** The titles a field may write after the name; they are not part of it. */
const TITLE = '医生|医师|护士|先生|女士|老师|主任';
const AFTER_NAME = String.raw`(?=$|[\s\u3000，,。；;、（()）|/"\d]|(?:${TITLE}|副主任|主治|教授|副教授|签名|签字)(?![\u4e00-\u9fa5]))`;
const LABELLED_NAME = new RegExp(String.raw`${PERSON_LABEL}[:：][ \t\u3000]{0,3}(?:${KIN_OR_ROLE_BEFORE}[ \t\u3000]?)?${NAME}${AFTER_NAME}`, 'g');
const JSON_PERSON_KEY = new RegExp(
  String.raw`"(?:name|fullName|patientName|patient_name|doctor|doctorName|attending|resident|surgeon|nurse|guardian|pharmacist|contactName|signedBy|reporter|reviewer|physician)"\s*:\s*"${NAME}"`,
  'g',
);
/** A bare "name" key names a person only beside a person's other keys: drugs and tests have names too. */
const PERSON_KEYS_AROUND = /"(?:contact|patient|relation|relationship|doctor|staff|gender|sex|age|birthDate|dob|phone|mobile|idCard|role)"/;

const NOT_A_PERSON = new Set(
  `本人 患者 患者本人 病人 家属 不详 未知 暂无 待定 待分配 待补 白班 夜班 中班 同上 同前 见上 值班医生 值班护士 主治医生 主管医生 责任护士 医生 护士 本院 外院 门诊 急诊 家人 亲属 无人 自己 其子 其女 其妻 其夫 合格 正常 阴性 阳性`
    .split(/\s+/)
    .filter(Boolean),
);
const TITLE_AT_END = new RegExp(`(?:${TITLE})$`);
/** A body or a team named in a person's field: 疾控中心, 社区卫生, 街道办, 创伤组, 村委会. */
const BODY_WORD = /疾控|中心$|医院$|卫生|机构$|单位$|公司$|部门$|办$|局$|站$|所$|组$|会$|委$|科$|室$|队$|班$/;
/** The next relative of a list after a labelled one: "监护人：父 吉克木呷，母 沙马阿果". */
const NEXT_RELATIVE = new RegExp(String.raw`^[，,、；;][ \t\u3000]?${KIN_OR_ROLE_BEFORE}[ \t\u3000]?${NAME}${AFTER_NAME}`);

/**
 * Characters no person's name in a field holds: negations and particles, dates, places of a hospital, diseases and
 * care (已执行, 不详, 3月, 门诊, 正常). Looser than the prose list: 家, 月 and 明 stand in names written after a label (廖家玮,
 * 李明月).
 */
const NOT_IN_LABELLED_NAME = new Set(
  Array.from('已未不无没请予给按遵见的了吗呢吧啊嘛岁年日时周号床科室院病痛炎癌症药片针查验测治疗诊断术正常阴阳性详同上本该其此某者'),
);

/**
 * Whether ICU reads the value as a name: its first word is one character, a surname or an unlisted one (王|芳, 保志|坚
 * aside, 杞|明), and a four-character value opening with no compound surname is read character by character (吉|克|木|呷).
 * Phrases a field also holds open with a word: 张口|受限, 安静|休息, 谢绝|探视, 建议|复查, 疾控|中心; 宁|心|安神 has a word
 * inside.
 */
function readsAsName(text: string, start: number, value: string): boolean {
  const segments = wordSegments(value);
  const surnameLength = surnameLengthAt(text, start);
  if (surnameLength === 2) return true;
  if (surnameLength === 0 && segments.every((segment) => segment.length >= 2)) return false;
  if ((segments[0]?.length ?? 0) > 1 && surnameLength === 1) return false;
  return value.length < 4 || segments.every((segment) => segment.length === 1);
}

function isPersonValue(text: string, start: number, value: string): boolean {
  if (NOT_A_PERSON.has(value) || BODY_WORD.test(value)) return false;
  if (value.includes('·')) return true;
  if (Array.from(value).some((char) => NOT_IN_LABELLED_NAME.has(char))) return false;
  if (clinicalTermLengthAt(text, start) >= 2) return false;
  return readsAsName(text, start, value);
}

export function scanLabelledPersonNames(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const regex of [LABELLED_NAME, JSON_PERSON_KEY]) {
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(text)) !== null) {
      if (
        regex === JSON_PERSON_KEY &&
        /^"name"/.test(match[0]) &&
        !PERSON_KEYS_AROUND.test(text.slice(Math.max(0, match.index - 80), match.index + match[0].length + 80))
      )
        continue;
      const raw = match[1] ?? '';
      const value = raw.replace(TITLE_AT_END, '');
      // The value closes the match, or its closing quote does.
      const start = match.index + match[0].length - raw.length - (regex === JSON_PERSON_KEY ? 1 : 0);
      if (value.length < 2 || !isPersonValue(text, start, value)) continue;
      detections.push({ type: 'name', start, end: start + value.length, priority: 56 });
      const next = NEXT_RELATIVE.exec(text.slice(start + value.length, start + value.length + 16));
      const nextValue = next?.[1] ?? '';
      const nextStart = start + value.length + (next?.[0].length ?? 0) - nextValue.length;
      if (next && isPersonValue(text, nextStart, nextValue))
        detections.push({ type: 'name', start: nextStart, end: nextStart + nextValue.length, priority: 56 });
    }
  }
  return detections;
}
