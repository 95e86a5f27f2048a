import { coveredAs, untouched } from './dev-set.spec-support';

/** Organisations without a hospital word, read after set 50's last misses: care places, shops, a place's own bodies. */
describe('organisations named by their kind of care or office', () => {
  it.each([
    ['藥局：金城鎮民生路33號 金湖藥局　(082) 325-617', '金湖藥局', 'organization'],
    ['取镜：鹤溪街道人民中路56号 明亮眼镜店　0578-5081236', '明亮眼镜店', 'organization'],
    ['【大埔賽馬會長者中心】鄭太：志偉伯伯下週一覆診', '大埔賽馬會長者中心', 'organization'],
    ['【塔石衛生中心】何嘉欣您好，您的子女已預約接種。', '塔石衛生中心', 'organization'],
    ['抄送：唐山市古冶区范各庄矿区医疗站', '范各庄矿区医疗站', 'organization'],
    ['北京市延庆区永宁镇医养结合中心 入住老人健康档案', '永宁镇医养结合中心', 'organization'],
    ['臺東縣長期照顧管理中心 居家服務紀錄', '長期照顧管理中心', 'organization'],
    ['翻译员：韩小梅（榆林市聋人协会，手语翻译员证）', '聋人协会', 'organization'],
    ['榆林市聋人协会', '榆林市', 'address'],
    ['丹东市公安局元宝分局：我院急诊科于2026年1月30日接诊', '公安局元宝分局', 'organization'],
    ['上报：临夏州药品不良反应监测中心', '药品不良反应监测中心', 'organization'],
    ['接收社工：海来阿支（昭觉县未成年人保护工作站）', '未成年人保护工作站', 'organization'],
    ['昭觉县谷曲乡中心校 校医室 儿童保护转介单', '谷曲乡中心校', 'organization'],
    ['兒少：高小芸（泰雅族），女，8歲，清境國小二年級', '清境國小', 'organization'],
  ] as const)('takes %s', (text, part, type) => {
    expect(coveredAs(text, part, type)).toBe(true);
  });

  it.each([
    // A hospital's own pharmacy, a nurses' station, a national society that writes guidelines, a sub-bureau in general.
    ['请到门诊药局取药，中药局下午关闭。', '门诊药局'],
    ['交护士工作站统一保管。', '护士工作站'],
    ['参照中国抗癌协会乳腺癌诊治指南（2024版）。', '中国抗癌协会'],
    ['上报国家药品不良反应监测中心。', '药品不良反应监测中心'],
    ['左眼视力0.6，建议到眼镜店验配。', '眼镜店'],
    ['本院体检站上午开放。', '体检站'],
  ])('leaves %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });
});

/** Beds written as a ward letter and numbers, after their label or with a ward in front. */
describe('beds from set 50 and their look-alikes', () => {
  it.each([
    ['[腕带] 陈志强 男 63岁 ID:YC3-0098213 床:C2-15 DOB:1962-12-03', 'C2-15'],
    ['HN: HN26014473(9)　Ward/Bed: M5-22', 'M5-22'],
    ['院友：梁金妹　床位：B12　HKID：K381264(2)', 'B12'],
    ['[PHARMACY] Bed T3-14 | HAMDAN AL MANSOORI', 'T3-14'],
    ['住院号 WY2026-01893　床号 康复病区 305-2', '305-2'],
    ['床号：感染科 B17 床', 'B17'],
    ['加1床 石金凤 63岁 2型糖尿病', '加1'],
    ['入院日期 2026 年 4 月 3 日    科别  妇产科     床号   2- 06\n联系人', '2- 06'],
  ])('takes %s', (text, part) => {
    expect(coveredAs(text, part, 'bed')).toBe(true);
  });

  it.each([
    // Vertebrae, leads, tumour stages and scale steps in the same letters and digits.
    ['MRI: disc protrusion at bed rest, L4-5 and C5-6 levels.', 'C5-6'],
    ['ECG: ST elevation V1-V4, T wave inversion.', 'V1-V4'],
    ['床旁超声：下腔静脉 1.2 cm。', '1.2'],
    ['Bed rest for T3-T4 fracture.', 'T3-T4'],
  ])('leaves %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });
});

/** Wards by their number or code, which the outside sets count as a bed. */
describe('wards by number', () => {
  it.each([
    ['SBAR handover — Ward 28, St James’s University Hospital, Leeds', '28'],
    ['Ward: 6C (Care of the Elderly)', '6C'],
    ['Rotorua Hospital, Ward 5 South', '5 South'],
    ['Detained at: Mount Carmel Hospital, Attard, ward M4 since 04.01.2026', 'M4'],
    ['UHBW · Ward A604 · TTO / discharge medicines', 'A604'],
    ['死亡地點：羅東聖母醫院 7A 病房', '7A'],
    ['[03/04/26 21:22] Kenneth 陳: OK，入 B6 病房，明早轉普通科', 'B6'],
    ['处理：隔离至传染病区 5 号病房；痰涂片 ×3', '5'],
    ['申请科室：呼吸内科 17 病区 08 床', '17'],
  ])('takes %s', (text, part) => {
    expect(coveredAs(text, part, 'bed')).toBe(true);
  });

  it.each([
    ['Discussed on the ward round at 09:00.', 'ward round'],
    ['Stayed on the ward 3 days before discharge.', '3 days'],
    ['心内科三病区护士站', '三病区'],
    ['Ward staff gave 2 mg IV morphine.', '2 mg'],
  ])('leaves %s', (text, part) => {
    expect(untouched(text, part)).toBe(true);
  });
});
