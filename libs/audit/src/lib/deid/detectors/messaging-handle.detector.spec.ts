import { resolveOverlaps } from '../span-resolution.util';
import { messagingHandleDetector } from './messaging-handle.detector';

const found = (text: string) => resolveOverlaps(messagingHandleDetector.detect(text)).map((d) => [d.type, text.slice(d.start, d.end)]);

describe('messagingHandleDetector', () => {
  it.each([
    ['微信号：zhangwei_1985，已加入随访群', 'zhangwei_1985'],
    ['家属微信 wxid_a1b2c3d4e5 用于发送报告', 'wxid_a1b2c3d4e5'],
    ['wx: lihua88，备注为女儿', 'lihua88'],
    ['QQ号：123456789。', '123456789'],
    ['钉钉号 ding_zhang01', 'ding_zhang01'],
    ['WeChat ID: liuyang_md, preferred', 'liuyang_md'],
    ['Her QQ is 98765432101.', '98765432101'],
    ['今晚值班的是他 vx是 xuekai-icu 有事找他', 'xuekai-icu'],
    ['有问题加我vx lin_doc88', 'lin_doc88'],
  ])('finds the messaging handle in %s', (text, handle) => {
    expect(found(text)).toEqual([['account', handle]]);
  });

  it.each([
    ['工号：03127，夜班护士', '03127'],
    ['职工号 A20931 的护士', 'A20931'],
    ['Employee ID E-55321 logged the sample', 'E-55321'],
    ['Staff no. 44821 administered the dose', '44821'],
    ['Emp ID 004512 on the rota', '004512'],
    ['Emp. no. 88213', '88213'],
    ['Nurse Kylie Brennan (staff 55102) to the unit manager', '55102'],
  ])('finds the staff number in %s', (text, number) => {
    expect(found(text)).toEqual([['other-id', number]]);
  });

  it.each([
    ['微信：zoe', 'zoe'],
    ['QQ号: abc', 'abc'],
    ['WeChat ID – mei_lin', 'mei_lin'],
    ['WeChat — lucy.q', 'lucy.q'],
    ['微博 @xiao_yu，常发病情', '@xiao_yu'],
    ['Instagram: @run.fast', '@run.fast'],
  ])('finds a handle without digits after a label that says it is one in %s', (text, handle) => {
    expect(found(text)).toEqual([['account', handle]]);
  });

  it.each([
    ['Prefers Skype, handle a.smith.clinic, for follow-up', 'a.smith.clinic'],
    ['Skype handle a.smith.clinic for the video review', 'a.smith.clinic'],
    ['Twitter handle @kaylee_runs posted the photos', '@kaylee_runs'],
    ['Instagram username mei.lin.art', 'mei.lin.art'],
    ['Telegram user name: dr_okafor', 'dr_okafor'],
  ])('takes the handle, not the word "handle" or "username", after the platform in %s', (text, handle) => {
    expect(found(text)).toEqual([['account', handle]]);
  });

  it('ignores the label when no handle follows', () => {
    expect(found('请通过微信联系，WeChat group chat only, QQ邮箱已发送')).toEqual([]);
    expect(found('微信：无，QQ: none，WeChat: n/a')).toEqual([]);
  });
});

