import { oneTimePasswordsCsv } from './one-time-passwords-csv.util';

describe(oneTimePasswordsCsv.name, () => {
  it('writes a UTF-8 CSV Excel opens with Chinese names intact, quoting every cell', () => {
    const csv = oneTimePasswordsCsv({
      users: [
        {
          id: 'a',
          line: 2,
          username: 'li.na',
          displayName: '李娜 "Lina"',
          department: { id: 'd', code: 'CARD' },
          roles: ['clinician'],
          oneTimePassword: 'k7#Qm2p!Zx9s@Wd4',
        },
        { id: 'b', line: 3, username: 'wang.fang', displayName: '王芳', department: null, roles: ['researcher'], oneTimePassword: 'Tp3+vN8q!Lr5sD2w' },
      ],
    });

    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '"username","display_name","department","one_time_password"',
      '"li.na","李娜 ""Lina""","CARD","k7#Qm2p!Zx9s@Wd4"',
      '"wang.fang","王芳","","Tp3+vN8q!Lr5sD2w"',
      '',
    ]);
  });

  it('writes a display name a spreadsheet would run as a formula as text, and the password exactly', () => {
    const csv = oneTimePasswordsCsv({
      users: [
        {
          id: 'a',
          line: 2,
          username: 'x.y',
          displayName: '=HYPERLINK("http://x")',
          department: null,
          roles: ['clinician'],
          oneTimePassword: '@bc+De3!fGh4jKm5',
        },
      ],
    });
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(`"@bc+De3!fGh4jKm5"`);
  });
});
