import { deidentify } from './deidentifier';
import { surnameMentions } from './surname-mentions';

/** Whether a name finding covers exactly the last occurrence of `word` in `text`. */
function lastMentionTaken(text: string, word: string): boolean {
  const at = text.lastIndexOf(word);
  return deidentify(text, { referenceYear: 2026 }).findings.some((f) => f.type === 'name' && f.start === at && f.end === at + word.length);
}

describe(surnameMentions.name, () => {
  it.each([
    ['Dr. Helen Carter reviewed. Carter recommends MRI.', 'Carter'],
    ['Mrs Green attended. Green was anxious about the scan.', 'Green'],
    ['Mr Wood, retired joiner. Wood uses a stick indoors.', 'Wood'],
    ['Mr Tomasz Wójcik, 67, admitted. Wójcik is NBM.', 'Wójcik'],
    ['患者张建国入院。张诉胸痛，伴出汗。', '张'],
    ['患者刘晓红，女。刘自述近日乏力。', '刘'],
    ['患者欧阳明辉，男。欧阳拒绝胃镜检查。', '欧阳'],
  ])('takes the surname of a person named earlier where it opens what that person does: %s', (text, surname) => {
    expect(lastMentionTaken(text, surname)).toBe(true);
  });

  it.each([
    ['Mrs Green attended. Green sputum was sent for culture.', 'Green'],
    ['Mr Wood reviewed. Wood splinter removed from the palm.', 'Wood'],
    ['Dr. Helen Carter reviewed. Carter-Benson test negative.', 'Carter'],
    ['患者张建国入院。张力性气胸已排除。', '张'],
    ['患者刘晓红，女。刘海遮挡额部。', '刘'],
    ['Seen for Green top guideline; Wood lamp negative. Green is the colour.', 'Green'],
  ])('leaves the word where it names no one: %s', (text, word) => {
    expect(lastMentionTaken(text, word)).toBe(false);
  });
});