describe('messagingHandleDetector: logins and user names', () => {
  it.each([
    ['login: jsmith2', ['account', 'jsmith2']],
    ['用户名：wangxm', ['account', 'wangxm']],
    ['Username: jsmith2, last access 08:10', ['account', 'jsmith2']],
    ['user name - lchen', ['account', 'lchen']],
    ['portal login jsmith2 locked', ['account', 'jsmith2']],
    ['logged in as mwhite7', ['account', 'mwhite7']],
    ['登录名 zhangsan01', ['account', 'zhangsan01']],
    ['登录账号：liuyang', ['account', 'liuyang']],
    ['工号 A1023', ['other-id', 'A1023']],
    ['User: jdoe12', ['account', 'jdoe12']],
    ['OA账号：zhanghong', ['account', 'zhanghong']],
    ['logon: hwang', ['account', 'hwang']],
    ['登录用户：liqiang2', ['account', 'liqiang2']],
    ['account name: mjones', ['account', 'mjones']],
  ])('finds %s', (text, pair) => {
    expect(found(text)).toEqual([pair]);
  });

  it.each([
    'login: failed',
    'Login attempt blocked',
    'user name not recorded',
    'login: none',
    '用户名：无',
    'login screen shown',
    'Username: N/A',
    'User: Nurse',
    './auth/login-rate-limiter',
    'login-username',
    'userId: account.id',
    'username: string;',
    'login: params.accountId',
    'ADMIN_USERNAME: TEST_ADMIN.username',
  ])('keeps %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('messagingHandleDetector: handles after a space, a combined label or a glued 账号', () => {
  it.each([
    ['Twitter/X @doc_rebecca_k', '@doc_rebecca_k'],
    ['X/Twitter: @nurse_jo', '@nurse_jo'],
    ['Twitter (X) @mike.runs', '@mike.runs'],
    ['微信 zoe / Tel 13588821930 — Zoe Huang', 'zoe'],
    ['女儿微信 lily，可联系', 'lily'],
    ['QQ abcd 已加', 'abcd'],
    ['马丽 Mary Ma，IP登录：203.0.113.77，账号mary.ma_01。', 'mary.ma_01'],
    ['帐号：zhang.wei', 'zhang.wei'],
    ['账号 li_na88 已绑定', 'li_na88'],
  ])('finds %s', (text, handle) => {
    expect(found(text)).toEqual([['account', handle]]);
  });

  it.each([
    '微信 ok',
    '微信 app 上传报告',
    'WeChat group chat only',
    '账号已冻结',
    '账号 and 密码',
    'X 2 views, Twitter feed',
    '微信 OK，QQ no',
    'Twitter/X account suspended',
  ])('keeps %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('messagingHandleDetector: handles after a messaging phrase, a platform or a system user', () => {
  const handles = (text: string) => [...new Set(messagingHandleDetector.detect(text).map((d) => text.slice(d.start, d.end)))];

  it('takes the handle given after a request to add on WeChat/QQ ("能加你微信吗我的是yangmama_0812")', () => {
    expect(handles('能加你微信吗我的是yangmama_0812')).toEqual(['yangmama_0812']);
    expect(handles('加我微信吧，我的号是lily_2020，谢谢')).toEqual(['lily_2020']);
    expect(handles('可以加QQ吗？我的是zhou88sun')).toEqual(['zhou88sun']);
    expect(handles('微信群里说的，我的是CRP升高')).toEqual([]);
  });

  it('takes a user name glued after 用户 or after "by user"', () => {
    expect(handles('用户dr_zhangwei调阅病历BL00871342。')).toEqual(['dr_zhangwei']);
    expect(handles('Login from IP 10.24.118.57 by user jsmith2 viewed chart')).toEqual(['jsmith2']);
    expect(handles('accessed by user mwhite7 at 02:10')).toEqual(['mwhite7']);
    expect(handles('用户满意度调查，user experience, user 2 of 5')).toEqual([]);
  });

  it('takes handles on TikTok, Snapchat and other platforms, before or after the platform name', () => {
    expect(handles('Yusuf (@yusuf_fit on TikTok) - rhabdomyolysis')).toEqual(['@yusuf_fit']);
    expect(handles('Snapchat lilmikey_07 - messages from the pt')).toEqual(['lilmikey_07']);
    expect(handles('her TikTok is dancequeen2009')).toEqual(['dancequeen2009']);
    expect(handles('Discord: gamerboy_99')).toEqual(['gamerboy_99']);
    expect(handles('Snapchat messages reviewed; TikTok videos; Snapchat group')).toEqual([]);
  });
});

describe('messagingHandleDetector: mentions, platform user names and forum nicknames', () => {
  const handles = (text: string) => [...new Set(resolveOverlaps(messagingHandleDetector.detect(text)).map((d) => text.slice(d.start, d.end)))];

  it.each([
    ['@呼吸科-孔维 麻烦看一下32床的血气：pH 7.28', ['@呼吸科-孔维']],
    ['郑医生（@心内郑医生）在好大夫在线的主页', ['@心内郑医生']],
    ['followed on Telegram by the group admin @kidneywarrior_tom and posts', ['@kidneywarrior_tom']],
    ['Patient follows u/ChronicMigraineMike on Reddit; started erenumab 70 mg monthly', ['u/ChronicMigraineMike']],
    ['Discord handle nightowl#4821 given as preferred contact', ['nightowl#4821']],
    ['其用户名panda_jk2021，经核实为本院患者', ['panda_jk2021']],
    ['熊猫（网名）在论坛上咨询甲亢用药', ['熊猫']],
    ['患者网名“小熊猫2019”，在论坛发帖', ['小熊猫2019']],
  ])('takes the handle in %s', (text, expected) => {
    expect(handles(text)).toEqual(expected);
  });

  it.each([
    'SpO2 94% @RA, O2 @ 2L/min, paracetamol 1 g @q6h',
    'email zhang.wei@163.com or j.smith@nhs.net',
    'Spends the day @home with his wife',
    '氧饱和度95%@吸氧2L',
    'insulin 0.1 u/kg/h then 5 u/hour; ALT 40 IU/L',
    'Room#1204, bed#12, Walmart Supercenter #2931',
    'Blue Badge holder; wears ID badge',
  ])('keeps %s', (text) => {
    expect(handles(text)).toEqual([]);
  });

  it.each([
    ['Consent witnessed by RN Leticia Moreno #RN55871.', 'RN55871'],
    ['记录者：苟晓芸 N20187', 'N20187'],
    ['麻醉医师濮阳静，MZ-0156', 'MZ-0156'],
  ])('finds the staff code beside a signed name or a nurse registration in %s', (text, code) => {
    expect(found(text)).toContainEqual(['other-id', code]);
  });

  it('keeps staff counts and ratios', () => {
    expect(found('staff 2 nurses short; staff 1:4 ratio; staff 12 on shift; RN 2 on shift; 护士长：张 V2')).toEqual([]);
  });

  it('takes a staff badge number after its label', () => {
    expect(found('Employee health: Carla Mendes, badge E-20471, needlestick exposure')).toEqual([['other-id', 'E-20471']]);
    expect(found('staff badge #30912 scanned at the door')).toEqual([['other-id', '30912']]);
  });
});
