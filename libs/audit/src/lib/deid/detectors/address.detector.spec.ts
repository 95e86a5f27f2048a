import { deidentify } from '../deidentifier';
import { addressDetector } from './address.detector';

const values = (text: string) => addressDetector.detect(text).map((d) => text.slice(d.start, d.end));

describe('addressDetector', () => {
  it('finds Chinese addresses and drops the words in front of them', () => {
    expect(values('家住北京市朝阳区建国路88号3栋2单元501室。')).toEqual(['北京市朝阳区建国路88号3栋2单元501室']);
    expect(values('来自湖北省黄冈市浠水县兰溪镇')).toEqual(['湖北省黄冈市浠水县兰溪镇']);
  });

  it('finds English street addresses and labelled postcodes', () => {
    expect(values('at 221B Baker Street, London NW1 6XE.')).toEqual(['221B Baker Street, London NW1 6XE']);
    expect(values('1600 Pennsylvania Ave')).toEqual(['1600 Pennsylvania Ave']);
    expect(values('邮编：100020')).toEqual(['100020']);
    expect(values('au 9 Rue de Rivoli, Paris')).toContainEqual('9 Rue de Rivoli, Paris');
  });

  it('does not mistake wards and body regions for places', () => {
    expect(values('心内科二病区，双肾区叩击痛阴性，肝区无压痛，本市社区医院随访')).toEqual([]);
  });

  it('takes the building, tower and floor after the street number as part of the address', () => {
    expect(values('深圳市南山区科技园高新南一道18号创维大厦A座12楼')).toEqual(['深圳市南山区科技园高新南一道18号创维大厦A座12楼']);
    expect(values('广州市天河区体育西路103号维多利广场A塔3201')).toEqual(['广州市天河区体育西路103号维多利广场A塔3201']);
  });

  it.each([
    ['住址：北京市朝阳区建国路88号阳光花园北里3号楼2单元401', '北京市朝阳区建国路88号阳光花园北里3号楼2单元401'],
    ['现居上海市闵行区七莘路1888弄万科城市花园12号楼602室。', '上海市闵行区七莘路1888弄万科城市花园12号楼602室'],
    ['家住北京市丰台区方庄路芳城园二区5号楼3门201', '北京市丰台区方庄路芳城园二区5号楼3门201'],
  ])('takes a residential compound between the street and the building as part of the address in %s', (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it('leaves a facility to the organisation detector', () => {
    expect(values('由潍坊市奎文区东关街道社区卫生服务中心转诊。')).toEqual([]);
  });

  it('takes a sub-number and a room in 房 after the street number', () => {
    expect(values('现住址：广州市越秀区东风东路745号之二1203房')).toEqual(['广州市越秀区东风东路745号之二1203房']);
  });

  it.each([
    ['住址：天河区 体育东路88号', '天河区 体育东路88号'],
    ['家住江北区，观音桥步行街12号。', '江北区，观音桥步行街12号'],
    ['地址：解放路16号，杭州市上城区。', '解放路16号，杭州市上城区'],
    ["Born in Yanta District, Xi'an in 1950", "Yanta District, Xi'an"],
    ['moved to Binhai New Area last spring', 'Binhai New Area'],
    ['He is a resident of Croydon and retired', 'Croydon'],
    ['Resident of Sha Tin, lives alone', 'Sha Tin'],
    ['Family in Sham Shui Po District', 'Sham Shui Po District'],
  ])('takes the whole address whichever part comes first, and romanised districts or bare towns, in %s', (text, expected) => {
    expect(values(text)).toContain(expected);
  });

  it('keeps health and school districts, and "resident of" before a lower-case word', () => {
    expect(values('Health District nurse visited. School District records. Resident of the ward for 3 weeks. Lives in fear.')).toEqual([]);
  });

  it('finds Hong Kong addresses in Chinese and the flat, floor and block of English ones', () => {
    expect(values('现住香港中环德辅道中88号12楼。')).toContain('香港中环德辅道中88号12楼');
    expect(values('家住新界荃湾青山公路100号')).toContain('新界荃湾青山公路100号');
    expect(values('Room 5, 8/F, Tower 2, Laguna City.')).toContain('Room 5, 8/F, Tower 2, Laguna City');
    expect(values('Unit C, 21/F, Kowloon Bay.')).toContain('Unit C, 21/F, Kowloon Bay');
  });

  it('finds Philippine block-and-lot addresses with their street, barangay, city and ZIP code, and a barangay alone', () => {
    expect(values('Lives at Blk 5 Lot 12, Mabini St., Brgy. San Isidro, Quezon City 1100. Denies smoking.')).toContainEqual(
      'Blk 5 Lot 12, Mabini St., Brgy. San Isidro, Quezon City 1100',
    );
    expect(values('Address: Block 3 Lot 7 Phase 2, Brgy. Molino III, Bacoor')).toContainEqual('Block 3 Lot 7 Phase 2, Brgy. Molino III, Bacoor');
    expect(values('from Barangay Poblacion, referred by the RHU')).toEqual(['Barangay Poblacion']);
    // A heart block and a lot number of a drug are no address.
    expect(values('complete heart block 3 days after MI; lot 12 of the vaccine')).toEqual([]);
  });

  it.each([
    ['Domicilio: Calle de Alcalá 145, 3º B, 28009 Madrid. Alergias: ninguna.', 'Calle de Alcalá 145, 3º B, 28009 Madrid'],
    ['vive en Calle Reforma 22, Col. Centro, 06000 CDMX; DM2', 'Calle Reforma 22, Col. Centro, 06000 CDMX'],
    ['reside Av. Providencia 1234, depto 56, Providencia, Santiago.', 'Av. Providencia 1234, depto 56, Providencia, Santiago'],
    [
      'Endereço Rua das Laranjeiras 245, apto 302, Laranjeiras, Rio de Janeiro - RJ, 22240-003.',
      'Rua das Laranjeiras 245, apto 302, Laranjeiras, Rio de Janeiro - RJ, 22240-003',
    ],
    ['lives at Carrera 7 # 72-64, Bogotá with her son', 'Carrera 7 # 72-64, Bogotá'],
    ['Anschrift Hauptstraße 12, 10115 Berlin. Diagnose', 'Hauptstraße 12, 10115 Berlin'],
    ['domicile 7 Rue de la Paix, 1000 Bruxelles, suivi', '7 Rue de la Paix, 1000 Bruxelles'],
    ['adresse 18 rue de la Roquette, 75011 Paris.', '18 rue de la Roquette, 75011 Paris'],
    ['adres Keizersgracht 455, 1017 DK Amsterdam; diabetes', 'Keizersgracht 455, 1017 DK Amsterdam'],
    ['adress Storgatan 12, 111 23 Stockholm. Hypertoni', 'Storgatan 12, 111 23 Stockholm'],
  ])('finds a Spanish, Portuguese, German or French street address with its unit, district, postcode and town: %s', (text, address) => {
    expect(values(text)).toContainEqual(address);
  });

  it.each([
    ['Address 12B Lake Road, Kolkata 700029. Seen in OPD.', '12B Lake Road, Kolkata 700029'],
    ['Nomvula Zulu, 41 Jan Smuts Ave, Parktown, Johannesburg 2193. CD4 180', '41 Jan Smuts Ave, Parktown, Johannesburg 2193'],
    ['Rowena Bautista, 78 Mabini St., Brgy. 5, Batangas City 4200. Phone', '78 Mabini St., Brgy. 5, Batangas City 4200'],
  ])('takes the towns and the postcode after a street address: %s', (text, address) => {
    expect(values(text)).toContainEqual(address);
  });

  it('keeps clinical words after a street address and Spanish and German clinical phrases', () => {
    expect(values('Calle Mayor 3, Dolor torácico desde ayer')).not.toContainEqual(expect.stringContaining('Dolor'));
    expect(values('Via oral 500 mg; Rue 2 ans; Avenida 3 dias; 2 place settings; 3 avenues of care')).toEqual([]);
  });

  it('keeps anatomy with 道 and floors without a flat or block', () => {
    expect(values('香港指南推荐食道癌筛查。CT 5/F view. 九龙胆汁引流。')).toEqual([]);
  });
});

describe('addressDetector: a listed city alone where it says where the patient is from or lives', () => {
  it.each([
    ['She lives in Leeds with her daughter.', 'Leeds'],
    ['患者来自绍兴，务农。', '绍兴'],
    ['He is from Hangzhou and works as a teacher.', 'Hangzhou'],
    ['Moved from Leeds to Bristol in 2019.', 'Leeds'],
    ['Originally from Shenzhen.', 'Shenzhen'],
    ['grew up in Glasgow', 'Glasgow'],
    ['患者，男，78岁，绍兴人，退休。', '绍兴'],
    ['籍贯：温州', '温州'],
    ['老家在安徽阜阳，', '阜阳'],
    ['老家绵阳，来京务工。', '绵阳'],
    ['原籍苏州市', '苏州市'],
    ['出生于洛阳，', '洛阳'],
    ['在宁波工作多年。', '宁波'],
    ['从温州转来我院', '温州'],
    ['男，67岁，江西赣州人。', '赣州'],
    ['回到宜宾后发热', '宜宾'],
    ['lives alone in Coventry', 'Coventry'],
  ])('finds the city in %s', (text, value) => {
    expect(values(text)).toContain(value);
  });

  it.each([
    'Travelled from the ward to theatre.',
    'From baseline, improved. Transferred from ICU.',
    'Symptoms from Monday.',
    '来自家属的补充病史。',
    '患者来自四川，务农。',
    '来自北京，',
    '在大同小异的情况下',
    '从安康角度，',
    '出生于1930年',
    'Referred from Reading Clinic.',
    'Daughter in London, son in Leeds.',
    'Seen in Leeds clinic last year.',
  ])('keeps %s', (text) => {
    expect(values(text)).toEqual([]);
  });
});

describe('addressDetector: labelled addresses, named streets and more street types', () => {
  it.each([
    ['Address: 14 Elm Grove, Bristol BS6 6AA', '14 Elm Grove, Bristol BS6 6AA'],
    ['Home address: Rose Cottage, Church Lane, Little Snoring\nPhone: none', 'Rose Cottage, Church Lane, Little Snoring'],
    ['住址：河南省周口市郸城县宁平镇李楼村三组。', '河南省周口市郸城县宁平镇李楼村三组'],
    ['家庭住址：城关镇东街卫生巷7号；联系电话见上', '城关镇东街卫生巷7号'],
    ['Home: 1208 W. Lincoln Ave, Apt 3B, Chicago, IL 60614', '1208 W. Lincoln Ave, Apt 3B, Chicago, IL 60614'],
    ['Lives on Maple Street with his wife.', 'Maple Street'],
    ['He lives in a flat on Duke Street.', 'Duke Street'],
    ['Returned home to 7 Orchard Rise yesterday.', '7 Orchard Rise'],
    ['家住五里墩社区，独居。', '五里墩社区'],
  ])('finds the address in %s', (text, value) => {
    expect(values(text)).toContain(value);
  });

  it('keeps unknown addresses, e-mail and IP labels, and streets that are no residence', () => {
    for (const text of [
      'Address: unknown; NFA.',
      '住址：不详。',
      'Email address: see chart',
      'IP地址：见系统',
      'Walked 200 m on the flat; went on to Warfarin Clinic.',
      'Based on Wells score 4 and a D-dimer of 900.',
    ]) {
      expect(values(text)).toEqual([]);
    }
  });
});

describe('addressDetector: a chain of address components stops at dates, clinical words, hospitals and "in town"', () => {
  it.each([
    ['既往2019-06-11因急性阑尾炎于株洲市中心医院手术。', '急性阑尾炎'],
    ['2021-03-05因脑梗死于绵阳市人民医院住院治疗。', '脑梗死'],
    ['2018-11-20行胆囊切除术后于湘潭市中心随访。', '胆囊'],
    ['患者2020-01-15在长沙市区因肺炎住院。', '肺炎'],
  ])('does not swallow a date or a diagnosis in %s', (text, clinical) => {
    for (const value of values(text)) {
      expect(value).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(value).not.toContain(clinical);
      expect(value).not.toMatch(/医院/);
    }
  });

  it.each(['住在新华村，离镇上十几里山路。', '离镇上三十多里路，交通不便。', '到县里医院看病要走二十几里。', '离村里卫生室五里多山路。'])(
    'keeps "in town" and distances in li: %s',
    (text) => {
      expect(values(text).filter((value) => /镇上|县里|村里|几里|多里|里路|里山路/.test(value))).toEqual([]);
    },
  );

  it.each([
    ['住址：湖南省株洲市芦淞区建设南路12号2-3-401', '湖南省株洲市芦淞区建设南路12号2-3-401'],
    ['家住石门镇上坪村三组', '石门镇上坪村三组'],
    ['住在新华村，离镇上十几里山路。', '新华村'],
  ])('still takes a real address in %s', (text, value) => {
    expect(values(text)).toContain(value);
  });
});

describe('addressDetector: towns in prose, streets before a town, Australian shapes, estates and Hong Kong places', () => {
  it.each([
    ["He works as a forklift driver at Amazon's Fulfilment Centre in Swindon.", 'Swindon'],
    ['Works night shifts at Walmart in Bentonville.', 'Bentonville'],
    ['Stacks shelves at the Co-op in Ipswich.', 'Ipswich'],
    ['She grew up in Aberdeen and moved to Croydon in 1975.', 'Croydon'],
    ['Relocated to Ballarat after retiring.', 'Ballarat'],
    ['Patient works on a dairy farm outside Tamworth.', 'Tamworth'],
    ['Lives on a smallholding just outside Galway.', 'Galway'],
    ['Born 3rd September 1971 in Cork.', 'Cork'],
    ['Born and raised in Limerick.', 'Limerick'],
    ['The patient was born 11/23/1929 in San Francisco.', 'San Francisco'],
    ['Born on the 3rd of May 1960 in Dundee.', 'Dundee'],
    ['He was born 1948 in Halifax, Nova Scotia.', 'Halifax'],
    ['Works in Huddersfield as a bus driver.', 'Huddersfield'],
    ['Moved to Fayetteville for work.', 'Fayetteville'],
    ['The patient lives in Tseung Kwan O, Hong Kong.', 'Tseung Kwan O'],
    ['Social: lives in a third-floor walk-up on Delancey Street, no lift.', 'Delancey Street'],
  ])('finds the town in %s', (text, value) => {
    expect(values(text)).toContain(value);
  });

  it.each([
    ['Care home: Meadowbrook Lodge, Ashby Road, Loughborough', 'Ashby Road, Loughborough'],
    ["Addenbrooke's Hospital, Hills Road, Cambridge CB2 0QQ", 'Hills Road, Cambridge CB2 0QQ'],
    ['Forwarding address: c/o Mill Lane, Ashbourne, Derbyshire.', 'Mill Lane, Ashbourne, Derbyshire'],
    ['Sent to Harley Street, London W1G 9QD for review', 'Harley Street, London W1G 9QD'],
    ['Unit 5/23 Smith St, Fitzroy VIC 3065', 'Unit 5/23 Smith St, Fitzroy VIC 3065'],
    ['Lives at 2/14 Beach Road, Manly NSW 2095 with his son.', '2/14 Beach Road, Manly NSW 2095'],
    ['PO Box 412, Bendigo VIC 3550', 'PO Box 412, Bendigo VIC 3550'],
    ['Postal: PO Box 88, Toowoomba QLD 4350.', 'PO Box 88, Toowoomba QLD 4350'],
    ['Next of kin in Geelong VIC 3220.', 'Geelong VIC 3220'],
    ['Lives with wife at 14 Elm Grove, Headingley, Leeds LS6 2AB.', '14 Elm Grove, Headingley'],
  ])('takes the whole street, town, state and postcode in %s', (text, value) => {
    expect(values(text)).toContain(value);
  });

  it.each([
    ['家属称患者平时住幸福里小区，由保姆照顾。', '幸福里小区'],
    ['独自住阳光花园，子女在外地。', '阳光花园'],
    ['Tony Leung 梁先生，90岁，住沙田第一城12座。', '沙田第一城12座'],
    ['一直住太古城，退休教师。', '太古城'],
    ['老家在河南周口沈丘县，来沪打工十年。', '周口沈丘县'],
    ['来自浙江温州苍南县，渔民。', '温州苍南县'],
    ['老家是四川南充仪陇县', '南充仪陇县'],
  ])('takes the estate or the county after the city in %s', (text, value) => {
    expect(values(text).some((taken) => taken.includes(value))).toBe(true);
  });

  it.each([
    'Daughter in London, son in Leeds.',
    'Referred from Reading Clinic.',
    'Moved to Ashworth Ward overnight.',
    'Seen at Leeds clinic in March.',
    'Hodgkin lymphoma, Ann Arbor stage IIA.',
    'San Francisco Syncope Rule negative.',
    'Based on Wells score 4; near Wells criteria threshold.',
    'Born at 32 weeks in Special Care.',
    'Born in March 1950.',
    'Parkinson Road sign? No. Crohn disease, Graves disease, Hashimoto thyroiditis.',
    'Respiratory Drive, Reduced',
    'BP 120/80 sitting, HR 72, Sats 97% on Air.',
    '住院期间住ICU，后住单间。',
    '患者住院3天，住普通病房。',
    '住县城，离镇上不远。',
    '从温州转来我院',
  ])('keeps %s', (text) => {
    const taken = values(text);
    if (text.startsWith('住县城')) expect(taken.filter((v) => /县城|镇上/.test(v))).toEqual([]);
    else if (text.startsWith('从温州')) expect(taken).toEqual(['温州']);
    else expect(taken).toEqual([]);
  });
});

describe('addressDetector: Singapore blocks, streets without a standard suffix, towns of other countries', () => {
  const places = (text: string) => {
    const spans = addressDetector.detect(text);
    // The longest span wins where spans nest, as span resolution does.
    return [
      ...new Set(
        spans
          .filter((d) => !spans.some((o) => o !== d && o.start <= d.start && d.end <= o.end && o.end - o.start > d.end - d.start))
          .map((d) => text.slice(d.start, d.end)),
      ),
    ];
  };

  it('takes a Singapore HDB address whole: block, street, street number and unit', () => {
    expect(places('住Blk 123 Ang Mo Kio Ave 3 #05-67。')).toEqual(['Blk 123 Ang Mo Kio Ave 3 #05-67']);
    expect(places('lives at Blk 456 Jurong West St 42 #11-203, daughter')).toEqual(['Blk 456 Jurong West St 42 #11-203']);
    expect(places('Block 88A Tampines Street 81 #03-112 Singapore 521088')).toEqual(['Block 88A Tampines Street 81 #03-112 Singapore 521088']);
    expect(places('stays at Toa Payoh Lor 8 with son')).toEqual(['Toa Payoh Lor 8']);
    expect(places('AV block 2nd degree, heart block 3, Blk 3 of the trial')).toEqual([]);
  });

  it('takes a house number and street without a standard suffix when a town and postcode follow', () => {
    expect(places('Gareth Llewellyn, 22 Heol y Felin, Cardiff CF14 2AB. Asthma')).toEqual(['22 Heol y Felin, Cardiff CF14 2AB']);
    expect(places('address 7 Maes yr Haf, Swansea SA1 4PT')).toContain('7 Maes yr Haf, Swansea SA1 4PT');
    expect(places('4 The Paddocks, Leeds LS16 5QR')).toEqual(['4 The Paddocks, Leeds LS16 5QR']);
    expect(places('Given 2 Units, Paracetamol 500 mg')).toEqual([]);
  });

  it('takes a town and its US state after in/from, and listed towns of other countries after from', () => {
    expect(places('visiting her son Venkat in Edison, NJ. Acute MI.')).toEqual(['Edison, NJ']);
    expect(places('Lakshmi Narayanan, 64F, from Chennai, visiting')).toEqual(['Chennai']);
    expect(places('Pt Thabo Mokoena from Soweto, HIV on TLD')).toEqual(['Soweto']);
    expect(places('malaria, P. falciparum 2%, returned from Conakry.')).toEqual(['Conakry']);
    expect(places('moved to Lagos last year; grew up in Karachi')).toEqual(['Lagos', 'Karachi']);
    expect(places('Goldberg, MD; results from Nice guidelines; in Stage, IV')).toEqual([]);
  });
});

describe('addressDetector: suburbs after a facility, rooms, street venues, numbered foreign streets, Chinese street venues', () => {
  const found = (text: string) => addressDetector.detect(text).map((d) => text.slice(d.start, d.end));

  it('takes the suburb after a hospital, a room before a street address and a street market', () => {
    expect(found('Ultrasound report - Prince of Wales Hospital, Randwick. Patient')).toEqual(['Randwick']);
    expect(found('seen at St Vincent’s Hospital, Darlinghurst; then home')).toEqual(['Darlinghurst']);
    expect(found('住 Room 1203, 88 Nanjing West Road, Shanghai, hepatitis B carrier')).toEqual(['Room 1203, 88 Nanjing West Road, Shanghai']);
    expect(found('after a stabbing at Rye Lane market; pt gave name')).toEqual(['Rye Lane market']);
    expect(found('found collapsed near Oxford Street station')).toEqual(['Oxford Street station']);
    expect(found('Hospital, Day 3. Clinic, Reviewed. Surgery, Left knee. Warfarin Clinic, Monday')).toEqual([]);
  });

  it('takes a numbered street of any language before a listed city, and a Chinese road with its venue', () => {
    expect(found('living at 3 Quinta do Lago, Funchal, varicose eczema')).toEqual(['3 Quinta do Lago, Funchal']);
    expect(found('lives at 14 Rua das Flores, Lisbon.')).toContain('14 Rua das Flores, Lisbon');
    expect(found('在滨江路夜市被砍伤左前臂')).toEqual(['滨江路夜市']);
    expect(found('在中山路菜市场摔倒')).toEqual(['中山路菜市场']);
    expect(found('Given 2 Units, Leeds protocol; 3 Days, London; 在气道口; 经食道')).toEqual([]);
  });
});

describe('addressDetector: Canadian and Irish addresses, and street names with more in them', () => {
  /** What the note keeps once every address span is gone. */
  const kept = (text: string) => {
    const covered = new Array<boolean>(text.length).fill(false);
    for (const d of addressDetector.detect(text)) for (let i = d.start; i < d.end; i++) covered[i] = true;
    return Array.from(text, (char, i) => (covered[i] ? '#' : char))
      .join('')
      .replace(/#+/g, '#');
  };

  it.each([
    ['Resides at 250 Yonge Street, Toronto, ON M5B 2L7.', 'Resides at #.'],
    ['Lives at 45 Elgin St, Ottawa ON K1P 5K7, 3rd floor walk-up.', 'Lives at #, 3rd floor walk-up.'],
    ['His address is 17-330 Main St N, Winnipeg, MB R3C 1B1.', 'His address is #.'],
    ['Seen at home, 1200 rue Sainte-Catherine O, Montréal, QC H3B 1K9', 'Seen at home, #'],
    ['Resides at 27 Seafield Road, Clontarf, Dublin 3, D03 X2Y4.', 'Resides at #.'],
    ['Her son lives at 101 Dunmore Road, Waterford X91 Y2K3.', 'Her son lives at #.'],
    ['Nursing handover - pt from 3 Queen’s Gardens, Edinburgh EH4 2DA, lives w/ son.', 'Nursing handover - pt from #, lives w/ son.'],
    ["Letter received from 14 St Mary's Road, Galway.", 'Letter received from #.'],
    ['Moved from 60 King Street West to a care home.', 'Moved from # to a care home.'],
    ['Family in Halifax, NS B3H 4R2 were told.', 'Family in #were told.'],
    ["Lives at 16 O'Connell Street, Limerick.", 'Lives at #.'],
    ['Office at Level 3, 100 George Street, Sydney NSW 2000', 'Office at #'],
    ['Lot 12 Smith Rd, Mudgee NSW 2850', '#'],
    ['Address 400 Orchard Road #12-03 Singapore 238875', 'Address #'],
    ['Home: Flat 5, Riverside Court, 20 Mill Road, Ely CB7 4DQ', 'Home: #'],
    ['Discharged home to 38 Wattle Cres, Ringwood East VIC 3135', 'Discharged home to #'],
    ['Resides 3847 Sunset Blvd., Los Angeles, California 90026', 'Resides #'],
  ])('takes %s whole', (text, expected) => {
    expect(kept(text).replace(/# /g, '#')).toEqual(expected.replace(/# /g, '#'));
  });

  it.each([
    'ICD-10 E11 and C50 noted; HbA1c 58, Ward 7 West, Bay 3.',
    'Transferred to Ward 7 West for telemetry.',
    'Stage T2 N1 M0, cycle D03 of regimen, K5 X2 repeat.',
    'Taking St John’s wort, advised to stop.',
    'On 5 Mar, ON at night, Q4H prn.',
    'Seen in Fracture Clinic on Level 2; Lot 4 of insulin.',
    'Na 140, K 4.1, Cl 101; Cres 3 noted.',
    'Seen at Riverside Court, 20 minutes late.',
  ])('keeps %s', (text) => {
    expect(values(text)).toEqual([]);
  });
});

describe('addressDetector: a town no list holds, where the sentence says someone lives or comes from it', () => {
  it.each([
    ["She's from Ballinasloe and would rather come here.", ['Ballinasloe']],
    ['Lives alone in Huntly. Whānau at bedside.', ['Huntly']],
    ['They drove up from Te Kūiti this morning.', ['Te Kūiti']],
    ["He's moving to Evanston next month.", ['Evanston']],
    ['Daughter present - family is from Māngere.', ['Māngere']],
    ['Lives in a flat at Rathmines with two friends.', ['Rathmines']],
  ])('takes the town in %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    ['He is ninety-two and lives with his daughter in Mullingar.', 'Mullingar'],
    ['Lives with daughter in Harrogate.', 'Harrogate'],
    ['Living with her partner and two sons in Ballymena.', 'Ballymena'],
    ['She moved here from Sialkot last year.', 'Sialkot'],
  ])('takes the town after whom someone lives with or after "moved here from": %s', (text, expected) => {
    expect([...new Set(values(text))]).toEqual([expected]);
  });

  it.each([
    'She is from Nigeria and speaks Yoruba.',
    'Lives alone in Sheltered Housing.',
    'He drove up from Monday clinic.',
    'Moving to Lasix 40 mg from tomorrow.',
    'Lives in a flat at Ground Floor level.',
    'Family is from Parkinson kindred studies.',
    'Lives with his daughter in Sheltered Housing.',
    'Lives with her son in March and April, then alone.',
    'He moved here from Intensive Care overnight.',
  ])('keeps %s', (text) => {
    expect(deidentify(text).findings.filter((finding) => finding.type === 'address')).toEqual([]);
  });
});
