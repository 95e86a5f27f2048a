import { deidentify } from '../deidentifier';
import { chatExportSpeakerDetector } from './chat-export-speaker.detector';

const names = (text: string) =>
  chatExportSpeakerDetector
    .detect(text)
    .sort((a, b) => a.start - b.start)
    .map((d) => text.slice(d.start, d.end));

describe('chatExportSpeakerDetector', () => {
  it('takes the sender of every line of an exported WhatsApp chat, in lower case and with a role after the name', () => {
    const text = [
      'WhatsApp - Ward 9 SHOs',
      "08/03/2024, 07:58 - priya: anyone seen mr okoro's bloods? k 6.1",
      '08/03/2024, 07:59 - dan: repeat it, probably haemolysed. ecg fine',
      '08/03/2024, 08:10 - becky reg: can someone clerk the Wolff-Parkinson-White lad in ED',
      '08/03/2024, 08:11 - Dr Farid Khan: on it',
    ].join('\n');
    expect(names(text)).toEqual(['priya', 'dan', 'becky', 'Farid Khan']);
  });

  it('reads the iPhone export, 12-hour clocks and a sender written in Chinese or mixed scripts, and finds a sender named again', () => {
    const text = [
      '[12/8/24, 9:14:02 PM] Jia Hui: pt chest pain again, trop 1200',
      '[12/8/24, 9:15:40 PM] Prof Yeo: coming',
      '5/6/2024 09:06 - 阿May: 佢個仔話下晝嚟',
      '5/6/2024 09:10 - Ken: ok，May你幫手book胃鏡',
    ].join('\n');
    expect(names(text)).toEqual(['Jia Hui', 'Yeo', '阿May', 'Ken', 'May']);
  });

  it('keeps headings, system lines and phone numbers in the sender slot to other rules', () => {
    const text = [
      '12/03/2024, 10:00 - Plan: start IV antibiotics',
      '12/03/2024, 10:01 - Messages and calls are end-to-end encrypted.',
      '12/03/2024, 10:02 - +44 7700 900461: running late',
      'Review at 10:00 - Bloods: Hb 92',
    ].join('\n');
    expect(names(text)).toEqual([]);
  });

  it('through the deidentifier, the chat keeps its clinical words', () => {
    const text = '08/03/2024, 07:58 - priya: k 6.1, repeat with ecg\n08/03/2024, 07:59 - dan: Wolff-Parkinson-White lad, adenosine 6mg';
    const result = deidentify(text).text;
    expect(result).not.toMatch(/priya|dan:/);
    expect(result).toContain('Wolff-Parkinson-White');
    expect(result).toContain('adenosine 6mg');
  });

  it('reads WeChat exports (sender, then date and time on its own line), sender-time-colon chats and Telegram dashes', () => {
    const wechat = [
      '微信群聊记录 "心内科医疗组"',
      '张磊 2024/03/12 21:03',
      '12床血压又上去了',
      '刘芳 2024/03/12 21:06',
      '好的',
      'kiki 2024/03/12 21:12',
      '收到，我跟刘芳说一声',
    ].join('\n');
    expect(names(wechat)).toEqual(['张磊', '刘芳', 'kiki', '刘芳']);
    const chat = ['老周 23:41：那个病人呢？', '小芳 23:45：下一个胸痛待查', '阿强 23:46：通知导管室'].join('\n');
    expect(names(chat)).toEqual(['老周', '小芳', '阿强']);
    const telegram = ['05.09.2024 03:12 — Jun Hao:', 'kid in resus 2', '2024/4/3 8:15 - Ka Ming: 陳伯今日幾點覆診？'].join('\n');
    expect(names(telegram)).toEqual(['Jun Hao', 'Ka Ming']);
  });

  it('reads no sender out of dated headings or a single timed line', () => {
    for (const text of [
      '入院日期 2024/03/12 21:03\n出院日期 2024/03/18 10:00',
      '检查时间 2024/03/12 21:03',
      '手术 08:30：开始麻醉\n记录 09:10：结束',
      '交班 08:00：病情平稳\n接班 08:30：已查看',
    ]) {
      expect(names(text)).toEqual([]);
    }
  });
});
