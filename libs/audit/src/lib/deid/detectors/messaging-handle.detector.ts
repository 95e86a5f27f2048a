import type { Detection, PhiDetector } from '../deid.types';
import { LABEL_SEPARATOR, NOT_BEFORE_ALNUM, scanLastGroup } from '../regex-scan.util';
import { scanSocialHandles } from './social-handle.scanner';
import { isUserName } from './user-name';

/**
 * Messaging handles (微信号, QQ, 钉钉, WeChat ID) and staff and student numbers (工号, 职工号, 学号, employee ID): both reach
 * one person. Found by their label; a WeChat-generated id ("wxid_…") also by its shape. "handle" or "username" after
 * the platform belongs to the label ("Skype handle a.smith.clinic"): the handle is the word after it.
 */
const HANDLE = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?:微信号码|微信账号|微信号|微信ID|微信|V信|威信|薇信|\bVX(?=\s{0,2}[:：号是]|\s{1,2}[A-Za-z][A-Za-z0-9]*[_\d-])|weixin|WeChat(?:\s*ID)?|\bwx(?=\s*[:：])|QQ号码|QQ号|QQ|钉钉号|钉钉ID|钉钉|DingTalk(?:\s*ID)?|抖音号|抖音|微博|小红书|Telegram|Skype|Line\s+ID|Instagram|Twitter(?:\s{0,2}\/\s{0,2}X\b)?|Facebook|Weibo|WhatsApp|Signal|TikTok|Snapchat|Discord|Reddit|Kik|Tinder|Grindr|Bumble|Viber|Zalo|KakaoTalk)(?:,?\s{1,2}(?:handle|user\s?name))?${LABEL_SEPARATOR}(@?[A-Za-z0-9][A-Za-z0-9_.-]{1,40}[A-Za-z0-9])${NOT_BEFORE_ALNUM}`,
  'gi',
);
/** A LINE handle after the app's name in capitals ("LINE: mai_tyvn"); "line: 20G radial" is a cannula. */
const LINE_HANDLE = new RegExp(String.raw`(?<![A-Za-z0-9])LINE${LABEL_SEPARATOR}([a-z][a-z0-9._-]{2,29})${NOT_BEFORE_ALNUM}`, 'g');
const WXID = /(?<![A-Za-z0-9_])(wxid_[a-z0-9]{6,30})(?![A-Za-z0-9_])/gi;
const STAFF_NUMBER = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?:职工号|员工编号|员工号|工号|工作证号|胸牌号|学号|学籍号|employee\s+(?:ID|no\.?|number|#)|emp\.?\s+(?:ID|no\.?|number|#)|staff\s+(?:ID|no\.?|number|#)|staff(?=\s\d{4,8}(?![\d:]))|(?:staff\s+|ID\s+)?badge(?:\s+(?:ID|no\.?|number))?)${LABEL_SEPARATOR}([A-Za-z0-9](?:[A-Za-z0-9-]{0,20}[A-Za-z0-9])?)${NOT_BEFORE_ALNUM}`,
  'gi',
);
/**
 * A nurse's registration written as a code ("#RN55871") and the staff code written after a signed name ("记录者：苟晓芸
 * N20187", "麻醉医师濮阳静，MZ-0156"): the letters and digits reach one member of staff.
 */
const NURSE_REGISTRATION = /(?<![A-Za-z0-9])#?((?:RN|RM|EN|NP)\d{4,7})(?![A-Za-z0-9])/g;
const SIGNED_STAFF_CODE =
  /(?:记录者|记录人|执行者|执行人|签名|核对者|核对人|操作者|护士|医师|医生)[:：]?\s{0,2}[\u4e00-\u9fa5]{2,4}[\s，,]{1,2}([A-Z]{1,2}-?\d{3,6})(?![A-Za-z0-9])/g;
/** A system user written as an initial or two, a dot and a surname ("k.hollis"), how systems name their users. */
const INITIAL_DOT_SURNAME = String.raw`[a-z]{1,3}\.[a-z]{2,20}`;
const WHOLE_INITIAL_DOT_SURNAME = new RegExp(`^${INITIAL_DOT_SURNAME}$`);

