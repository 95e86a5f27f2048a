import type { PhiType } from './deid.types';

/** One placeholder per class, Chinese because most MedLocal users read Chinese; sites may override them. */
export const DEFAULT_PLACEHOLDERS: Readonly<Record<PhiType, string>> = {
  name: '[姓名]',
  'id-card': '[身份证号]',
  phone: '[电话]',
  email: '[邮箱]',
  ip: '[IP]',
  url: '[网址]',
  mrn: '[病历号]',
  'bank-card': '[银行卡]',
  account: '[账号]',
  'social-security': '[社保号]',
  passport: '[护照号]',
  license: '[证件号]',
  date: '[日期]',
  age: '[年龄>89]',
  address: '[地址]',
  device: '[设备号]',
  plate: '[车牌]',
  vehicle: '[车辆识别码]',
  'other-id': '[编号]',
  organization: '[机构]',
  bed: '[床号]',
};
