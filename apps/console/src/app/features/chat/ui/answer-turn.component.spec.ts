import { TestBed } from '@angular/core/testing';
import { newTurn, type ChatTurn } from '../data-access/chat-turn.model';
import { AnswerTurnComponent } from './answer-turn.component';
import { required } from '../../../../testing/required.util';

function finishedTurn(): ChatTurn {
  return {
    ...newTurn(1, '68岁男性,肌酐 180 µmol/L,急性肾损伤如何补液?', false),
    thought: '按 KDIGO 2012 分期;可能是肾前性。',
    answer: '【定义】AKI 是…\n【机制】灌注不足\n',
    sections: { definition: 'AKI 是…\n', mechanism: '灌注不足\n', differential: '', recommendation: '' },
    sectionsSeen: ['definition', 'mechanism'],
    state: 'done',
    meta: {
      entities: [
        { type: 'age', years: 68, start: 0, end: 3, text: '68岁' },
        {
          type: 'lab',
          labId: 'creatinine',
          name: { zh: '肌酐', en: 'Creatinine' },
          value: 180,
          unit: 'µmol/L',
          flag: 'high',
          start: 6,
          end: 19,
          text: '肌酐 180 µmol/L',
        },
      ],
      concepts: [
        {
          start: 20,
          end: 25,
          text: '急性肾损伤',
          preferred: { zh: '急性肾损伤', en: 'Acute kidney injury' },
          icd11: { code: 'GB60', title: null },
          icd10: { code: 'N17', title: null },
          snomed: { id: '14669001', term: null },
        },
      ],
      context: { used: 100, limit: 8192, droppedTurns: 0 },
      profile: null,
      questionHint: { generic: false },
    },
    done: {
      sections: { definition: { present: true }, mechanism: { present: true }, differential: { present: false }, recommendation: { present: false } },
      lint: [
        {
          kind: 'guideline-citation',
          severity: 'info',
          start: 2,
          end: 12,
          target: 'thought',
          message: { zh: '引用指南并注明年份', en: 'Guideline cited with year' },
        },
        {
          kind: 'unsupported-hedge',
          severity: 'warning',
          start: 16,
          end: 18,
          target: 'thought',
          message: { zh: '无依据的推测', en: 'Hedge without a source' },
        },
      ],
      demo: true,
      finishReason: 'stop',
    },
  };
}