/**
 * Logins and user names of a system or a portal reach one person as a handle does ("login: jsmith2", "用户名：wangxm",
 * "logged in as mwhite7"). After a separator any word of three or more characters counts; without one the value needs a
 * digit ("portal login jsmith2"), so "login screen", "Login attempt" stay.
 */
const LOGIN = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?:log(?:-|\s)?(?:in|on)(?:\s{1,2}(?:name|ID))?|account\s?name|user\s?name|user\s?ID|logged\s{1,2}in\s{1,2}as|user(?=\s{0,2}[:：])|user(?=\s{1,2}[A-Za-z][A-Za-z0-9_.-]{0,30}\d)|user(?=\s{1,2}${INITIAL_DOT_SURNAME}(?![A-Za-z0-9_.@-]))|account(?=\s{1,2}[a-z][a-z0-9_.-]{1,30}\d(?![A-Za-z0-9_.@-]))|用户名|登录名|登录用户|登录账号|登录帐号|登录ID|(?:系统|OA|HIS|EMR|门户)[账帐]号)(?:\s{0,2}[:：=]\s{0,2}|\s{1,2}[-–—]\s{1,2}|\s{1,2}(?:is\s{1,2})?)([A-Za-z][A-Za-z0-9_.-]{1,30}[A-Za-z0-9])${NOT_BEFORE_ALNUM}`,
  'gi',
);
/** Words after a login label that are no user name. */
const NOT_A_LOGIN =
  /^(?:failed|failure|fails?|success(?:ful)?|ok|okay|required|requested|pending|disabled|enabled|locked|unlocked|expired|error|none|nil|null|unknown|blocked|attempts?|screen|page|details|credentials|issues?|problems?|not|and|with|the|via|to|for|admin|administrator|root|guest|system|test|n\/a|na|string|number|boolean|undefined|any|text|password|email|optional|true|false)$/i;
/** A property path in code or a log line (account.id, TEST_ADMIN.username, params.accountId) is no user name. */
const PROPERTY_PATH = /\.(?:id|name|user(?:name|Id)?|login|account(?:Id)?|email|value)$|\.[a-z]+[A-Z]/;
const LOGIN_SEPARATOR = /(?:[:：=\-–—]|\bas)\s{0,2}$/i;

function plausibleLogin(value: string, match: RegExpExecArray): boolean {
  if (NOT_A_LOGIN.test(value) || PROPERTY_PATH.test(value)) return false;
  if (/\d/.test(value)) return true;
  // "by user k.hollis".
  if (/^user\s{1,2}$/i.test(match[0].slice(0, match[0].length - value.length)) && WHOLE_INITIAL_DOT_SURNAME.test(value)) return true;
  // "User: Nurse", "User: Smith": after a bare "user" only a name with a digit is a login.
  if (/^user\s{0,2}[:：]/i.test(match[0])) return false;
  return LOGIN_SEPARATOR.test(match[0].slice(0, match[0].length - value.length));
}

/**
 * An account name written after 账号/帐号 ("账号mary.ma_01", "帐号：zhang.wei"), glued or not: in a Chinese note a Latin
 * word there is the account (a bank account starts with a digit and is the labelled-number detector's).
 */
const ACCOUNT_NAME = new RegExp(String.raw`(?:[账帐]号|[账帐]户)\s{0,2}[:：]?\s{0,2}([A-Za-z][A-Za-z0-9_.-]{1,30}[A-Za-z0-9])${NOT_BEFORE_ALNUM}`, 'g');
const NOT_AN_ACCOUNT_NAME = /^(?:wechat|weixin|email|e-mail|phone|qq|id|password|pin)$/i;
const plausibleAccountName = (value: string) => !NOT_A_LOGIN.test(value) && !PROPERTY_PATH.test(value) && !NOT_AN_ACCOUNT_NAME.test(value);

/** A handle written before the platform it is on: "@yusuf_fit on TikTok", "@mei.lin via Instagram". */
const HANDLE_ON_PLATFORM =
  /(?<![A-Za-z0-9@_.])(@[A-Za-z0-9_][A-Za-z0-9_.]{1,30}[A-Za-z0-9_])\s{0,2}(?:on|via|from|\()\s{0,2}(?:TikTok|Instagram|Insta|IG|Twitter|X|Snapchat|Facebook|Threads|Discord|Reddit|YouTube|Telegram|Weibo|微博|抖音|小红书)(?![A-Za-z])/g;
/**
 * A handle given after a request to add someone on a Chinese messaging app: "能加你微信吗我的是yangmama_0812",
 * "加我微信吧，我的号是lily_2020". The phrase 我的/他的/她的 … 是 says the next Latin word is the handle; it needs a
 * digit, an underscore or a dot, so a lab value or an abbreviation in the same sentence stays.
 */
const HANDLE_AFTER_ADD_PHRASE =
  /(?:微信|V信|QQ|钉钉|抖音|小红书)[\u4e00-\u9fa5，,？?！! ]{0,12}?(?:我|他|她|你)的(?:微信号?|QQ号?|号|账号|帐号|ID)?\s{0,2}(?:是|为|[:：])\s{0,2}([A-Za-z][A-Za-z0-9_.-]{1,30}[A-Za-z0-9])(?![A-Za-z0-9])/g;
/**
 * A user name glued after 用户 or 用户名 ("用户dr_zhangwei调阅病历", "其用户名panda_jk2021"): it needs a digit, an
 * underscore or a dot.
 */
const USER_GLUED = /用户名?\s?([A-Za-z][A-Za-z0-9_.-]{1,30}[A-Za-z0-9])(?![A-Za-z0-9])/g;
const hasHandleMark = (value: string) => /[\d_.]/.test(value) && !PROPERTY_PATH.test(value);

/** Words that follow a messaging label without being a handle ("WeChat group", "QQ email"). */
const NOT_A_HANDLE = new Set([
  'group',
  'groups',
  'account',
  'number',
  'message',
  'messages',
  'contact',
  'official',
  'payment',
  'email',
  'mail',
  'please',
  'chat',
  'call',
  'video',
  'voice',
  'only',
  'with',
  'and',
  'none',
  'nil',
  'unknown',
  'same',
  'not',
  'ok',
  'okay',
  'app',
  'pay',
  'yes',
  'the',
  'for',
  'web',
  'feed',
  'post',
  'posts',
]);
const SOCIAL_APP_LABEL = /^(?:TikTok|Snapchat|Discord|Reddit|Kik|Tinder|Grindr|Bumble|Viber|Zalo|KakaoTalk)/i;
/** A separator that says the next word is the handle: "微信：zoe", "QQ号 abc", "WeChat ID – mei_lin". */
const EXPLICIT_SEPARATOR = /(?:[:：#=\-–—]|号|ID|\bis)\s*$/i;

/**
 * A label in Chinese (微信, 钉钉, 微博…) says the note is Chinese: a Latin word after it and a space is the handle
 * ("微信 zoe", "女儿微信 lily"). QQ and VX are Latin, so there the note must go on in Han characters ("QQ abcd 已加").
 */
const HAN_LABEL = /^[\u4e00-\u9fa5]/;
const LATIN_LABEL_OF_CHINESE_NOTES = /^(?:QQ|VX)/i;
const HAN_AFTER = /^\s{0,2}[\u4e00-\u9fa5，。；、]/;

/**
 * A handle with a digit, an underscore or a hyphen, an "@handle", or any word after a separator that says a handle
 * follows; a bare word after the label needs five letters ("WeChat group" is no handle), or a Chinese note around it.
 */
function plausibleHandle(value: string, match: RegExpExecArray): boolean {
  if (NOT_A_HANDLE.has(value.toLowerCase())) return false;
  // TikTok, Snapchat … are named in English prose ("TikTok videos"): a bare word after them needs a separator.
  if (SOCIAL_APP_LABEL.test(match[0]) && !/[\d_.@]/.test(value) && !EXPLICIT_SEPARATOR.test(match[0].slice(0, match[0].length - value.length))) return false;
  if (value.startsWith('@') || /[\d_-]/.test(value) || value.length >= 5) return value.length >= 3;
  const label = match[0].slice(0, match[0].length - value.length);
  if (value.length < 3) return false;
  if (EXPLICIT_SEPARATOR.test(label)) return true;
  if (!/^[a-z][a-z.]*$/i.test(value)) return false;
  if (HAN_LABEL.test(label)) return true;
  const end = match.index + match[0].length;
  return LATIN_LABEL_OF_CHINESE_NOTES.test(label) && HAN_AFTER.test(match.input.slice(end, end + 3));
}

/** A staff number has a digit; after "badge" alone it needs three ("ID badge 24/7" is no number). */
function plausibleStaffNumber(value: string, match: RegExpExecArray): boolean {
  return /badge/i.test(match[0]) ? /\d{3}/.test(value) : /\d/.test(value);
}

/** The further groups of a QQ number read out in groups ("QQ 512 338 907"): a QQ number has at most 11 digits. */
const DIGIT_GROUPS_AFTER = /^(?:[ -]\d{2,4}){1,3}(?![\dA-Za-z])/;

function withDigitGroups(text: string, detection: Detection): Detection {
  const value = text.slice(detection.start, detection.end);
  if (!/^\d{2,5}$/.test(value) || !/QQ/i.test(text.slice(Math.max(0, detection.start - 8), detection.start))) return detection;
  const groups = DIGIT_GROUPS_AFTER.exec(text.slice(detection.end, detection.end + 16));
  if (!groups || (value + groups[0]).replace(/\D/g, '').length > 11) return detection;
  return { ...detection, end: detection.end + groups[0].length };
}

export const messagingHandleDetector: PhiDetector = {
  name: 'messaging-handle',
  detect(text: string): Detection[] {
    return [
      ...scanLastGroup({ text, regex: HANDLE, type: 'account', priority: 60, accept: plausibleHandle, retryInsideRejected: true }).map((detection) =>
        withDigitGroups(text, detection),
      ),
      ...scanLastGroup({ text, regex: WXID, type: 'account', priority: 60 }),
      ...(text.includes('LINE') ? scanLastGroup({ text, regex: LINE_HANDLE, type: 'account', priority: 60, accept: isUserName }) : []),
      ...(text.includes('@') ? scanLastGroup({ text, regex: HANDLE_ON_PLATFORM, type: 'account', priority: 60 }) : []),
      ...(/的/.test(text) ? scanLastGroup({ text, regex: HANDLE_AFTER_ADD_PHRASE, type: 'account', priority: 60, accept: hasHandleMark }) : []),
      ...(text.includes('用户') ? scanLastGroup({ text, regex: USER_GLUED, type: 'account', priority: 60, accept: hasHandleMark }) : []),
      ...(/log|user|account|用户|登录|[账帐]号/i.test(text)
        ? scanLastGroup({ text, regex: LOGIN, type: 'account', priority: 60, accept: plausibleLogin, retryInsideRejected: true })
        : []),
      ...(/[账帐][号户]/.test(text) ? scanLastGroup({ text, regex: ACCOUNT_NAME, type: 'account', priority: 60, accept: plausibleAccountName }) : []),
      ...scanLastGroup({ text, regex: STAFF_NUMBER, type: 'other-id', priority: 60, accept: plausibleStaffNumber, retryInsideRejected: true }),
      ...scanLastGroup({ text, regex: NURSE_REGISTRATION, type: 'other-id', priority: 55, needsAny: ['RN', 'RM', 'EN', 'NP'] }),
      ...scanLastGroup({
        text,
        regex: SIGNED_STAFF_CODE,
        type: 'other-id',
        priority: 55,
        needsAny: ['记录', '执行', '签名', '核对', '操作者', '护士', '医师', '医生'],
      }),
      ...scanSocialHandles(text),
    ];
  },
};