async function renderTurn(turn: ChatTurn) {
  localStorage.clear();
  const fixture = TestBed.createComponent(AnswerTurnComponent);
  fixture.componentRef.setInput('turn', turn);
  await fixture.whenStable();
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

describe(AnswerTurnComponent.name, () => {
  async function render(turn: ChatTurn) {
    localStorage.clear();
    const fixture = TestBed.createComponent(AnswerTurnComponent);
    fixture.componentRef.setInput('turn', turn);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('shows the four sections as headed blocks and marks the missing ones', async () => {
    const { element } = await render(finishedTurn());
    const definition = required(element.querySelector('[data-testid="chat-section-definition"]'));
    expect(definition.querySelector('h3')?.textContent).toContain('定义');
    expect(definition.textContent).toContain('AKI 是');
    expect(element.querySelector('[data-testid="chat-section-differential"]')?.getAttribute('data-state')).toBe('missing');
    expect(element.querySelector('[data-testid="chat-section-recommendation"]')?.getAttribute('data-state')).toBe('missing');
  });

  it('shows entity chips with the high flag and concept chips that open their codes', async () => {
    const { fixture, element } = await render(finishedTurn());
    const entities = [...element.querySelectorAll('[data-testid="entity-chip"]')].map((chip) => chip.textContent?.replace(/\s+/g, ' ').trim());
    expect(entities).toEqual(['年龄 68 岁', '检验 肌酐 180 µmol/L ↑ 偏高']);
    const chip = required(element.querySelector<HTMLButtonElement>('[data-testid="concept-chip"]'));
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    chip.click();
    await fixture.whenStable();
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    expect(element.querySelector('[data-testid="code-icd11"]')?.textContent).toBe('GB60');
    expect(element.querySelector('[data-testid="code-icd10"]')?.textContent).toBe('N17');
    expect(element.querySelector('[data-testid="code-snomed"]')?.textContent).toBe('14669001');
  });

  it('highlights the reasoning spans flagged by the reasoning check', async () => {
    const { fixture, element } = await render(finishedTurn());
    const marks = [...element.querySelectorAll('[data-testid="chat-thought"] mark')];
    expect(marks.map((mark) => mark.textContent)).toEqual(['KDIGO 2012', '可能']);
    const badges = element.querySelectorAll<HTMLButtonElement>('[data-testid="lint-badge"]');
    badges[1].click();
    await fixture.whenStable();
    expect(badges[1].getAttribute('aria-pressed')).toBe('true');
    expect(element.querySelector('[data-testid="chat-thought"] mark.active')?.textContent).toBe('可能');
  });

  it('renders model markdown without letting script through', async () => {
    const turn = {
      ...finishedTurn(),
      sections: { ...finishedTurn().sections, definition: '**粗体** <img src=x onerror="alert(1)"><script>alert(1)</script>' },
    };
    const { element } = await render(turn);
    const definition = required(element.querySelector('[data-testid="chat-section-definition"]'));
    expect(definition.querySelector('strong')?.textContent).toBe('粗体');
    expect(definition.innerHTML).not.toContain('onerror');
    expect(definition.querySelector('script')).toBeNull();
  });

  it('says a broken stream broke and keeps what arrived', async () => {
    const turn: ChatTurn = { ...finishedTurn(), state: 'failed', done: null, failure: { kind: 'broken', message: null } };
    const { element } = await render(turn);
    expect(element.querySelector('[data-testid="chat-error"]')?.textContent).toContain('连接中断');
    expect(element.querySelector('[data-testid="chat-section-definition"]')?.textContent).toContain('AKI 是');
  });
});

describe('question-quality hint', () => {
  it('offers the rewrite template of a generic question in the console language', async () => {
    localStorage.clear();
    const fixture = TestBed.createComponent(AnswerTurnComponent);
    const turn = newTurn(2, '感冒怎么治?', true);
    fixture.componentRef.setInput('turn', {
      ...turn,
      state: 'streaming',
      meta: {
        entities: [],
        concepts: [],
        context: { used: 10, limit: 2048, droppedTurns: 0 },
        profile: null,
        questionHint: {
          generic: true,
          message: { zh: '问题中没有患者信息', en: 'No patient details' },
          rewriteTemplate: { zh: '患者[年龄]岁', en: '[Age]-year-old' },
        },
      },
    } satisfies ChatTurn);
    const emitted: string[] = [];
    fixture.componentInstance.useTemplate.subscribe((template) => emitted.push(template));
    await fixture.whenStable();
    const hint = required((fixture.nativeElement as HTMLElement).querySelector('[data-testid="question-hint"]'));
    expect(hint.textContent).toContain('问题中没有患者信息');
    required(hint.querySelector('button')).click();
    expect(emitted).toEqual(['患者[年龄]岁']);
  });

  it('stays quiet for a specific question', async () => {
    const fixture = TestBed.createComponent(AnswerTurnComponent);
    fixture.componentRef.setInput('turn', { ...finishedTurn(), meta: { ...required(finishedTurn().meta), questionHint: { generic: false } } });
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="question-hint"]')).toBeNull();
  });

  it('says a stopped answer was stopped, marks the sections that never came as not received, and offers to ask again', async () => {
    const stopped: ChatTurn = { ...finishedTurn(), state: 'stopped', done: null };
    const { fixture, element } = await renderTurn(stopped);
    fixture.componentRef.setInput('retryable', true);
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="chat-stopped"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="chat-section-definition"]')?.getAttribute('data-state')).toBe('present');
    expect(element.querySelector('[data-testid="chat-section-recommendation"]')?.getAttribute('data-state')).toBe('not-received');
    expect(element.querySelector('.missing')).toBeNull();
    let retried = 0;
    fixture.componentInstance.retry.subscribe(() => (retried += 1));
    required(element.querySelector<HTMLButtonElement>('[data-testid="chat-retry"]')).click();
    expect(retried).toBe(1);
  });

  it('names what failed and keeps what arrived', async () => {
    const failed: ChatTurn = {
      ...finishedTurn(),
      state: 'failed',
      done: null,
      failure: { kind: 'server', status: 503, code: 'SHUTTING_DOWN', message: 'MedLocal is restarting' },
    };
    const { element } = await renderTurn(failed);
    const alert = required(element.querySelector('[data-testid="chat-error"]'));
    expect(alert.textContent).toContain('重启');
    expect(alert.textContent).toContain('已收到的部分');
    expect(element.querySelector('[data-testid="chat-section-definition"]')?.textContent).toContain('AKI 是');
    // Not the last turn: no retry offered.
    expect(element.querySelector('[data-testid="chat-retry"]')).toBeNull();
  });
});
